/// `cover.xhtml`: the cover image alone, first in the spine. No text on the page (Kindle shows a
/// cover page that carries text twice); the image has its alternative text.
struct CoverPageWriter {
    var language: String
    var stylesheet: String

    func render(_ cover: CoverImage, imageHref: String) -> [UInt8] {
        var writer = XMLWriter()
        XHTMLDocument.begin(&writer, language: language, title: "Cover", stylesheet: stylesheet)
        writer.open("section", ["class": "cover", "epub:type": "cover"])
        writer.newline()
        writer.open(
            "img",
            [
                "src": imageHref, "alt": cover.altText, "role": "doc-cover",
                "style": "display: block; height: 100%; max-width: 100%; margin: 0 auto",
            ], selfClosing: true)
        writer.newline()
        writer.raw("</section>\n")
        XHTMLDocument.end(&writer)
        return writer.bytes
    }
}
