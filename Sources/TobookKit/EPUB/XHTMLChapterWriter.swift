/// Renders one planned content document as polyglot XHTML5.
struct XHTMLChapterWriter {
    var language: String
    /// The style sheet's path relative to the document.
    var stylesheet: String

    func render(_ document: ContentDocument) -> [UInt8] {
        let textSize = document.items.reduce(0) { $0 + Self.textSize($1) }
        var writer = XMLWriter(capacity: textSize + textSize / 8 + 1024)
        XHTMLDocument.begin(
            &writer, language: language, title: document.title, stylesheet: stylesheet)
        var attributes = [("class", "chapter"), ("epub:type", "chapter"), ("role", "doc-chapter")]
        if case .heading(_, let anchor)? = document.items.first {
            attributes.append(("aria-labelledby", anchor))
        }
        writer.openTag("section", attributes)
        writer.newline()
        for item in document.items {
            write(item, to: &writer)
        }
        writer.raw("</section>\n")
        XHTMLDocument.end(&writer)
        return writer.bytes
    }

    private func write(_ item: ContentDocument.Item, to writer: inout XMLWriter) {
        switch item {
        case .heading(let heading, let anchor):
            let tag = XHTMLDocument.tag(forLevel: heading.level)
            writer.open(tag, ["id": anchor])
            write(heading.text, to: &writer)
            writer.close(tag)
        case .block(.paragraph(let inlines)):
            writer.raw("<p>")
            write(inlines, to: &writer)
            writer.raw("</p>")
        case .block(.sceneBreak):
            writer.raw("<hr class=\"scene-break\"/>")
        case .block(.heading(let heading)):
            let tag = XHTMLDocument.tag(forLevel: heading.level)
            writer.open(tag)
            write(heading.text, to: &writer)
            writer.close(tag)
        }
        writer.newline()
    }

    private func write(_ inlines: [Inline], to writer: inout XMLWriter) {
        for inline in inlines {
            switch inline {
            case .text(let text): writer.text(text)
            }
        }
    }

    private static func textSize(_ item: ContentDocument.Item) -> Int {
        switch item {
        case .heading(let heading, _): heading.plainText.utf8.count + 32
        case .block(.paragraph(let inlines)): inlines.plainText.utf8.count + 8
        default: 32
        }
    }
}
