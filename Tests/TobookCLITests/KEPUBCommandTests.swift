import Foundation
import TestSupport
import Testing

/// The kepub from the command line: `--format kepub`, `-o NAME.kepub.epub`, and a kepub beside
/// the EPUB and the PDF from one run.
@Suite("tobook command line: kepub")
struct KEPUBCommandTests {
    static func folder() throws -> URL {
        let folder = try Paths.scratchFolder("tobook-kepub-cli")
        try PDFCommandTests.text.write(to: folder.appendingPathComponent("small.txt"))
        return folder
    }

    /// Whether the book's pages carry Kobo's sentence spans.
    static func hasSpans(_ book: URL) throws -> Bool {
        let epub = try EPUBContents(book)
        return try epub.package.spineHrefs.contains { href in
            String(decoding: try epub.read(epub.entryName(forHref: href)), as: UTF8.self)
                .contains("<span class=\"koboSpan\" id=\"kobo.1.1\">")
        }
    }

    @Test("--format kepub writes FILE.kepub.epub; -o NAME.kepub.epub picks the kepub")
    func kepub() throws {
        let folder = try Self.folder()
        let asked = try CommandLineTests.tobook(["small.txt", "--format", "kepub"], in: folder)
        #expect(asked.status == 0)
        #expect(asked.stderr == "tobook: wrote small.kepub.epub\n")
        let named = try CommandLineTests.tobook(["small.txt", "-o", "Out.KEPUB.epub"], in: folder)
        #expect(named.status == 0)
        #expect(
            try Paths.contents(of: folder) == ["Out.KEPUB.epub", "small.kepub.epub", "small.txt"])
        #expect(try Self.hasSpans(folder.appendingPathComponent("Out.KEPUB.epub")))
        #expect(try Self.hasSpans(folder.appendingPathComponent("small.kepub.epub")))
    }

    @Test("--format epub,kepub,pdf writes all three from one run; the EPUB has no spans")
    func severalFormats() throws {
        let folder = try Self.folder()
        let result = try CommandLineTests.tobook(
            ["small.txt", "--format", "pdf,kepub,epub", "-o", "book.kepub.epub"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "tobook: wrote book.epub and book.kepub.epub and book.pdf\n")
        #expect(
            try Paths.contents(of: folder) == [
                "book.epub", "book.kepub.epub", "book.pdf", "small.txt",
            ])
        #expect(try !Self.hasSpans(folder.appendingPathComponent("book.epub")))
        #expect(try Self.hasSpans(folder.appendingPathComponent("book.kepub.epub")))
    }

    @Test("-o NAME.epub with --format kepub is a usage error, and nothing is written")
    func mismatch() throws {
        let folder = try Self.folder()
        let result = try CommandLineTests.tobook(
            ["small.txt", "--format", "kepub", "-o", "book.epub"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("names a .epub file, but kepub was asked for"))
        #expect(try Paths.contents(of: folder) == ["small.txt"])
    }
}
