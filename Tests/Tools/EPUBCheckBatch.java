import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.File;

/**
 * Runs EPUBCheck on many books in one JVM (a JVM start costs about 4 s) with the same verdict as
 * `epubcheck --failonwarnings`: a book passes only with zero fatals, errors and warnings.
 * Prints one line per book, "PASS path" or "FAIL path fatals=… errors=… warnings=…", after
 * EPUBCheck's own messages; exits 1 when any book fails.
 */
public class EPUBCheckBatch {
    public static void main(String[] args) {
        int failed = 0;
        for (String path : args) {
            DefaultReportImpl report = new DefaultReportImpl(path);
            new EpubCheck(new File(path), report).doValidate();
            int fatals = report.getFatalErrorCount();
            int errors = report.getErrorCount();
            int warnings = report.getWarningCount();
            if (fatals + errors + warnings == 0) {
                System.out.println("PASS " + path);
            } else {
                failed++;
                System.out.println("FAIL " + path + " fatals=" + fatals + " errors=" + errors + " warnings=" + warnings);
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
