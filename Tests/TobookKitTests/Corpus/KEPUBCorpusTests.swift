import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// The kepub of every corpus book, written beside its EPUB from one parse (`--format
/// epub,kepub`): EPUBCheck clean, the same text as the EPUB, every sentence in exactly one
/// `koboSpan` with an id of its own, and every file but the pages the EPUB's.
@Suite("Kepubs of the corpus books")
struct KEPUBCorpusTests {
    struct Pair: Sendable {
        let epub: URL
        let kepub: URL
    }

    static let pairs: Result<[String: Pair], TestSupportError> = {
        do {
            let folder = try Paths.scratchFolder("tobook-kepubs")
            var pairs: [String: Pair] = [:]
            for file in try CorpusFile.all() {
                var options = ConversionOptions(input: .file(file.url.path))
                options.formats = [.epub, .kepub]
                let name = file.name.replacingOccurrences(of: ".txt", with: ".epub")
                options.outputPath = folder.appendingPathComponent(name).path
                let paths = try Converter().convert(options).outputPaths
                guard paths.count == 2, paths[1].hasSuffix(".kepub.epub") else {
                    throw TestSupportError("\(file.name): wrote \(paths)")
                }
                pairs[file.name] = Pair(
                    epub: URL(fileURLWithPath: paths[0]), kepub: URL(fileURLWithPath: paths[1]))
            }
            return .success(pairs)
        } catch {
            return .failure(TestSupportError("could not make the kepubs: \(error)"))
        }
    }()

    static var names: [String] { (try? CorpusFile.all().map(\.name)) ?? [] }

    static func pair(_ name: String) throws -> Pair {
        guard let pair = try pairs.get()[name] else { throw TestSupportError("no book \(name)") }
        return pair
    }

    /// One batched run, with an EPUB 2 kepub (`--epub2`, XHTML 1.1 pages) beside the 11.
    @Test("EPUBCheck --failonwarnings passes on the kepub of every corpus book, and an EPUB 2's")
    func epubcheck() throws {
        var books = try Self.pairs.get().values.map(\.kepub).sorted { $0.path < $1.path }
        #expect(books.count == 11)
        let alice = try #require(try CorpusFile.all().first { $0.name == "alice.txt" })
        var options = ConversionOptions(input: .file(alice.url.path))
        options.epub2 = true
        options.outputPath =
            try Paths.scratchFolder("tobook-kepub2").appendingPathComponent("alice.kepub.epub").path
        books.append(URL(fileURLWithPath: try Converter().convert(options).outputPaths[0]))
        let report = try EPUBCheck.check(books)
        #expect(report.failures.isEmpty, "\(report.failures)\n\(report.output)")
    }

    /// Every word in order, and more: each page's text, character for character, is the
    /// EPUB's; and every entry but the pages (package, navigation, NCX, style, cover) is the
    /// EPUB's byte for byte.
    @Test(
        "The kepub's text is the EPUB's, every word in order; its other files are the EPUB's",
        arguments: names)
    func sameText(name: String) throws {
        let pair = try Self.pair(name)
        let epub = try EPUBContents(pair.epub)
        let kepub = try EPUBContents(pair.kepub)
        #expect(kepub.entryNames == epub.entryNames)
        let pages = Set(epub.package.spineHrefs.map(epub.entryName(forHref:)))
        for entry in epub.entryNames where !pages.contains(entry) {
            #expect(try kepub.read(entry) == epub.read(entry), "\(name): \(entry) differs")
        }
        let epubDocuments = try epub.spineDocuments()
        let kepubDocuments = try kepub.spineDocuments()
        #expect(kepubDocuments.map(\.href) == epubDocuments.map(\.href))
        for (plain, marked) in zip(epubDocuments, kepubDocuments) {
            let expected = try #require(plain.tree.first(named: "body")).characters
            let actual = try #require(marked.tree.first(named: "body")).characters
            #expect(
                Words.firstDifference(expected: Words.of(expected), actual: Words.of(actual))
                    == nil, "\(name) \(plain.href)")
            #expect(actual == expected, "\(name) \(plain.href): the text differs")
        }
    }

    @Test(
        "Every sentence is in exactly one koboSpan, ids kobo.P.S unique and in order",
        arguments: names)
    func spans(name: String) throws {
        let kepub = try EPUBContents(try Self.pair(name).kepub)
        var total = 0
        for (href, tree) in try kepub.spineDocuments() {
            let head = try #require(tree.first(named: "head"))
            #expect(head.elements.last?.attributes["id"] == "kobostylehacks", "\(href)")
            let body = try #require(tree.first(named: "body"))
            let columns = body.elements.first
            #expect(body.elements.count == 1 && columns?.attributes["id"] == "book-columns")
            #expect(
                columns?.elements.count == 1
                    && columns?.elements.first?.attributes["id"] == "book-inner", "\(href)")
            var check = SpanCheck()
            check.walk(body)
            #expect(check.problems.isEmpty, "\(name) \(href): \(check.problems.prefix(5))")
            total += check.ids.count
        }
        #expect(total > 0)
        // The check bites: the EPUB's own pages, without spans, fail it.
        let epub = try EPUBContents(try Self.pair(name).epub)
        var plain = SpanCheck()
        for (_, tree) in try epub.spineDocuments() {
            tree.first(named: "body").map { plain.walk($0) }
        }
        #expect(!plain.problems.isEmpty)
    }
}

