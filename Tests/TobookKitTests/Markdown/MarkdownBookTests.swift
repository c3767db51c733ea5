import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// Markdown texts made into EPUBs: every heading, list, link, quote, table and code block as
/// the Markdown means it, EPUBCheck-clean, every word there in order.
@Suite("Markdown books")
struct MarkdownBookTests {
    struct Made {
        let sources: [String: URL]
        let books: [String: URL]
    }

    /// The README, the two fixtures, the guide as EPUB 2 and with `--plain`, and a plain text
    /// with addresses in it.
    static let made: Result<Made, TestSupportError> = {
        do {
            let folder = try Paths.scratchFolder("tobook-markdown")
            var sources = ["readme": Paths.packageRoot.appendingPathComponent("README.md")]
            let fixtures: [(String, Fixture)] = [
                ("guide", .markdownGuide), ("notes", .markdownNotes), ("addresses", .addresses),
            ]
            for (name, fixture) in fixtures {
                let url = folder.appendingPathComponent(fixture.name)
                try fixture.bytes.write(to: url)
                sources[name] = url
            }
            var books: [String: URL] = [:]
            let variants:
                [(name: String, source: String, change: (inout ConversionOptions) -> Void)] = [
                    ("readme", "readme", { _ in }), ("guide", "guide", { _ in }),
                    ("notes", "notes", { _ in }), ("addresses", "addresses", { _ in }),
                    ("guide-epub2", "guide", { $0.epub2 = true }),
                    ("guide-plain", "guide", { $0.structure.markup = .plain }),
                ]
            for variant in variants {
                let source = try #require(sources[variant.source])
                var options = ConversionOptions(input: .file(source.path))
                options.outputPath = folder.appendingPathComponent(variant.name + ".epub").path
                options.sourceDateEpoch = 1_700_000_000
                options.cover = .none
                variant.change(&options)
                books[variant.name] = URL(
                    fileURLWithPath: try Converter().convert(options).outputPaths[0])
            }
            return .success(Made(sources: sources, books: books))
        } catch {
            return .failure(TestSupportError("could not make the books: \(error)"))
        }
    }()

