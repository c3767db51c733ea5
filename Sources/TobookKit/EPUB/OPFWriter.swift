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
    /// The manifest id of the cover image, when the book has one.
    var cover: String? = nil

    /// The package; `guide` repeats the landmarks for readers and converters that read only
    /// the EPUB 2 guide (calibre finds the cover page there).
    func render(_ items: [ManifestItem], guide: [OPF2Writer.Reference] = []) -> [UInt8] {
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
        if let subtitle = metadata.subtitle {
            writer.element("meta", ["refines": "#title", "property": "title-type"], text: "main")
            writer.newline()
            writer.element("dc:title", ["id": "subtitle"], text: subtitle)
            writer.newline()
            writer.element(
                "meta", ["refines": "#subtitle", "property": "title-type"], text: "subtitle")
            writer.newline()
        }
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
            writer.element(
                "meta", ["refines": "#\(id)", "property": "file-as"],
                text: AuthorName.fileAs(author))
            writer.newline()
        }
        if let cover {
            // The EPUB 2 way, which Kindle and older readers look for beside `cover-image`.
            writer.open("meta", ["name": "cover", "content": cover], selfClosing: true)
            writer.newline()
        }
        writePublication(metadata.publication, to: &writer)
        writeAccessibility(to: &writer)
        let modified = UTCDateTime(secondsSince1970: metadata.modified).iso8601
        writer.element("meta", ["property": "dcterms:modified"], text: modified)
        writer.raw("\n</metadata>\n")
        Self.writeManifestAndSpine(items, properties: true, to: &writer)
        Self.writeGuide(guide, to: &writer)
        writer.raw("</package>\n")
        return writer.bytes
    }

    /// `<manifest>` and `<spine toc="ncx">`, shared with the EPUB 2 package (which has no item
    /// properties).
    static func writeManifestAndSpine(
        _ items: [ManifestItem], properties: Bool, to writer: inout XMLWriter
    ) {
        writer.raw("<manifest>\n")
        for item in items {
            var attributes = [("id", item.id), ("href", item.href), ("media-type", item.mediaType)]
            if properties, let value = item.properties { attributes.append(("properties", value)) }
            writer.openTag("item", attributes, selfClosing: true)
            writer.newline()
        }
        writer.raw("</manifest>\n<spine toc=\"ncx\">\n")
        for item in items where item.inSpine {
            writer.open("itemref", ["idref": item.id], selfClosing: true)
            writer.newline()
        }
        writer.raw("</spine>\n")
    }

    /// `<guide>` with one `<reference>` each, when there are any.
    static func writeGuide(_ guide: [OPF2Writer.Reference], to writer: inout XMLWriter) {
        guard !guide.isEmpty else { return }
        writer.raw("<guide>\n")
        for reference in guide {
            writer.open(
                "reference",
                ["type": reference.type, "title": reference.title, "href": reference.href],
                selfClosing: true)
            writer.newline()
        }
        writer.raw("</guide>\n")
    }

    /// `dc:subject`s, `dc:description` and `dc:rights`: the same in both package versions.
    static func writeSubjectsAndRights(_ details: PublicationDetails, to writer: inout XMLWriter) {
        for subject in details.subjects { writeElement("dc:subject", subject, to: &writer) }
        writeElement("dc:description", details.description, to: &writer)
        writeElement("dc:rights", details.rights, to: &writer)
    }

    /// calibre's series metas, which calibre and Kobo read in either package version.
    static func writeCalibreSeries(_ details: PublicationDetails, to writer: inout XMLWriter) {
        guard let series = details.series, !series.isEmpty else { return }
        writer.open("meta", ["name": "calibre:series", "content": series], selfClosing: true)
        writer.newline()
        if let index = details.seriesIndex {
            writer.open(
                "meta", ["name": "calibre:series_index", "content": index], selfClosing: true)
            writer.newline()
        }
    }

    /// `<name>text</name>` on its own line, when there is text.
    static func writeElement(_ name: String, _ text: String?, to writer: inout XMLWriter) {
        guard let text, !text.isEmpty else { return }
        writer.element(name, text: text)
        writer.newline()
    }

    private func writePublication(_ details: PublicationDetails, to writer: inout XMLWriter) {
        Self.writeElement("dc:publisher", details.publisher, to: &writer)
        Self.writeElement("dc:date", details.date, to: &writer)
        Self.writeSubjectsAndRights(details, to: &writer)
        guard let series = details.series, !series.isEmpty else { return }
        // EPUB 3's collection for Apple Books and EPUBCheck; calibre's own metas for calibre,
        // Kobo and the readers that follow calibre.
        writer.element("meta", ["property": "belongs-to-collection", "id": "series"], text: series)
        writer.newline()
        writer.element(
            "meta", ["refines": "#series", "property": "collection-type"], text: "series")
        writer.newline()
        if let index = details.seriesIndex {
            writer.element(
                "meta", ["refines": "#series", "property": "group-position"], text: index)
            writer.newline()
        }
        Self.writeCalibreSeries(details, to: &writer)
    }

    /// EPUB Accessibility 1.1 metadata (schema.org, what DAISY Ace reads): the book is text,
    /// complete as text, navigable by its table of contents and headings, and safe.
    private func writeAccessibility(to writer: inout XMLWriter) {
        let items: [(String, String)] =
            [
                ("schema:accessMode", "textual"),
                ("schema:accessModeSufficient", "textual"),
                ("schema:accessibilityFeature", "structuralNavigation"),
                ("schema:accessibilityFeature", "tableOfContents"),
                ("schema:accessibilityFeature", "readingOrder"),
            ] + (cover == nil ? [] : [("schema:accessibilityFeature", "alternativeText")]) + [
                ("schema:accessibilityHazard", "none"),
                (
                    "schema:accessibilitySummary",
                    cover == nil
                        ? "A text-only book: its table of contents and headings give the structure, and the reading order follows the text."
                        : "A text book whose only image, the cover, has a text description; its table of contents and headings give the structure, and the reading order follows the text."
                ),
            ]
        for (property, value) in items {
            writer.element("meta", ["property": property], text: value)
            writer.newline()
        }
    }
}
