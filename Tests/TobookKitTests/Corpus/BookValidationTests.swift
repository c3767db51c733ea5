import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// Converts every corpus file and every fixture with default options once, then checks the books
/// with EPUBCheck, xmllint, the ZIP header rules and a word-for-word comparison with the input.
@Suite("Books from the corpus and fixtures")
struct BookValidationTests {
    struct Sample: Sendable, CustomStringConvertible {
        let name: String
        let text: String
        let book: URL
        var description: String { name }
    }

    static let samples: Result<[Sample], TestSupportError> = {
        do {
            let folder = try Paths.scratchFolder("tobook-books")
            var inputs: [(name: String, url: URL, text: String)] = []
            for file in try CorpusFile.all() {
                inputs.append((file.name, file.url, try file.text()))
            }
            for fixture in try Fixture.all() {
                let url = folder.appendingPathComponent(fixture.name)
                try fixture.bytes.write(to: url)
                inputs.append((fixture.name, url, try fixture.text()))
            }
            return .success(
                try inputs.map { input in
                    var options = ConversionOptions(input: .file(input.url.path))
                    let name = input.name.replacingOccurrences(of: ".txt", with: ".epub")
                    options.outputPath = folder.appendingPathComponent(name).path
                    let result = try Converter().convert(options)
                    return Sample(
                        name: input.name, text: input.text,
                        book: URL(fileURLWithPath: result.outputPath))
                })
        } catch {
            return .failure(TestSupportError("could not make the books: \(error)"))
        }
    }()

    static var sampleNames: [String] {
        (try? CorpusFile.all().map(\.name)).map {
            $0 + ["article.txt", "one-paragraph.txt", "windows-1252-crlf.txt", "utf-16-bom.txt"]
        } ?? []
    }

    static func sample(_ name: String) throws -> Sample {
        guard let sample = try samples.get().first(where: { $0.name == name }) else {
            throw TestSupportError("no sample \(name)")
        }
        return sample
    }

    @Test("EPUBCheck --failonwarnings passes on every book")
    func epubcheck() throws {
        let books = try Self.samples.get().map(\.book)
        #expect(books.count == 15)
        let report = try EPUBCheck.check(books)
        #expect(report.failures.isEmpty, "\(report.failures)\n\(report.output)")
    }