/// Walks a kepub page's body, noting what breaks the span rules: text (other than a `pre`'s
/// or whitespace between blocks) outside a span, a span in a span, a text block's text
/// outside a span, ids not of the form `kobo.P.S` or out of order, a span that ends before a
/// sentence does, or that holds more than one.
struct SpanCheck {
    var problems: [String] = []
    var ids: [(paragraph: Int, sentence: Int)] = []
    private var spanDepth = 0
    private var inPre = false
    private var inTextBlock = false

    static let textBlocks: Set<String> = [
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
    ]

    mutating func walk(_ element: XMLTree.Element) {
        let isSpan = element.name == "span" && element.attributes["class"] == "koboSpan"
        if isSpan { noteSpan(element) }
        let saved = (spanDepth, inPre, inTextBlock)
        if isSpan { spanDepth += 1 }
        if element.name == "pre" { inPre = true }
        if Self.textBlocks.contains(element.name) {
            inTextBlock = true
            noteSentences(in: element)
        }
        for child in element.children {
            switch child {
            case .element(let inner):
                walk(inner)
            case .text(let text):
                let blank = text.allSatisfy(\.isWhitespace)
                if spanDepth == 0 && !inPre && (!blank || inTextBlock) {
                    problems.append("text outside a span: \(text.prefix(40))")
                }
            }
        }
        (spanDepth, inPre, inTextBlock) = saved
    }

    private mutating func noteSpan(_ span: XMLTree.Element) {
        if spanDepth > 0 { problems.append("a span in a span") }
        let id = span.attributes["id"] ?? ""
        guard let match = id.wholeMatch(of: #/kobo\.(\d+)\.(\d+)/#),
            let paragraph = Int(match.1), let sentence = Int(match.2)
        else {
            problems.append("id \(id)")
            return
        }
        // In document order each span is the next sentence of its paragraph or the first of a
        // later one, so ids are unique.
        if let last = ids.last,
            !((paragraph == last.paragraph && sentence == last.sentence + 1)
                || (paragraph > last.paragraph && sentence == 1))
        {
            problems.append("\(id) after kobo.\(last.paragraph).\(last.sentence)")
        }
        ids.append((paragraph, sentence))
    }

    /// A text block's spans: each but the last ends a sentence (a stop, closers, whitespace)
    /// and none holds a boundary the splitter would cut at.
    private mutating func noteSentences(in block: XMLTree.Element) {
        let spans = block.all(named: "span").filter { $0.attributes["class"] == "koboSpan" }
        for (index, span) in spans.enumerated() {
            let text = span.characters
            if SentenceSplitter.sentences(in: text).count != 1 {
                problems.append("more than one sentence: \(text.prefix(60))")
            }
            let ending = text.reversed().drop { $0.isWhitespace }
                .drop { "\"'’”“‘»›«)]\u{00A0}\u{202F}".contains($0) }.first
            if index < spans.count - 1,
                text.last?.isWhitespace != true || !(ending.map { ".!?…‽".contains($0) } ?? false)
            {
                problems.append("a span ends inside a sentence: \(text.suffix(40))")
            }
        }
    }
}
