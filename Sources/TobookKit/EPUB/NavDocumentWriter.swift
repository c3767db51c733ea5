/// The EPUB 3 navigation document: the table of contents as nested lists, and hidden landmarks.
/// It stays out of the spine (Kindle's guidelines), so readers show it only as their own menu.
struct NavDocumentWriter {
    var language: String
    var stylesheet: String

    struct Landmark {
        var type: String
        var label: String
        var target: String
    }

    /// The outline as nested lists, `href` naming each entry's target in the package.
    func render(_ outline: Outline, href: (Outline.Target) -> String, landmarks: [Landmark])
        -> [UInt8]
    {
        var writer = XMLWriter()
        let heading = "Contents"
        XHTMLDocument.begin(
            &writer, language: language, title: heading, stylesheet: stylesheet, dialect: .xhtml5)
        writer.open(
            "nav",
            ["epub:type": "toc", "role": "doc-toc", "id": "toc", "aria-labelledby": "toc-title"])
        writer.newline()
        writer.element("h1", ["id": "toc-title"], text: heading)
        writer.newline()
        write(outline.tree, href: href, to: &writer, indent: "")
        writer.raw("</nav>\n")
        writer.open(
            "nav", ["epub:type": "landmarks", "hidden": "hidden", "aria-label": "Landmarks"])
        writer.raw("\n<ol>\n")
        for landmark in landmarks {
            writer.raw("<li>")
            writer.element(
                "a", ["epub:type": landmark.type, "href": landmark.target], text: landmark.label)
            writer.raw("</li>\n")
        }
        writer.raw("</ol>\n</nav>\n")
        XHTMLDocument.end(&writer)
        return writer.bytes
    }

    private func write(
        _ nodes: [Outline.Node], href: (Outline.Target) -> String, to writer: inout XMLWriter,
        indent: String
    ) {
        writer.raw(indent + "<ol>\n")
        for node in nodes {
            writer.raw(indent + "<li>")
            writer.element("a", ["href": href(node.entry.target)], text: node.entry.label)
            if !node.children.isEmpty {
                writer.newline()
                write(node.children, href: href, to: &writer, indent: indent + "  ")
                writer.raw(indent)
            }
            writer.raw("</li>\n")
        }
        writer.raw(indent + "</ol>\n")
    }
}
