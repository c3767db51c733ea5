import Foundation
import TestSupport
import Testing

/// The PDF from the command line: choosing the format, page and size, messages, and the
/// typesetter's promise that no word runs off the page.
@Suite("tobook command line: PDF")
struct PDFCommandTests {
    static let text = Data(
        """
        A Small Book

        by Ann Example

        The first paragraph of a small book that the tests typeset into a PDF, long enough to \
        wrap over several lines of the page and to need a hyphen or two along the way.

        A Section

        The second paragraph names a web address that no line can hold: \
        https://example.org/a/very/long/path/that/goes/on/and/on/without/any/break/at/all/index.html \
        and a German word of some length, Donaudampfschifffahrtsgesellschaftskapitänswitwe, then ends.

        """.utf8)

    static func folder() throws -> URL {
        let folder = try Paths.scratchFolder("tobook-pdf-cli")
        try text.write(to: folder.appendingPathComponent("small.txt"))
        return folder
    }

    @Test("--pdf writes FILE.pdf and says so on one line")
    func pdfFlag() throws {
        let folder = try Self.folder()
        let result = try CommandLineTests.tobook(["small.txt", "--pdf"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "tobook: wrote small.pdf\n")
        #expect(try Paths.contents(of: folder) == ["small.pdf", "small.txt"])
        let pdf = PDFFile(folder.appendingPathComponent("small.pdf"))
        #expect(try pdf.qpdfProblems() == nil)
        let info = try pdf.info()
        #expect(info["Title"] == "A Small Book")
        #expect(info["Author"] == "Ann Example")
    }

    @Test("-o NAME.pdf picks the PDF by its extension; --format epub,pdf writes both from one run")
    func formats() throws {
        let folder = try Self.folder()
        let single = try CommandLineTests.tobook(["small.txt", "-o", "out.pdf"], in: folder)
        #expect(single.status == 0)
        let bytes = try Data(contentsOf: folder.appendingPathComponent("out.pdf"))
        #expect(String(decoding: bytes.prefix(5), as: UTF8.self) == "%PDF-")
        let both = try CommandLineTests.tobook(["small.txt", "--format", "epub,pdf"], in: folder)
        #expect(both.status == 0)
        #expect(both.stderr == "tobook: wrote small.epub and small.pdf\n")
        #expect(
            try Paths.contents(of: folder) == ["out.pdf", "small.epub", "small.pdf", "small.txt"])
        #expect(try EPUBCheck.check([folder.appendingPathComponent("small.epub")]).failures.isEmpty)
    }

    @Test("--page sets the paper; a larger --font-size needs more pages")
    func pageAndSize() throws {
        let folder = try Self.folder()
        let pageSizes = [
            ("a5", "419.528 x 595.276 pts"), ("letter", "612 x 792 pts (letter)"),
            ("100x150", "283.465 x 425.197 pts"),
        ]
        for (page, size) in pageSizes {
            let result = try CommandLineTests.tobook(
                ["small.txt", "--page", page, "-o", "\(page).pdf"], in: folder)
            #expect(result.status == 0)
            #expect(
                try PDFFile(folder.appendingPathComponent("\(page).pdf")).info()["Page size"]
                    == size)
        }
        var pages: [Int] = []
        for size in ["8", "16"] {
            _ = try CommandLineTests.tobook(
                ["small.txt", "--font-size", size, "-o", "size\(size).pdf"], in: folder)
            pages.append(
                Int(
                    try PDFFile(folder.appendingPathComponent("size\(size).pdf")).info()["Pages"]
                        ?? "") ?? 0)
        }
        #expect(pages[0] > 0 && pages[1] > pages[0], "\(pages)")
    }

    @Test(
        "Words too long for the line are broken, never run off the page; every word stays inside the margins"
    )
    func longWords() throws {
        let folder = try Self.folder()
        for size in ["10", "24"] {
            let name = "long\(size).pdf"
            let result = try CommandLineTests.tobook(
                ["small.txt", "--font-size", size, "-o", name], in: folder)
            #expect(result.status == 0)
            let boxes = try PDFFile(folder.appendingPathComponent(name)).wordBoxes()
            #expect(boxes.count > 40)
            // The e-reader page: 255.1 pt wide, 5 mm (14.2 pt) margins.
            for box in boxes {
                #expect(
                    box.xMin >= 14.17 - 0.5 && box.xMax <= 255.12 - 14.17 + 0.5,
                    "\(size) pt: \(box.text) \(box.xMin)…\(box.xMax)")
            }
            let text = try PDFFile(folder.appendingPathComponent(name)).pageTexts(raw: true)
                .joined()
                .replacingOccurrences(of: "\u{AD}\n", with: "").replacingOccurrences(
                    of: "\n", with: "")
            #expect(text.contains("Donaudampfschifffahrtsgesellschaftskapitänswitwe"))
            #expect(text.contains("example.org/a/very/long/path"))
        }
    }

    @Test(
        "A style naming a font that is not installed: one warning, and the PDF falls back to an installed one"
    )
    func missingFont() throws {
        let folder = try Self.folder()
        let css =
            "p { text-indent: 1em }\n@media print { body { font-family: \"No Such Font Pro\", \"TeX Gyre Pagella\"; } }\n"
        try Data(css.utf8).write(to: folder.appendingPathComponent("mine.css"))
        let result = try CommandLineTests.tobook(
            ["small.txt", "--pdf", "--style", "mine.css"], in: folder,
            environment: ["NO_COLOR": "1"])
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(
            lines.first?.hasPrefix("tobook: warning: font 'No Such Font Pro' is not installed")
                == true, "\(result.stderr)")
        let fonts = try PDFFile(folder.appendingPathComponent("small.pdf")).fonts()
        #expect(fonts.contains { $0.name.contains("Pagella") })
        #expect(fonts.allSatisfy { $0.embedded && $0.subset })
    }

    @Test(
        "PDF option mistakes are usage errors (exit 64) on one line, and nothing is written",
        arguments: [
            (["small.txt", "--page", "huge"], "--page 'huge' is not a page size"),
            (["small.txt", "--format", "mobi"], "--format 'mobi' is not a format"),
            (["small.txt", "--font-size", "100"], "--font-size must be between 5 and 36"),
            (
                ["small.txt", "--pdf", "-o", "book.epub"],
                "names a .epub file, but pdf was asked for"
            ),
        ])
    func mistakes(arguments: [String], phrase: String) throws {
        let folder = try Self.folder()
        let result = try CommandLineTests.tobook(arguments, in: folder)
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix("tobook: error: ") && result.stderr.contains(phrase),
            "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try Paths.contents(of: folder) == ["small.txt"])
    }

    @Test("An unwritable PDF output: exit 10, one line, no partial file")
    func unwritable() throws {
        let folder = try Self.folder()
        let result = try CommandLineTests.tobook(
            ["small.txt", "-o", "missing/book.pdf"], in: folder)
        #expect(result.status == 10)
        #expect(
            result.stderr.hasPrefix("tobook: error: ") && result.stderr.contains("cannot write"))
        #expect(try Paths.contents(of: folder) == ["small.txt"])
    }
}
