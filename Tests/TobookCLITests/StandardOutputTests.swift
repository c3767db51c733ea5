import Foundation
import TestSupport
import Testing

/// `-o -`: the book on standard output, for pipes, and never onto a terminal.
@Suite("tobook command line: -o - (standard output)")
struct StandardOutputTests {
    static func folder() throws -> URL {
        let folder = try Paths.scratchFolder("tobook-stdout")
        try CommandLineTests.sampleText.write(to: folder.appendingPathComponent("note.txt"))
        return folder
    }

    @Test("-o - writes the same EPUB to a pipe as to a file, and no file")
    func epubToPipe() throws {
        let folder = try Self.folder()
        let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]
        let piped = try CommandLineTests.tobook(
            ["note.txt", "-o", "-"], in: folder, environment: epoch)
        #expect(piped.status == 0)
        #expect(piped.stderr == "tobook: wrote the book to standard output\n")
        #expect(try Paths.contents(of: folder) == ["note.txt"])
        let file = try CommandLineTests.tobook(
            ["note.txt", "-o", "file.epub"], in: folder, environment: epoch)
        #expect(file.status == 0)
        #expect(piped.stdout == (try Data(contentsOf: folder.appendingPathComponent("file.epub"))))
    }

    @Test("-o - piped into unzip -l lists the book's entries; the book passes EPUBCheck")
    func pipedIntoUnzip() throws {
        let folder = try Self.folder()
        let script =
            "'\(Paths.tobookBinary.path)' note.txt -o - | (cat > piped.epub && unzip -l piped.epub)"
        let result = try Subprocess.run("/bin/sh", ["-c", script], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let listing = result.stdoutText
        for entry in ["mimetype", "META-INF/container.xml", "EPUB/content.opf", "EPUB/toc.ncx"] {
            #expect(listing.contains(entry), "unzip -l lists \(entry)")
        }
        let report = try EPUBCheck.check([folder.appendingPathComponent("piped.epub")])
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test("--pdf -o - writes the PDF to the pipe")
    func pdfToPipe() throws {
        let folder = try Self.folder()
        let result = try CommandLineTests.tobook(["note.txt", "--pdf", "-o", "-"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.starts(with: Data("%PDF-".utf8)))
        let saved = folder.appendingPathComponent("piped.pdf")
        try result.stdout.write(to: saved)
        #expect(try PDFFile(saved).qpdfProblems() == nil)
        #expect(try Paths.contents(of: folder) == ["note.txt", "piped.pdf"])
    }

    @Test("-o - refuses a terminal (exit 64, one error line) and two formats at once")
    func refusals() throws {
        let folder = try Self.folder()
        // `script` runs tobook with a pseudo-terminal as its standard output.
        let command = "'\(Paths.tobookBinary.path)' note.txt -o -"
        let onTerminal = try Subprocess.run(
            "script", ["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1"], in: folder)
        #expect(onTerminal.status == 64)
        #expect(
            onTerminal.stdoutText.contains("tobook: error: will not write a book to a terminal"))
        #expect(!onTerminal.stdoutText.contains("PK"))
        let both = try CommandLineTests.tobook(
            ["note.txt", "--format", "epub,pdf", "-o", "-"], in: folder)
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("tobook: error: -o - writes one book"))
        #expect(both.stdout.isEmpty)
        #expect(try Paths.contents(of: folder) == ["note.txt"])
    }
}