    /// Every element of the reading documents (title page and text).
    static func elements(_ name: String) throws -> [XMLTree.Element] {
        let book = try EPUBContents(try #require(try made.get().books[name]))
        return try book.readingDocuments().flatMap { $0.tree.all(named: "body") }
    }

    static func texts(_ tag: String, in elements: [XMLTree.Element]) -> [String] {
        elements.flatMap { $0.all(named: tag) }.map {
            $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    @Test("Every book passes EPUBCheck, EPUB 2 and external links included")
    func epubCheck() throws {
        let books = try Self.made.get().books
        #expect(books.count == 6)
        let report = try EPUBCheck.check(books.values.sorted { $0.path < $1.path })
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test("The guide: title, headings at their levels, lists, quote, code, table, links")
    func guide() throws {
        let body = try Self.elements("guide")
        #expect(Self.texts("h1", in: body) == ["Field Guide to Small Rivers"])
        #expect(Self.texts("h2", in: body) == ["Finding a river", "Keeping records"])
        #expect(Self.texts("h3", in: body) == ["Measuring the flow"])
        let bullets = body.flatMap { $0.all(named: "ul") }.map { Self.texts("li", in: [$0]) }
        #expect(
            bullets == [
                ["wet ground in a dry season", "rushes and sedges growing in a line"],
                ["the line bends downhill", "it joins another line"],
                ["a sound of water under stones"],
            ])
        #expect(
            Self.texts("li", in: body.flatMap { $0.all(named: "ol") }) == [
                "1. Walk with the current.", "2. Note every bridge, with its grid-ref.",
                "3. Stop where it meets a bigger river.",
            ])
        #expect(Self.texts("em", in: body).contains("sedges"))
        #expect(Self.texts("strong", in: body) == ["small rivers"])
        #expect(Self.texts("code", in: body) == ["grid-ref", "<span class=\"x\">", "</span>"])
        let quote = try #require(Self.texts("blockquote", in: body).first)
        #expect(quote.hasPrefix("Rivers are roads that move"))
        #expect(quote.hasSuffix("before there were roads."))
        // Code keeps its backticks and straight quotes: the typographer leaves it alone.
        let code = try #require(Self.texts("pre", in: body).first)
        #expect(code.contains("def flow(width, depth, seconds):"))
        #expect(code.contains("# \"cubic metres\" a second"))
        #expect(Self.texts("th", in: body) == ["River", "Length (km)", "Source"])
        #expect(
            Self.texts("td", in: body) == ["Allen", "12", "spring", "Brook of Ore", "7", "bog"])
        let cells = body.flatMap { $0.all(named: "td") }
        #expect(
            cells.map { $0.attributes["class"] ?? "" } == ["left", "right", "centre"] + [
                "left", "right", "centre",
            ])
        let links = body.flatMap { $0.all(named: "a") }.compactMap { $0.attributes["href"] }
        #expect(
            links == [
                "https://maps.example.org/rivers", "mailto:rivers@example.org",
                "http://www.example.com/rivers_(north)",
                "https://example.org/a/very/long/path/to/the/archive/of/records",
            ])
        let paragraphs = Self.texts("p", in: body)
        #expect(paragraphs.contains { $0.contains("a relative link such as the template stays") })
        #expect(
            paragraphs.contains { $0.contains("<span class=\"x\">this</span> is kept as typed") })
        #expect(body.flatMap { $0.all(named: "hr") }.count == 1)
    }

    @Test("The notes: setext headings, no title taken, a list from 3, a quote with a list")
    func notes() throws {
        let body = try Self.elements("notes")
        #expect(Self.texts("h2", in: body) == ["Release notes", "Known problems"])
        #expect(Self.texts("h3", in: body) == ["What changed"])
        #expect(
            Self.texts("li", in: body.flatMap { $0.all(named: "ol") }) == [
                "3) Tables render with <table>.",
                "4) Code keeps its backticks and “straight quotes”.",
            ])
        let quote = try #require(body.flatMap { $0.all(named: "blockquote") }.first)
        #expect(Self.texts("li", in: [quote]) == ["quotes may hold lists", "and bold text"])
        #expect(Self.texts("pre", in: body) == ["indented code block\nsecond line"])
        #expect(
            body.flatMap { $0.all(named: "a") }.compactMap { $0.attributes["href"] } == [
                "https://example.net/changes", "http://example.net/manual",
                "mailto:bugs@example.net",
            ])
    }

    @Test("The README: its sections, lists, tables and code")
    func readme() throws {
        let body = try Self.elements("readme")
        #expect(Self.texts("h1", in: body) == ["tobook"])
        #expect(Self.texts("h2", in: body).starts(with: ["Set up", "Usage"]))
        #expect(Self.texts("h3", in: body).contains("How the text is read"))
        #expect(!Self.texts("li", in: body).isEmpty)
        #expect(Self.texts("th", in: body).starts(with: ["option", "meaning"]))
        #expect(Self.texts("td", in: body).count > 20)
        #expect(Self.texts("pre", in: body).contains { $0.hasPrefix("$ tobook article.txt") })
        #expect(Self.texts("code", in: body).contains("--markdown"))
    }

    @Test("Plain text: addresses are links, the punctuation after them is not")
    func plainAddresses() throws {
        let body = try Self.elements("addresses")
        #expect(
            body.flatMap { $0.all(named: "a") }.compactMap { $0.attributes["href"] } == [
                "https://example.org/reports/2024/summary.html", "mailto:office@example.org",
                "http://www.example.com",
            ])
        #expect(Self.texts("h1", in: body) == ["Notes on the Annual Report"])
    }

    @Test("--plain reads the guide as typed: no table, the marks kept")
    func forcedPlain() throws {
        let body = try Self.elements("guide-plain")
        #expect(body.flatMap { $0.all(named: "table") }.isEmpty)
        let text = body.map(\.textContent).joined()
        #expect(text.contains("## Finding a river"))
        #expect(text.contains("| River | Length (km) | Source |"))
    }

    @Test(
        "No word is lost: every word of the text in order, but link destinations",
        arguments: ["readme", "guide", "notes", "guide-epub2", "guide-plain", "addresses"])
    func nothingLost(name: String) throws {
        let made = try Self.made.get()
        let book = try EPUBContents(try #require(made.books[name]))
        let source = try #require(made.sources[name.split(separator: "-")[0].description])
        var text = try String(contentsOf: source, encoding: .utf8)
        if !name.hasSuffix("-plain") && name != "addresses" {
            text = Self.withoutDestinations(text)
        }
        let expected = Words.of(text)
        let shown = try book.spineWords()
        var position = 0
        for (index, word) in expected.enumerated() {
            while position < shown.count && shown[position] != word { position += 1 }
            #expect(position < shown.count, "word \(index) '\(word)' missing or out of order")
            if position == shown.count { return }
            position += 1
        }
    }

    @Test(
        "As PDFs: qpdf finds no fault and every word is there in order",
        arguments: ["readme", "guide"])
    func pdf(name: String) throws {
        let source = try #require(try Self.made.get().sources[name])
        var options = ConversionOptions(input: .file(source.path))
        options.formats = [.pdf]
        options.outputPath = try Paths.scratchFolder("tobook-markdown-pdf")
            .appendingPathComponent(name + ".pdf").path
        options.sourceDateEpoch = 1_700_000_000
        options.pdf.recordsPageMap = true
        let result = try Converter().convert(options)
        let report = try #require(result.pdfReport)
        let pdf = PDFFile(URL(fileURLWithPath: result.outputPaths[0]))
        #expect(try pdf.qpdfProblems() == nil)
        // Running heads and page numbers out, words broken at a soft hyphen joined.
        let pages = try pdf.pageTexts(raw: true).enumerated().map { index, page in
            try PDFBookTests.strippingFurniture(page, report.furniture[index], page: index + 1)
        }
        let text = pages.joined(separator: "\n").replacingOccurrences(of: "\u{AD}\n", with: "")
        let shown = Words.of(text)
        // The book fonts have no Chinese glyphs (the README names `第三章`): Pango draws boxes
        // for them in any text, so those words are left to the EPUB's check.
        let expected = Words.of(
            Self.withoutDestinations(try String(contentsOf: source, encoding: .utf8))
        ).filter { !$0.unicodeScalars.contains { $0.value >= 0x2E80 } }
        var position = 0
        for (index, word) in expected.enumerated() {
            while position < shown.count && shown[position] != word { position += 1 }
            #expect(position < shown.count, "word \(index) '\(word)' missing or out of order")
            if position == shown.count { return }
            position += 1
        }
    }

    /// The text less what Markdown does not show: link and image destinations (`](…)`) and
    /// a fence's info string (the language of the code).
    static func withoutDestinations(_ text: String) -> String {
        let destination = /\]\((?:[^()\s]|\([^()\s]*\))*\)/
        let info = /(?m)^(\s*```)[^`\n]*$/
        return text.replacing(destination, with: "]").replacing(info) { $0.output.1 }
    }
}
