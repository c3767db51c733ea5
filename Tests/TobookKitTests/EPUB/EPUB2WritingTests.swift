import Testing

@testable import TobookKit

/// An EPUB 2 is written as such by the writers (`XHTMLDialect`), not rewritten from an EPUB 3.
@Suite("EPUB 2 writing")
struct EPUB2WritingTests {
    /// Footnotes, note references, sections and a contents page: every element and attribute
    /// XHTML 1.1 lacks.
    static let book: Book = {
        let page = ContentsPage(
            label: [.text("Contents")], items: [.entry(.init(text: [.text("One")], target: 0))])
        return Book(
            metadata: BookMetadata(title: "Notes", language: "en", modified: 1_700_000_000),
            chapters: [
                Chapter(blocks: [.contentsPage(page)], role: .frontMatter),
                Chapter(
                    heading: Heading(level: 1, text: [.text("One")]),
                    blocks: [
                        .paragraph([.text("A claim"), .noteReference(label: "1", text: "[1]")]),
                        .footnote(Footnote(label: "1", text: [.text("[1] The source.")])),
                        .blockQuote([.footnote(Footnote(label: "2", text: [.text("[2] Aside.")]))]),
                    ]),
            ])
    }()

    static func pages(_ version: EPUBPackage.Version) -> [String: String] {
        var package = EPUBPackage(book: book, stylesheet: "")
        package.version = version
        var pages: [String: String] = [:]
        for entry in package.entries() where entry.path.hasSuffix(".xhtml") {
            pages[entry.path] = String(decoding: entry.bytes, as: UTF8.self)
        }
        return pages
    }

    @Test(
        "XHTML 1.1 pages: its doctype, xml:lang alone, div for HTML5's sections, no EPUB 3 markup")
    func pagesAreXHTML11() throws {
        let pages = Self.pages(.epub2)
        #expect(pages["EPUB/nav.xhtml"] == nil)
        #expect(pages.count == 3)
        for (path, text) in pages {
            #expect(text.contains("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\""), "\(path)")
            #expect(text.contains(" xml:lang=\"en\""), "\(path)")
            for markup in [
                " lang=", "xmlns:epub", "epub:type", " role=", "aria-", "<section", "<aside",
                "</section>", "</aside>",
            ] {
                #expect(!text.contains(markup), "\(path): \(markup)")
            }
        }
        let chapter = try #require(pages["EPUB/text/c0002.xhtml"])
        #expect(chapter.contains("<div class=\"chapter\">"))
        #expect(chapter.contains("<div id=\"fn2\"><p>[1] The source.</p></div>"))
        #expect(chapter.contains("<blockquote>\n<div><p>[2] Aside.</p></div>\n</blockquote>"))
        #expect(chapter.contains("<a href=\"#fn2\" id=\"ref1\">[1]</a>"))
    }

    @Test("The EPUB 3 and the EPUB 2 of one text share their identifier")
    func sharedIdentifier() {
        func identifier(_ version: EPUBPackage.Version) -> String? {
            var package = EPUBPackage(book: Self.book, stylesheet: "")
            package.version = version
            let ncx = package.entries().first { $0.path == "EPUB/toc.ncx" }
            let text = ncx.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
            return text.split(separator: "\"").first { $0.hasPrefix("urn:uuid:") }.map(String.init)
        }
        #expect(identifier(.epub3) != nil)
        #expect(identifier(.epub3) == identifier(.epub2))
    }
}
