import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// A novel written for the test, with its own contents list, made into an EPUB and a PDF from one
/// parse: the list is the book's contents page in both, linked, every word of it kept.
@Suite("A typed contents page in the EPUB and the PDF")
struct ContentsPageBookTests {
    struct Sample: Sendable {
        let text: String
        let epub: URL
        let pdf: URL
        let report: PDFReport
    }

    /// Long enough (about 90 KB) that each chapter has a file of its own.
    static let sample: Result<Sample, TestSupportError> = {
        do {
            let folder = try Paths.scratchFolder("tobook-contents-page")
            let text = ContentsPageTests.novel(paragraphs: 60)
            let source = folder.appendingPathComponent("keeper.txt")
            try Data(text.utf8).write(to: source)
            var options = ConversionOptions(
                input: .file(source.path), outputPath: folder.appendingPathComponent("keeper").path)
            options.formats = [.epub, .pdf]
            options.pdf.recordsPageMap = true
            options.sourceDateEpoch = 1_700_000_000
            let result = try Converter().convert(options)
            guard let report = result.pdfReport, result.outputPaths.count == 2 else {
                throw TestSupportError("no PDF report")
            }
            return .success(
                Sample(
                    text: text, epub: URL(fileURLWithPath: result.outputPaths[0]),
                    pdf: URL(fileURLWithPath: result.outputPaths[1]), report: report))
        } catch let error as TestSupportError {
            return .failure(error)
        } catch {
            return .failure(TestSupportError("could not make the book: \(error)"))
        }
    }()

    static let chapterTitles = [
        "CHAPTER I. The Lamp", "CHAPTER II. The Storm", "CHAPTER III. The Letter from Nowhere",
        "CHAPTER IV. The Return",
    ]

    /// The spine document holding the contents page, with its `<section epub:type="toc">` (a
    /// `<div class="contents">` in EPUB 2).
    static func contentsDocument(_ epub: EPUBContents, version: Int = 3) throws -> (
        href: String, section: XMLTree.Element
    ) {
        for (href, tree) in try epub.spineDocuments() {
            let found =
                version == 3
                ? tree.all(named: "section").first { $0.attributes["epub:type"] == "toc" }
                : tree.all(named: "div").first { $0.attributes["class"] == "contents" }
            if let found { return (href, found) }
        }
        throw TestSupportError("no contents page in the spine")
    }

