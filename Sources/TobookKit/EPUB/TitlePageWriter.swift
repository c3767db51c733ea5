/// The title page: the book's title, subtitle lines and, when known, the by-line or the
/// authors.
struct TitlePageWriter {
    var language: String
    var stylesheet: String
    var dialect = XHTMLDialect.xhtml5

    func render(_ metadata: BookMetadata) -> [UInt8] {
        var writer = XMLWriter()
        XHTMLDocument.begin(
            &writer, language: language, title: metadata.title, stylesheet: stylesheet,
            dialect: dialect)
        writer.openTag(
            "section", [("class", "titlepage"), ("epub:type", "titlepage")], in: dialect)
        writer.newline()
        writer.element("h1", ["class": "title"], text: metadata.title)
        writer.newline()
        if let subtitle = metadata.subtitle {
            writer.element("p", ["class": "subtitle"], text: subtitle)
            writer.newline()
        }
        if let byline = metadata.byline ?? Self.byline(for: metadata.authors) {
            writer.element("p", ["class": "author"], text: byline)
            writer.newline()
        }
        if let dateline = metadata.dateline {
            writer.element("p", ["class": "dateline"], text: dateline)
            writer.newline()
        }
        writer.close("section", in: dialect)
        writer.newline()
        XHTMLDocument.end(&writer)
        return writer.bytes
    }

    /// "Ann", "Ann and Bob", "Ann, Bob and Cy": the authors given on the command line.
    private static func byline(for authors: [String]) -> String? {
        guard let last = authors.last else { return nil }
        guard authors.count > 1 else { return last }
        return authors.dropLast().joined(separator: ", ") + " and " + last
    }
}
