/// The EPUB 2 NCX, for readers that predate the navigation document (older Kindles and Kobos).
/// `dtb:uid` must equal the package identifier; play order runs from 1 without gaps.
struct NCXWriter {
    var identifier: String
    var title: String
    var language: String

    /// The outline as nested navPoints, `href` naming each entry's target in the package.
    func render(_ outline: Outline, href: (Outline.Target) -> String) -> [UInt8] {
        var writer = XMLWriter()
        writer.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        writer.open(
            "ncx",
            [
                "xmlns": "http://www.daisy.org/z3986/2005/ncx/", "version": "2005-1",
                "xml:lang": language,
            ])
        writer.raw("\n<head>\n")
        for (name, content) in [
            ("dtb:uid", identifier), ("dtb:depth", String(outline.depth)),
            ("dtb:totalPageCount", "0"),
            ("dtb:maxPageNumber", "0"),
        ] {
            writer.openTag("meta", [("name", name), ("content", content)], selfClosing: true)
            writer.newline()
        }
        writer.raw("</head>\n<docTitle>")
        writer.element("text", text: title)
        writer.raw("</docTitle>\n<navMap>\n")
        var playOrder = 0
        write(outline.tree, href: href, to: &writer, playOrder: &playOrder, indent: "")
        writer.raw("</navMap>\n</ncx>\n")
        return writer.bytes
    }

    private func write(
        _ nodes: [Outline.Node], href: (Outline.Target) -> String, to writer: inout XMLWriter,
        playOrder: inout Int, indent: String
    ) {
        for node in nodes {
            playOrder += 1
            writer.raw(indent)
            writer.openTag(
                "navPoint", [("id", "np\(playOrder)"), ("playOrder", String(playOrder))])
            writer.raw("<navLabel>")
            writer.element("text", text: node.entry.label)
            writer.raw("</navLabel>")
            writer.openTag("content", [("src", href(node.entry.target))], selfClosing: true)
            writer.newline()
            write(
                node.children, href: href, to: &writer, playOrder: &playOrder,
                indent: indent + "  ")
            writer.raw(indent + "</navPoint>\n")
        }
    }
}
