import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// The one outline every writer renders: what it lists, its levels and its nesting, and the
/// EPUB's menus and the PDF's bookmarks showing the same entries.
@Suite("Outline")
struct OutlineTests {
    static func heading(_ level: Int, _ text: String, listed: Bool = true) -> Heading {
        Heading(level: level, text: [.text(text)], listed: listed)
    }

    /// A part with two chapters (the first with an empty heading and a minor one), then back
    /// matter with a label.
    static let book: Book = {
        var licence = Chapter(blocks: [.paragraph([.text("Licence.")])], role: .backMatter)
        licence.label = "Licence"
        return Book(
            metadata: BookMetadata(title: "The Book"),
            chapters: [
                Chapter(heading: heading(1, "Part One"), blocks: []),
                Chapter(
                    heading: heading(2, ""),
                    blocks: [
                        .paragraph([.text("Text.")]), .heading(heading(3, "1", listed: false)),
                        .paragraph([.text("More.")]), .heading(heading(3, "A Section")),
                    ]),
                Chapter(heading: heading(2, "Two"), blocks: [.paragraph([.text("End.")])]),
                licence,
            ])
    }()

    @Test("Lists the title page, listed headings and labelled divisions, levels from 1")
    func entries() {
        let entries = Self.book.outline.entries
        #expect(
            entries.map(\.label) == [
                "The Book", "Part One", "Section", "A Section", "Two", "Licence",
            ])
        #expect(entries.map(\.level) == [1, 1, 2, 3, 2, 1])
        #expect(
            entries.map(\.target) == [
                .titlePage, .heading(0), .heading(1), .heading(2), .heading(3), .division(0),
            ])
    }

    @Test("Levels count from the outermost heading: a text whose headings start at 2 starts at 1")
    func levelsFromOne() {
        let book = Book(
            metadata: BookMetadata(title: "T"),
            chapters: [
                Chapter(heading: Self.heading(2, "One"), blocks: []),
                Chapter(heading: Self.heading(3, "One.1"), blocks: []),
            ])
        #expect(book.outline.entries.map(\.level) == [1, 1, 2])
    }

    @Test("Entries nest under the nearest earlier entry of a lower level")
    func nesting() {
        let entry = { (level: Int, label: String) in
            Outline.Entry(level: level, label: label, target: .titlePage)
        }
        let outline = Outline(entries: [
            entry(1, "a"), entry(2, "a1"), entry(3, "a1x"), entry(2, "a2"), entry(1, "b"),
            entry(3, "b1"),
        ])
        #expect(outline.tree.map(\.entry.label) == ["a", "b"])
        #expect(outline.tree[0].children.map(\.entry.label) == ["a1", "a2"])
        #expect(outline.tree[0].children[0].children.map(\.entry.label) == ["a1x"])
        #expect(outline.tree[1].children.map(\.entry.label) == ["b1"])
        #expect(outline.depth == 3)
    }

    @Test("The EPUB's nav and NCX and the PDF's bookmarks list the same entries, nested alike")
    func everyWriterRendersIt() throws {
        let package = EPUBPackage(book: Self.book, stylesheet: "")
        let folder = try Paths.scratchFolder("tobook-outline")
        defer { try? FileManager.default.removeItem(at: folder) }
        let epub = folder.appendingPathComponent("book.epub")
        try Data(package.archive()).write(to: epub)
        let contents = try EPUBContents(epub)
        let labels = Self.book.outline.entries.map(\.label)
        #expect(try contents.navigationLabels() == labels)
        let ncx = String(decoding: try contents.read("EPUB/toc.ncx"), as: UTF8.self)
        let ncxLabels = ncx.components(separatedBy: "<navLabel><text>").dropFirst().map {
            String($0.prefix { $0 != "<" })
        }
        #expect(ncxLabels == labels)
        #expect(ncx.contains("<meta name=\"dtb:depth\" content=\"3\"/>"))
        let pdf = folder.appendingPathComponent("book.pdf")
        try ReadingDefectTests.writePDF(Self.book, to: pdf, style: "default")
        let bookmarks = try PDFFile(pdf).outline()
        #expect(bookmarks.map(\.title) == labels)
        #expect(bookmarks.map(\.depth) == [1, 1, 2, 3, 2, 1])
    }
}
