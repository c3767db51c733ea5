/// `cover.xhtml`: the cover image alone, first in the spine. No text on the page (Kindle shows a
/// cover page that carries text twice); the image has its alternative text.
///
/// The picture fits the screen whole: `max-height: 100vh` with `max-width: 100%` scales it
/// down keeping its proportions (CSS 2.1 §10.4) in Blink and WebKit, where `height: 100%` has
/// no page height to measure against and drew a 600×960 cover on an 800-pixel screen; engines
/// without viewport units (Adobe's) keep `height: 100%` of their page. The page has no margin
/// of its own, so the screen's height is the picture's.
struct CoverPageWriter {
    var language: String
    var stylesheet: String
    var dialect = XHTMLDialect.xhtml5

    func render(_ cover: CoverImage, imageHref: String) -> [UInt8] {
        var writer = XMLWriter()
        XHTMLDocument.begin(
            &writer, language: language, title: "Cover", stylesheet: stylesheet,
            dialect: dialect, bodyStyle: "margin: 0; padding: 0")
        writer.openTag("section", [("class", "cover"), ("epub:type", "cover")], in: dialect)
        writer.newline()
        writer.openTag(
            "img",
            [
                ("src", imageHref), ("alt", cover.altText), ("role", "doc-cover"),
                (
                    "style",
                    "display: block; height: 100%; max-width: 100%; max-height: 100vh; margin: 0 auto"
                ),
            ], in: dialect, selfClosing: true)
        writer.newline()
        writer.close("section", in: dialect)
        writer.newline()
        XHTMLDocument.end(&writer)
        return writer.bytes
    }
}
