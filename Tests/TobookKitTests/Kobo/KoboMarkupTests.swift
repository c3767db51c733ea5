import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// Kobo's markup on a literal page: the style, the wrapping divs, and sentence spans that hold
/// whole elements, splitting an inline element a boundary falls in.
@Suite("Kobo markup on a page")
struct KoboMarkupTests {
    static let head = """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
        <head>
        <title>T</title>

        """

    static func page(_ body: String) -> String {
        head + "</head>\n<body>\n<section>\n" + body + "</section>\n</body>\n</html>\n"
    }

    static func marked(_ body: String) -> String {
        String(decoding: KoboMarkup.apply(to: Array(page(body).utf8)), as: UTF8.self)
    }

    /// The page `marked` should give for `body`, marked up.
    static func framed(_ body: String) -> String {
        head + KoboMarkup.styleHacks(.xhtml5) + "</head>\n<body><div id=\"book-columns\">"
            + "<div id=\"book-inner\">\n<section>\n" + body
            + "</section>\n</div></div></body>\n</html>\n"
    }

    static func span(_ paragraph: Int, _ sentence: Int) -> String {
        "<span class=\"koboSpan\" id=\"kobo.\(paragraph).\(sentence)\">"
    }

    @Test("The style ends the head; the divs wrap the body's content")
    func frame() {
        let expected =
            Self.head + KoboMarkup.styleHacks(.xhtml5) + "</head>\n<body><div id=\"book-columns\">"
            + "<div id=\"book-inner\">\n<section>\n<p>" + Self.span(1, 1)
            + "One.</span></p>\n</section>\n</div></div></body>\n</html>\n"
        #expect(Self.marked("<p>One.</p>\n") == expected)
    }

    @Test("A boundary inside <em> splits it; an element ending with a sentence ends in its span")
    func inlineMarkup() {
        let body = """
            <p>Call me <em>Ishmael. Some</em> years ago.</p>
            <p><em>Stop. </em>Go <strong>now.</strong> Fine.</p>

            """
        let expected = """
            <p>\(Self.span(1, 1))Call me <em>Ishmael. </em></span>\(Self.span(1, 2))<em>Some</em> years ago.</span></p>
            <p>\(Self.span(2, 1))<em>Stop. </em></span>\(Self.span(2, 2))Go <strong>now.</strong> </span>\(Self.span(2, 3))Fine.</span></p>

            """
        #expect(Self.marked(body) == Self.framed(expected))
    }

    @Test("A link split by a boundary keeps its id on the first part only; notes stay whole")
    func links() {
        let body = """
            <p><a href="x.xhtml" id="l1">One. Two.</a> Three<a href="#n1" id="ref1" epub:type="noteref" role="doc-noteref">1</a>. Four.</p>

            """
        let expected = """
            <p>\(Self.span(1, 1))<a href="x.xhtml" id="l1">One. </a></span>\(Self.span(1, 2))<a href="x.xhtml">Two.</a> </span>\(Self.span(1, 3))Three<a href="#n1" id="ref1" epub:type="noteref" role="doc-noteref">1</a>. </span>\(Self.span(1, 4))Four.</span></p>

            """
        #expect(Self.marked(body) == Self.framed(expected))
    }

    @Test("Headings and lists are paragraphs; items are sentences; a label stays with its text")
    func headingsAndLists() {
        let body = """
            <h2 id="h1">Call me. Ishmael</h2>
            <ul>
            <li><span class="label">1.</span> First. Second.</li>
            <li>Third.</li>
            </ul>

            """
        let expected = """
            <h2 id="h1">\(Self.span(1, 1))Call me. </span>\(Self.span(1, 2))Ishmael</span></h2>
            <ul>
            <li>\(Self.span(2, 1))<span class="label">1.</span> First. </span>\(Self.span(2, 2))Second.</span></li>
            <li>\(Self.span(2, 3))Third.</span></li>
            </ul>

            """
        #expect(Self.marked(body) == Self.framed(expected))
    }

    @Test("Escaped text stays escaped; pre keeps its text; an image is a paragraph of its own")
    func escapesPreAndImages() {
        let body = """
            <p>Tom &amp; Jerry said &quot;Hi.&quot; Bye &lt;3.</p>
            <pre>Keep. This.</pre>
            <img src="a.png" alt=""/>
            <p>After.</p>

            """
        let expected = """
            <p>\(Self.span(1, 1))Tom &amp; Jerry said &quot;Hi.&quot; </span>\(Self.span(1, 2))Bye &lt;3.</span></p>
            <pre>Keep. This.</pre>
            \(Self.span(2, 1))<img src="a.png" alt=""/></span>
            <p>\(Self.span(3, 1))After.</span></p>

            """
        #expect(Self.marked(body) == Self.framed(expected))
    }

    @Test("The text is the page's, character for character, and the page is well-formed")
    func textUnchanged() throws {
        let body = """
            <h2 id="h1">CHAPTER I. Down the <span style="white-space: nowrap">Rabbit-Hole</span></h2>
            <p class="title">Ah <em>bee. <strong>Cee. Dee</strong> eel.</em> Fee. <code>x. Y</code> Gee.</p>
            <aside id="n1" epub:type="footnote" role="doc-footnote"><p>Note. Here.</p></aside>
            <table>
            <tr><td>One. Two.</td><td class="right">3.</td></tr>
            </table>

            """
        let marked = Self.marked(body)
        _ = try XMLTree.parse(Data(marked.utf8))
        let text = { (page: String) in
            String(page[page.range(of: "<body>")!.upperBound...])
                .replacing(#/<[^>]*>/#, with: "").replacing(#/\s+/#, with: " ")
        }
        #expect(text(marked) == text(Self.page(body)))
        #expect(marked.components(separatedBy: "class=\"koboSpan\"").count - 1 == 10)
    }
}

/// Where a kepub is written: its two-part extension names it and is replaced whole.
@Suite("Kepub output paths")
struct KEPUBOutputPathTests {
    @Test("-o x.kepub.epub is a kepub; with other formats each gets its own name")
    func paths() throws {
        var options = ConversionOptions(input: .file("in/novel.txt"), outputPath: "x.kepub.epub")
        #expect(try OutputPath.resolve(for: options).map(\.path) == ["x.kepub.epub"])
        #expect(try OutputPath.resolve(for: options).map(\.format) == [.kepub])
        options.formats = [.epub, .kepub, .pdf]
        #expect(
            try OutputPath.resolve(for: options).map(\.path) == [
                "x.epub", "x.kepub.epub", "x.pdf",
            ])
        options.outputPath = nil
        #expect(
            try OutputPath.resolve(for: options).map(\.path) == [
                "in/novel.epub", "in/novel.kepub.epub", "in/novel.pdf",
            ])
        #expect(OutputPath.replacingExtension(of: "a.KEPUB.EPUB", with: "pdf") == "a.pdf")
        #expect(ConversionOptions.Format.named(byExtensionOf: "a.epub") == .epub)
        #expect(ConversionOptions.Format.named(byExtensionOf: "a.kepub") == nil)
    }
}