    /// Accessibility checkers (DAISY Ace) flag a heading more than one level below the one
    /// before it; in reading order, tobook's never are.
    @Test("Heading levels never skip in reading order", arguments: sampleNames)
    func headingOrder(name: String) throws {
        let epub = try EPUBContents(try Self.sample(name).book)
        var previous: Int?
        for (href, tree) in try epub.spineDocuments() {
            for heading in Self.headings(in: tree) {
                if let previous {
                    #expect(
                        heading <= previous + 1, "\(name) \(href): h\(previous) then h\(heading)")
                }
                previous = heading
            }
        }
        #expect(previous != nil, "\(name): no heading at all")
    }

    /// Send to Kindle rejects a book whose NCX runs out of spine order (EREADER-CHECKLIST), and
    /// a link to a `<body>` id; neither may happen, and every `<img>` has a source.
    @Test(
        "NCX entries follow the spine; no link targets a body; no image without a source",
        arguments: sampleNames)
    func storeRules(name: String) throws {
        let epub = try EPUBContents(try Self.sample(name).book)
        let spine = epub.package.spineHrefs
        let ncx = try XMLTree.parse(epub.read(epub.entryName(forHref: "toc.ncx")))
        let positions = try ncx.all(named: "content").map { content -> Int in
            let source = try #require(content.attributes["src"])
            let file = String(source.split(separator: "#").first ?? "")
            return try #require(spine.firstIndex(of: file), "\(name): \(source) not in the spine")
        }
        #expect(positions == positions.sorted(), "\(name): NCX out of spine order")
        for (href, tree) in try epub.spineDocuments() {
            let body = try #require(tree.first(named: "body"))
            #expect(body.attributes["id"] == nil, "\(name) \(href): an id on <body>")
            #expect(
                tree.all(named: "img").allSatisfy { !($0.attributes["src"] ?? "").isEmpty },
                "\(name) \(href)")
            let text = String(decoding: try epub.read(epub.entryName(forHref: href)), as: UTF8.self)
            #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), "\(name) \(href)")
        }
    }

    /// The levels of `h1`…`h6` in document order.
    static func headings(in element: XMLTree.Element) -> [Int] {
        element.elements.flatMap { child -> [Int] in
            if child.name.count == 2, child.name.first == "h",
                let level = Int(child.name.dropFirst()),
                (1...6).contains(level)
            {
                return [level]
            }
            return headings(in: child)
        }
    }

    /// Nothing lost: the words read back from the spine (an XML parser, not tobook's code)
    /// equal the input's, every one, in order, a typed contents list's included. The title page
    /// stands apart (its words come from the text's first lines or a Gutenberg header); a
    /// Gutenberg header and footer come after the book, in that order.
    @Test(
        "Nothing lost: the spine's words equal the input's words, in order", arguments: sampleNames)
    func words(name: String) throws {
        let sample = try Self.sample(name)
        let epub = try EPUBContents(sample.book)
        let pages = try epub.readingDocuments().map {
            Words.of($0.tree.first(named: "body")?.textContent ?? "")
        }
        let titlePage = pages.first ?? []
        let output = Array(pages.dropFirst().joined())
        let input = Words.of(sample.text)
        #expect(
            Set(titlePage).isSubset(
                of: Set(input + Words.of(epub.package.metadata("dc:title") ?? ""))))

        let expected = ExpectedWords(text: sample.text, titlePage: titlePage).words
        let difference = Words.firstDifference(expected: expected, actual: output)
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test("Headings found in the corpus books are the true ones (truth.json): P and R ≥ 0.99")
    func headingsMatchTruth() throws {
        // Where tobook and truth.json agree to differ (see the closing note of issue 3):
        // - apache-2.0 line 2 is its title line, which the table of contents lists as the title
        //   page entry (gpl-3's truth counts its title line 1; apache's does not);
        // - moby-dick line 381, "EXTRACTS. (Supplied by a Sub-Sub-Librarian).", opens the
        //   Extracts section in the first edition and is the contents list's own entry.
        // The detector is a fitted model (issue 16): the bar is the corpus's precision and
        // recall, as `make eval` reports them, and no book far below it.
        let agreedExtras: [String: Set<Int>] = ["apache-2.0.txt": [2], "moby-dick.txt": [381]]
        var (foundCount, expectedCount, matchedCount) = (0, 0, 0)
        for file in try CorpusFile.all() {
            let outline = try Converter().outline(ConversionOptions(input: .file(file.url.path)))
                .outline
            let found = Set(outline.entries.filter(\.listed).map(\.line))
            let expected = Set(file.headingLines).union(agreedExtras[file.name] ?? [])
            let matched = found.intersection(expected).count
            foundCount += found.count
            expectedCount += expected.count
            matchedCount += matched
            #expect(
                Double(2 * matched) >= 0.9 * Double(found.count + expected.count),
                "\(file.name): extra \(found.subtracting(expected).sorted()), missed \(expected.subtracting(found).sorted())"
            )
        }
        #expect(Double(matchedCount) >= 0.99 * Double(foundCount), "precision")
        #expect(Double(matchedCount) >= 0.99 * Double(expectedCount), "recall")
    }

    @Test("No XHTML file of any book is over 300 KB")
    func fileSizes() throws {
        for sample in try Self.samples.get() {
            let epub = try EPUBContents(sample.book)
            for entry in epub.entryNames where entry.hasSuffix(".xhtml") {
                #expect(try epub.read(entry).count <= 300_000, "\(sample.name): \(entry)")
            }
        }
    }

    @Test("The test's tokenizer counts the corpus as truth.json does")
    func tokenCounts() throws {
        for file in try CorpusFile.all() {
            #expect(Words.of(try file.text()).count == file.expectedTokens, "\(file.name)")
        }
    }

    @Test("xmllint parses every XHTML, OPF and NCX")
    func xmllint() throws {
        let folder = try Paths.scratchFolder("tobook-xml")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [URL] = []
        for sample in try Self.samples.get() {
            let epub = try EPUBContents(sample.book)
            for entry in epub.entryNames
            where entry.hasSuffix(".xhtml") || entry.hasSuffix(".opf") || entry.hasSuffix(".ncx") {
                let url = folder.appendingPathComponent(
                    "\(files.count)-" + entry.replacingOccurrences(of: "/", with: "_"))
                try epub.read(entry).write(to: url)
                files.append(url)
            }
        }
        #expect(files.count > 60)
        #expect(try XMLLint.problems(in: files).isEmpty)
    }

    @Test("The first ZIP entry is mimetype, stored, with no extra field", arguments: sampleNames)
    func mimetype(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: try Self.sample(name).book).prefix(58))
        #expect(bytes[0..<4] == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0)
        #expect(bytes[26] == 8 && bytes[28] == 0 && bytes[29] == 0)
        #expect(String(decoding: bytes[30..<58], as: UTF8.self) == "mimetypeapplication/epub+zip")
    }

    @Test("The article's structure: title, by-line, section headings in nav and NCX, joined lines")
    func articleStructure() throws {
        let epub = try EPUBContents(try Self.sample("article.txt").book)
        #expect(epub.package.metadata("dc:title") == "The Quiet Persistence of Plain Text")
        #expect(epub.package.metadata("dc:creator") == "Morgan Ellis")
        let documents = try epub.readingDocuments()
        let titlePage = try #require(documents.first?.tree)
        #expect(titlePage.first(named: "h1")?.textContent == "The Quiet Persistence of Plain Text")
        #expect(titlePage.all(named: "p").map(\.textContent) == ["by Morgan Ellis"])
        let headings = documents.dropFirst().flatMap { $0.tree.all(named: "h2").map(\.textContent) }
        let expected = [
            "What Plain Text Does Well", "Where It Falls Short", "Turning Text Into Books",
        ]
        #expect(headings == expected)
        let nav = try XMLTree.parse(epub.read(epub.entryName(forHref: "nav.xhtml")))
        let tocLinks = try #require(
            nav.all(named: "nav").first { $0.attributes["epub:type"] == "toc" }
        ).all(named: "a")
        #expect(tocLinks.map(\.textContent) == ["The Quiet Persistence of Plain Text"] + expected)
        let ncx = try XMLTree.parse(epub.read(epub.entryName(forHref: "toc.ncx")))
        let labels = ncx.all(named: "navLabel").map {
            $0.textContent.trimmingCharacters(in: .whitespaces)
        }
        #expect(labels == ["The Quiet Persistence of Plain Text"] + expected)
        let body = documents.dropFirst().flatMap { $0.tree.all(named: "p") }
        #expect(body.count == 9)
        #expect(body.allSatisfy { $0.all(named: "br").isEmpty && !$0.textContent.contains("\n") })
        #expect(
            body[0].textContent.hasPrefix(
                "Every few years a new format promises to free our writing from the limits"))
        #expect(documents.dropFirst().flatMap { $0.tree.all(named: "hr") }.count == 1)
    }

    @Test("Windows-1252 with CRLF: quotes and accents decoded, lines joined")
    func windows1252() throws {
        let epub = try EPUBContents(try Self.sample("windows-1252-crlf.txt").book)
        let paragraphs = try epub.readingDocuments().dropFirst().flatMap {
            $0.tree.all(named: "p").map(\.textContent)
        }
        #expect(epub.package.metadata("dc:title") == "A Café in Winter")
        #expect(
            paragraphs.first
                == "“Two coffees,” she said\u{A0}— the waiter nodded. It was naïve to hope for more; the résumé lay on the table, 50\u{A0}€ richer."
        )
    }
}
