/// The package document (EPUB 3.0): metadata, manifest and spine, with `toc="ncx"` for EPUB 2
/// readers.
struct OPFWriter {
    struct ManifestItem {
        var id: String
        var href: String
        var mediaType: String
        var properties: String?
        var inSpine: Bool
    }

    var metadata: BookMetadata
    var identifier: String

    func render(_ items: [ManifestItem]) -> [UInt8] {
        var writer = XMLWriter()
        writer.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        writer.open(
            "package",
            [
                "xmlns": "http://www.idpf.org/2007/opf", "version": "3.0",
                "unique-identifier": "book-id",
                "xml:lang": metadata.language,
            ])
        writer.raw("\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        writer.element("dc:identifier", ["id": "book-id"], text: identifier)
        writer.newline()
        writer.element("dc:title", ["id": "title"], text: metadata.title)
        writer.newline()
        writer.element("dc:language", text: metadata.language)
        writer.newline()
        for (index, author) in metadata.authors.enumerated() {
            let id = "creator\(index + 1)"
            writer.element("dc:creator", ["id": id], text: author)
            writer.newline()
            writer.element(
                "meta", ["refines": "#\(id)", "property": "role", "scheme": "marc:relators"],
                text: "aut")
            writer.newline()
        }
        let modified = UTCDateTime(secondsSince1970: metadata.modified).iso8601
        writer.element("meta", ["property": "dcterms:modified"], text: modified)
        writer.raw("\n</metadata>\n<manifest>\n")
        for item in items {
            var attributes = [("id", item.id), ("href", item.href), ("media-type", item.mediaType)]
            if let properties = item.properties { attributes.append(("properties", properties)) }
            writer.openTag("item", attributes, selfClosing: true)
            writer.newline()
        }
        writer.raw("</manifest>\n<spine toc=\"ncx\">\n")
        for item in items where item.inSpine {
            writer.open("itemref", ["idref": item.id], selfClosing: true)
            writer.newline()
        }
        writer.raw("</spine>\n</package>\n")
        return writer.bytes
    }
}
