/// The frame every XHTML file of the book shares: XML declaration (Send to Kindle wants it), the
/// dialect's doctype (HTML5's, or XHTML 1.1's in an EPUB 2), matching `lang` and `xml:lang`
/// (`xml:lang` alone in XHTML 1.1), a `<title>` and the style sheet link.
enum XHTMLDocument {
    static func begin(
        _ writer: inout XMLWriter, language: String, title: String, stylesheet: String,
        dialect: XHTMLDialect, bodyStyle: String? = nil
    ) {
        writer.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + dialect.doctype + "\n")
        writer.openTag(
            "html",
            [
                ("xmlns", "http://www.w3.org/1999/xhtml"),
                ("xmlns:epub", "http://www.idpf.org/2007/ops"),
                ("lang", language), ("xml:lang", language),
            ], in: dialect)
        writer.raw("\n<head>\n")
        writer.element("title", text: title)
        writer.newline()
        writer.open(
            "link", ["rel": "stylesheet", "type": "text/css", "href": stylesheet], selfClosing: true
        )
        writer.raw("\n</head>\n")
        if let bodyStyle {
            writer.open("body", ["style": bodyStyle])
            writer.newline()
        } else {
            writer.raw("<body>\n")
        }
    }

    static func end(_ writer: inout XMLWriter) {
        writer.raw("</body>\n</html>\n")
    }

    /// `h1`…`h6` for a heading level; level 1 is `h2` because `h1` is the book's title.
    static func tag(forLevel level: Int) -> String {
        "h\(min(6, max(2, level + 1)))"
    }
}
