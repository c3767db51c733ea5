import Foundation
import TestSupport
import Testing

@testable import TobookKit

@Suite("EPUB package")
struct EPUBPackageTests {
    /// A small book with every block kind, and text that needs escaping.
    static let book = Book(
        metadata: BookMetadata(
            title: "Tom & Jerry <Revisited>", titleSource: .text, byline: "by Ann \"A.\" Lee",
            authors: ["Ann Lee"], language: "en-GB", modified: 1_700_000_000),
        chapters: [
            Chapter(blocks: [
                .paragraph([.text("Opening words & more.")]),
                .heading(Heading(level: 1, text: [.text("First Section")])),
                .paragraph([.text("He said \"<hello>\"\u{A0}— then left.")]),
                .sceneBreak,
                .heading(Heading(level: 2, text: [.text("A Subsection")])),
                .paragraph([.text("Last words.")]),
            ])
        ])

    static var entries: [EPUBEntry] {
        EPUBPackage(book: book, stylesheet: "p { margin: 0 }\n").entries()
    }

    static func text(of path: String) throws -> String {
        let entry = try #require(entries.first { $0.path == path })
        return String(decoding: entry.bytes, as: UTF8.self)
    }

    @Test("Entries come in a fixed order, mimetype first and stored")
    func order() {
        let entries = Self.entries
        #expect(
            entries.map(\.path) == [
                "mimetype", "META-INF/container.xml", "EPUB/content.opf", "EPUB/toc.ncx",
                "EPUB/nav.xhtml",
                "EPUB/styles/book.css", "EPUB/text/title.xhtml", "EPUB/text/c0001.xhtml",
            ])
        #expect(entries[0].bytes == Array("application/epub+zip".utf8))
        #expect(entries[0].compression == .stored)
        #expect(entries.dropFirst().allSatisfy { $0.compression == .deflated })
    }

    @Test(
        "Golden files: OPF, NCX, nav, title page and chapter",
        arguments: [
            ("EPUB/content.opf", "content.opf"), ("EPUB/toc.ncx", "toc.ncx"),
            ("EPUB/nav.xhtml", "nav.xhtml"),
            ("EPUB/text/title.xhtml", "title.xhtml"), ("EPUB/text/c0001.xhtml", "c0001.xhtml"),
        ])
    func golden(path: String, snapshot: String) throws {
        let mismatch = try Snapshot.mismatch(try Self.text(of: path), named: snapshot)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test("Every XML entry is well-formed and uses no named entity beyond XML's own")
    func wellFormed() throws {
        for entry in Self.entries
        where entry.path.hasSuffix(".xhtml") || entry.path.hasSuffix(".opf")
            || entry.path.hasSuffix(".ncx") || entry.path.hasSuffix(".xml")
        {
            _ = try XMLTree.parse(Data(entry.bytes))
            let text = String(decoding: entry.bytes, as: UTF8.self)
            let entities = text.split(separator: "&").dropFirst().map { $0.prefix { $0 != ";" } }
            #expect(
                entities.allSatisfy { ["amp", "lt", "gt", "quot"].contains($0) }, "\(entry.path)")
        }
    }

    @Test("The NCX's uid is the package identifier and play order runs from 1 without gaps")
    func ncxIdentity() throws {
        let opf = try XMLTree.parse(Data(try Self.text(of: "EPUB/content.opf").utf8))
        let ncx = try XMLTree.parse(Data(try Self.text(of: "EPUB/toc.ncx").utf8))
        let identifier = try #require(opf.first(named: "dc:identifier")?.textContent)
        #expect(identifier.hasPrefix("urn:uuid:"))
        let uid = ncx.all(named: "meta").first { $0.attributes["name"] == "dtb:uid" }?.attributes[
            "content"]
        #expect(uid == identifier)
        let orders = ncx.all(named: "navPoint").compactMap {
            $0.attributes["playOrder"].flatMap(Int.init)
        }
        #expect(orders == Array(1...3))
        let depth = ncx.all(named: "meta").first { $0.attributes["name"] == "dtb:depth" }?
            .attributes["content"]
        #expect(depth == "2")
    }

    @Test("The identifier is stable for the same text and changes with it")
    func identifier() {
        let first = EPUBPackage(book: Self.book, stylesheet: "").entries()[2].bytes
        let again = EPUBPackage(book: Self.book, stylesheet: "").entries()[2].bytes
        var changed = Self.book
        changed.chapters[0].blocks.append(.paragraph([.text("One more.")]))
        let other = EPUBPackage(book: changed, stylesheet: "").entries()[2].bytes
        #expect(first == again)
        #expect(first != other)
    }

    @Test("A long book gets a file per chapter; a chapter over the limit is split between blocks")
    func splitting() {
        let paragraph = Block.paragraph([.text(String(repeating: "word ", count: 2_000))])
        let chapters = (1...3).map { number in
            Chapter(
                heading: Heading(level: 1, text: [.text("Section \(number)")]),
                blocks: Array(repeating: paragraph, count: number == 2 ? 60 : 10))
        }
        let documents = ContentDocumentPlanner(bookTitle: "Long").plan(chapters)
        let writer = XHTMLChapterWriter(language: "en", stylesheet: "book.css")
        #expect(documents.count == 5)
        #expect(documents.map(\.title) == ["Section 1", "Section 2", "Long", "Long", "Section 3"])
        #expect(documents.allSatisfy { writer.render($0).count <= 260_000 })
        let blockCount = documents.reduce(0) { $0 + $1.items.count }
        #expect(blockCount == 3 + 80)
        let anchors = documents.flatMap {
            $0.items.compactMap { if case .heading(_, let anchor) = $0 { anchor } else { nil } }
        }
        #expect(anchors == ["h1", "h2", "h3"])
    }

    @Test("A short book keeps its chapters in one file, each in its own section")
    func noSplitting() {
        let chapters = [
            Chapter(blocks: [.paragraph([.text("Intro.")])]),
            Chapter(
                heading: Heading(level: 1, text: [.text("One")]),
                blocks: [.paragraph([.text("Text.")])]),
            Chapter(
                heading: Heading(level: 1, text: [.text("Two")]),
                blocks: [.paragraph([.text("More.")])]),
        ]
        let documents = ContentDocumentPlanner(bookTitle: "Short").plan(chapters)
        #expect(documents.count == 1)
        #expect(documents[0].title == "Short")
        let xhtml = String(
            decoding: XHTMLChapterWriter(language: "en", stylesheet: "s.css").render(documents[0]),
            as: UTF8.self)
        #expect(xhtml.components(separatedBy: "<section").count - 1 == 3)
    }
}
