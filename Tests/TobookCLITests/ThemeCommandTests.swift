import Foundation
import TestSupport
import Testing

/// The built-in themes through the binary: each makes a valid EPUB carrying its own sheet, and
/// the PDF takes the theme's typeface and paragraph style; a user's sheet is reviewed.
@Suite("tobook command line: themes")
struct ThemeCommandTests {
    /// Prose only (no headings, no verse), so every body line of the PDF starts at the margin
    /// unless it opens an indented paragraph.
    static let prose: Data = {
        var text = "Theme Sample\n\n"
        for number in 1...24 {
            text += "Paragraph \(number) begins here and goes on for a while, as paragraphs do, "
            text += "so that it wraps over two or three lines of the small page and shows "
            text += "how the theme sets its first line against the others.\n\n"
        }
        return Data(text.utf8)
    }()

    /// Each theme, the font file name its PDF must use, and whether paragraphs are indented.
    static let themes: [(name: String, font: String, indented: Bool)] = [
        ("default", "Garamond", true), ("modern", "Heros", false), ("plain", "DejaVuSerif", false),
    ]

    @Test("--list-styles names each built-in theme with its one-line description")
    func listStyles() throws {
        let folder = try Paths.scratchFolder("tobook-themes")
        let result = try CommandLineTests.tobook(["--list-styles"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.map { String($0.prefix { $0 != " " }) } == Self.themes.map(\.name))
        #expect(lines[0].contains("indented paragraphs"))
        #expect(lines[1].contains("sans-serif"))
        #expect(lines[2].contains("leaves type, spacing and alignment to the reader"))
    }

    @Test("Each theme: EPUBCheck-clean EPUB with its sheet; PDF with its font and paragraph style")
    func eachTheme() throws {
        let folder = try Paths.scratchFolder("tobook-themes")
        try Self.prose.write(to: folder.appendingPathComponent("sample.txt"))
        var books: [URL] = []
        for theme in Self.themes {
            let result = try CommandLineTests.tobook(
                ["sample.txt", "--style", theme.name, "--format", "epub,pdf", "-o", theme.name],
                in: folder)
            #expect(result.status == 0, "\(theme.name): \(result.stderr)")
            let epub = folder.appendingPathComponent(theme.name + ".epub")
            books.append(epub)
            let sheet = try EPUBContents(epub).read("EPUB/styles/book.css")
            let source = try Data(
                contentsOf: Paths.packageRoot.appendingPathComponent("styles/\(theme.name).css"))
            #expect(sheet == source, "\(theme.name): the EPUB carries the theme's sheet")
            // The first two words are the title; the rest is the body, word for word.
            let body = Array(Words.of(String(decoding: Self.prose, as: UTF8.self)).dropFirst(2))
            #expect(Array(try EPUBContents(epub).spineWords().suffix(body.count)) == body)

            let pdf = PDFFile(folder.appendingPathComponent(theme.name + ".pdf"))
            #expect(try pdf.qpdfProblems() == nil)
            let fonts = try pdf.fonts().map(\.name)
            #expect(
                fonts.contains { $0.contains(theme.font) }, "\(theme.name): fonts \(fonts)")
            let indented = try Self.indentedLineStarts(pdf)
            if theme.indented {
                #expect(indented >= 10, "\(theme.name): \(indented) indented lines")
            } else {
                #expect(indented == 0, "\(theme.name): \(indented) indented lines")
            }
            // Every word in order (page numbers and running heads come in between).
            let drawn = try pdf.pageTexts(raw: true).joined(separator: "\n")
            var pdfWords = Words.of(drawn.replacingOccurrences(of: "\u{AD}\n", with: ""))
                .makeIterator()
            let inOrder = body.allSatisfy { word in
                while let next = pdfWords.next() { if next == word { return true } }
                return false
            }
            #expect(inOrder, "\(theme.name): a word is missing from the PDF")
        }
        let report = try EPUBCheck.check(books)
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    /// Lines of the body pages (the title page aside) whose first word starts right of the
    /// page's left margin: the indented first lines of paragraphs.
    static func indentedLineStarts(_ pdf: PDFFile) throws -> Int {
        let boxes = try pdf.wordBoxes().filter { $0.page > 1 }
        var count = 0
        for page in Set(boxes.map(\.page)) {
            // Words of a line share the top of their boxes; each line starts at its leftmost.
            let lines = Dictionary(grouping: boxes.filter { $0.page == page }) {
                ($0.yMin * 10).rounded()
            }
            // Page numbers and running heads are short centred lines: text lines are longer.
            let starts = lines.values.filter { $0.count >= 4 }.map { $0.map(\.xMin).min() ?? 0 }
            let margin = starts.min() ?? 0
            count += starts.filter { $0 > margin + 3 }.count
        }
        return count
    }

    @Test("A user's sheet: what EPUBCheck rejects is left out, what readers drop is warned about")
    func userSheet() throws {
        let folder = try Paths.scratchFolder("tobook-themes")
        try Self.prose.write(to: folder.appendingPathComponent("sample.txt"))
        let css = """
            /* my style */
            @import url("fonts.css");
            :root { --accent: #a33; }
            body { direction: rtl; margin: 0; }
            p { text-indent: 2em; margin: calc(1em + 2px) 0; color: var(--accent); }
            h2 { background: url(https://example.org/bg.png); font-weight: bold; }
            div { flex-direction: column; }

            """
        try Data(css.utf8).write(to: folder.appendingPathComponent("mine.css"))
        let result = try CommandLineTests.tobook(
            ["sample.txt", "--style", "mine.css"], in: folder)
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.last == "tobook: wrote sample.epub")
        let warnings = lines.dropLast()
        #expect(warnings.allSatisfy { $0.hasPrefix("tobook: warning: mine.css:") })
        #expect(warnings.contains { $0.contains("mine.css:4:") && $0.contains("direction") })
        #expect(warnings.contains { $0.contains("mine.css:2:") && $0.contains("@import") })
        #expect(warnings.contains { $0.contains("mine.css:6:") && $0.contains("remote url()") })
        #expect(warnings.contains { $0.contains("mine.css:5:") && $0.contains("calc()") })
        #expect(warnings.contains { $0.contains("mine.css:5:") && $0.contains("var()") })
        #expect(warnings.contains { $0.contains("mine.css:3:") && $0.contains("custom property") })
        #expect(warnings.count == 6)
        let epub = folder.appendingPathComponent("sample.epub")
        let sheet = String(
            decoding: try EPUBContents(epub).read("EPUB/styles/book.css"), as: UTF8.self)
        #expect(!sheet.contains("direction: rtl") && !sheet.contains("@import"))
        #expect(!sheet.contains("https://") && sheet.contains("font-weight: bold"))
        #expect(sheet.contains("flex-direction: column") && sheet.contains("text-indent: 2em"))
        let report = try EPUBCheck.check([epub])
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test("A sheet with nothing to object to goes into the book unchanged, without a warning")
    func cleanUserSheet() throws {
        let folder = try Paths.scratchFolder("tobook-themes")
        try Self.prose.write(to: folder.appendingPathComponent("sample.txt"))
        let css = "/* mine */\np { text-indent: 0; margin: 0.5em 0; }\n"
        try Data(css.utf8).write(to: folder.appendingPathComponent("mine.css"))
        let result = try CommandLineTests.tobook(["sample.txt", "--style", "mine.css"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "tobook: wrote sample.epub\n")
        let sheet = try EPUBContents(folder.appendingPathComponent("sample.epub")).read(
            "EPUB/styles/book.css")
        #expect(sheet == Data(css.utf8))
    }
}
