/// The package document of an EPUB 2.0.1 book (`--epub2`), for readers that predate EPUB 3:
/// OPF 2.0 metadata (`opf:role`, `opf:file-as` attributes instead of refinements), no
/// navigation document, and a `<guide>` pointing at the cover, the title page and the text.
struct OPF2Writer {
    struct Reference {
        var type: String
        var title: String
        var href: String
    }

    var metadata: BookMetadata
    var identifier: String
    /// The manifest id of the cover image, when the book has one.
    var cover: String?

    func render(_ items: [OPFWriter.ManifestItem], guide: [Reference]) -> [UInt8] {
        var writer = XMLWriter()
        writer.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        writer.open(
            "package",
            [
                "xmlns": "http://www.idpf.org/2007/opf", "version": "2.0",
                "unique-identifier": "book-id",
            ])
        writer.raw(
            "\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:opf=\"http://www.idpf.org/2007/opf\">\n"
        )
        writer.element("dc:identifier", ["id": "book-id"], text: identifier)
        writer.newline()
        writer.element("dc:title", text: metadata.title)
        writer.newline()
        writer.element("dc:language", text: metadata.language)
        writer.newline()
        for author in metadata.authors {
            writer.element(
                "dc:creator", ["opf:role": "aut", "opf:file-as": AuthorName.fileAs(author)],
                text: author)
            writer.newline()
        }
        let details = metadata.publication
        OPFWriter.writeElement("dc:publisher", details.publisher, to: &writer)
        if let date = details.date {
            writer.element("dc:date", ["opf:event": "publication"], text: date)
            writer.newline()
        }
        let modified = UTCDateTime(secondsSince1970: metadata.modified).iso8601
        writer.element("dc:date", ["opf:event": "modification"], text: String(modified.prefix(10)))
        writer.newline()
        OPFWriter.writeSubjectsAndRights(details, to: &writer)
        if let cover {
            writer.open("meta", ["name": "cover", "content": cover], selfClosing: true)
            writer.newline()
        }
        OPFWriter.writeCalibreSeries(details, to: &writer)
        writer.raw("</metadata>\n")
        OPFWriter.writeManifestAndSpine(items, properties: false, to: &writer)
        OPFWriter.writeGuide(guide, to: &writer)
        writer.raw("</package>\n")
        return writer.bytes
    }
}