    @Test("EPUB: each entry links to its chapter's heading in that chapter's file")
    func links() throws {
        let epub = try EPUBContents(try Self.sample.get().epub)
        let (href, section) = try Self.contentsDocument(epub)
        let folder = (href as NSString).deletingLastPathComponent
        let links = section.all(named: "a").compactMap { $0.attributes["href"] }
        #expect(links.count == 4)
        var files: [String] = []
        for (link, title) in zip(links, Self.chapterTitles) {
            let parts = link.split(separator: "#").map(String.init)
            try #require(parts.count == 2, "\(link)")
            let file = folder + "/" + parts[0]
            files.append(file)
            let tree = try XMLTree.parse(epub.read(epub.entryName(forHref: file)))
            let target = tree.all(named: "h2").first { $0.attributes["id"] == parts[1] }
            #expect(target?.textContent == title, "\(link)")
        }
        // A file per chapter, after the contents page's own, in reading order.
        let spine = epub.package.spineHrefs
        #expect(Set(files).count == 4)
        let positions = try files.map { try #require(spine.firstIndex(of: $0)) }
        #expect(positions == positions.sorted())
        #expect(try #require(spine.firstIndex(of: href)) < positions[0])
    }

    @Test("EPUB: the unlinked entry, the note and the printed page numbers stay as typed")
    func typedText() throws {
        let epub = try EPUBContents(try Self.sample.get().epub)
        let (_, section) = try Self.contentsDocument(epub)
        let items = section.all(named: "li")
        #expect(
            items.map { $0.textContent } == [
                "CHAPTER I. The Lamp 1", "CHAPTER II. The Storm 9",
                "CHAPTER III. The Letter from Nowhere 17", "CHAPTER IV. The Return 25",
                "CHAPTER V. The Lost Chapter 33",
            ])
        #expect(items.last?.all(named: "a").isEmpty == true)
        let numbers = section.all(named: "span").filter { $0.attributes["class"] == "page" }
        #expect(numbers.map(\.textContent) == ["1", "9", "17", "25", "33"])
        // The label first, then the note between the two lists, in place.
        #expect(
            section.elements.map(\.name) == ["p", "ol", "p", "ol"],
            "\(section.elements.map(\.name))")
        #expect(section.elements[2].textContent == "(Numbers are the first edition’s pages.)")
        #expect(section.attributes["aria-labelledby"] == section.elements[0].attributes["id"])
    }

    @Test("EPUB: every word of the text in order, the contents list's included")
    func words() throws {
        let sample = try Self.sample.get()
        let epub = try EPUBContents(sample.epub)
        let pages = try epub.readingDocuments().map {
            Words.of($0.tree.first(named: "body")?.textContent ?? "")
        }
        let titlePage = pages.first ?? []
        let expected = ExpectedWords(text: sample.text, titlePage: titlePage).words
        #expect(expected.contains("33") && expected.contains("Lost"))
        let difference = Words.firstDifference(
            expected: expected, actual: Array(pages.dropFirst().joined()))
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test("EPUB: the toc landmark names the contents page; nav and NCX still list every heading")
    func landmarks() throws {
        let epub = try EPUBContents(try Self.sample.get().epub)
        let (href, _) = try Self.contentsDocument(epub)
        let nav = try XMLTree.parse(epub.read(epub.entryName(forHref: "nav.xhtml")))
        let landmarks = try #require(
            nav.all(named: "nav").first { $0.attributes["epub:type"] == "landmarks" })
        let toc = landmarks.all(named: "a").filter { $0.attributes["epub:type"] == "toc" }
        #expect(toc.map { $0.attributes["href"] } == [href])
        #expect(try epub.navigationLabels() == ["The Lighthouse Keeper"] + Self.chapterTitles)
        let report = try EPUBCheck.check([epub.url])
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test("EPUB 2: the guide's toc reference names the contents page")
    func guide() throws {
        let sample = try Self.sample.get()
        let folder = try Paths.scratchFolder("tobook-contents-page-epub2")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("keeper.txt")
        try Data(sample.text.utf8).write(to: source)
        var options = ConversionOptions(
            input: .file(source.path), outputPath: folder.appendingPathComponent("old.epub").path)
        options.epub2 = true
        let epub = try EPUBContents(
            URL(fileURLWithPath: try Converter().convert(options).outputPath))
        let (href, _) = try Self.contentsDocument(epub, version: 2)
        let references = epub.package.root.all(named: "reference")
        #expect(
            references.filter { $0.attributes["type"] == "toc" }.map { $0.attributes["href"] } == [
                href
            ])
        let report = try EPUBCheck.check([epub.url])
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test("PDF: the typed list with each chapter's page number, and no generated contents page")
    func pdf() throws {
        let sample = try Self.sample.get()
        let file = PDFFile(sample.pdf)
        let problems = try file.qpdfProblems()
        #expect(problems == nil, "\(problems ?? "")")
        #expect(sample.report.contentsPages == nil)
        // The bookmarks stay: the title page and each chapter.
        let outline = try file.outline()
        #expect(outline.map(\.title) == ["The Lighthouse Keeper"] + Self.chapterTitles)
        let chapterPages = outline.dropFirst().map { String($0.page) }
        #expect(sample.report.typedContentsNumbers == chapterPages)
        // Each linked entry ends with its printed page, then the PDF page it starts on.
        let pages = try file.pageTexts(raw: true)
        let page = try #require(sample.report.headingPages["contents"])
        let lines = pages[page - 1].split(separator: "\n").map(String.init)
        #expect(lines.first == "CONTENTS")
        for (index, (title, printed)) in zip(Self.chapterTitles, ["1", "9", "17", "25"])
            .enumerated()
        {
            #expect(lines.contains("\(title) \(printed) \(chapterPages[index])"), "\(lines)")
        }
        #expect(lines.contains("CHAPTER V. The Lost Chapter 33"), "\(lines)")
        #expect(lines.contains("(Numbers are the first edition’s pages.)"), "\(lines)")
    }

    @Test("PDF: every word of the text in order, the contents list's included")
    func pdfWords() throws {
        let sample = try Self.sample.get()
        let pages = try PDFFile(sample.pdf).pageTexts(raw: true)
        let report = sample.report
        var body: [String] = []
        for (index, page) in pages.enumerated() where index > 0 {
            body.append(
                try PDFBookTests.strippingFurniture(
                    page, report.furniture[index], page: index + 1))
        }
        let titlePage = Words.of(
            try PDFBookTests.strippingFurniture(pages[0], report.furniture[0], page: 1))
        let joined = body.joined(separator: "\n").replacingOccurrences(of: "\u{AD}\n", with: "")
        let expected = ExpectedWords(text: sample.text, titlePage: titlePage).words
        let output = PDFBookTests.removing(
            report.typedContentsNumbers, from: Words.of(joined), expected: expected)
        let difference = Words.firstDifference(expected: expected, actual: output)
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test("A title given on the command line moves the text's title into the body; links hold")
    func givenTitle() throws {
        let sample = try Self.sample.get()
        var options = ConversionOptions(input: .file("keeper.txt"))
        options.title = "Another Title"
        options.cover = .none
        let prepared = try Converter().prepare(
            InputFile(displayName: "keeper.txt", bytes: Array(sample.text.utf8)), options: options)
        let documents = ContentDocumentPlanner(bookTitle: "Another Title").plan(
            prepared.book.chapters)
        let page = try #require(documents.first { $0.isContentsPage })
        guard case .contentsPage(_, let links)? = page.items.first else {
            throw TestSupportError("no contents page item")
        }
        var headings: [String: String] = [:]
        for document in documents {
            let file = String(document.href.split(separator: "/").last ?? "")
            for case .heading(let heading, let anchor) in document.items {
                headings[file + "#" + anchor] = heading.plainText
            }
        }
        #expect(links.map { $0.flatMap { headings[$0] } } == Self.chapterTitles + [nil])
    }

    @Test("A collection: each text's contents page links into its own chapters; no toc landmark")
    func collection() throws {
        let sample = try Self.sample.get()
        let folder = try Paths.scratchFolder("tobook-contents-page-collection")
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for name in ["one.txt", "two.txt"] {
            let url = folder.appendingPathComponent(name)
            try Data(sample.text.utf8).write(to: url)
            paths.append(url.path)
        }
        let options = ConversionOptions(
            input: .combined(paths), outputPath: folder.appendingPathComponent("both.epub").path)
        let epub = try EPUBContents(
            URL(fileURLWithPath: try Converter().convert(options).outputPath))
        let spine = epub.package.spineHrefs
        var pages: [[Int]] = []
        for (href, tree) in try epub.spineDocuments() {
            guard
                let section = tree.all(named: "section").first(where: {
                    $0.attributes["epub:type"] == "toc"
                })
            else { continue }
            let folderPath = (href as NSString).deletingLastPathComponent
            var positions: [Int] = []
            for (link, title) in zip(section.all(named: "a"), Self.chapterTitles) {
                let parts = (link.attributes["href"] ?? "").split(separator: "#").map(String.init)
                try #require(parts.count == 2)
                let file = folderPath + "/" + parts[0]
                // Under the text's own division heading, each chapter is an h3.
                let heading = try XMLTree.parse(epub.read(epub.entryName(forHref: file)))
                    .all(named: "h3").first { $0.attributes["id"] == parts[1] }
                #expect(heading?.textContent == title)
                positions.append(try #require(spine.firstIndex(of: file)))
            }
            #expect(positions.count == 4)
            pages.append(positions)
        }
        try #require(pages.count == 2)
        #expect(pages[0].max() ?? 0 < pages[1].min() ?? 0)
        let nav = try XMLTree.parse(epub.read(epub.entryName(forHref: "nav.xhtml")))
        #expect(!nav.all(named: "a").contains { $0.attributes["epub:type"] == "toc" })
    }
}
