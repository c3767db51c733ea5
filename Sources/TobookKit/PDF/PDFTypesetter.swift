import CPangoCairo

#if canImport(Glibc)
    import Glibc
#endif

/// Typesets a book as a PDF with Pango (shaping, line breaking, justification), libhyphen
/// (soft hyphens at layout time) and Cairo (the PDF surface).
///
/// Two passes over the same layout code: the first only measures, to learn on which page each
/// chapter starts (the table of contents needs the numbers before the chapters are drawn); the
/// second draws, page by page, straight into the output file.
public struct PDFTypesetter {
    public var book: Book
    public var theme: Theme
    public var options: PDFOptions

    public init(book: Book, theme: Theme, options: PDFOptions = PDFOptions()) {
        self.book = book
        self.theme = theme
        self.options = options
    }

    /// Writes the PDF to an open file descriptor; returns what was set.
    public func write(to descriptor: Int32) throws(TobookError) -> PDFReport {
        let style = PDFStyle(css: theme.css)
        let measured = try run(style: style, descriptor: nil, tocPages: nil)
        var report = try run(style: style, descriptor: descriptor, tocPages: measured.headingPages)
        report.warnings = measured.warnings
        return report
    }

    /// One pass: with no descriptor, measuring into /dev/null; with `tocPages`, drawing.
    private func run(style: PDFStyle, descriptor: Int32?, tocPages: [String: Int]?) throws(TobookError) -> PDFReport {
        let target = descriptor ?? open("/dev/null", O_WRONLY)
        defer { if descriptor == nil { close(target) } }
        let sink = PDFSink(descriptor: target)
        let geometry = options.page
        let document = CairoPDFDocument(widthPoints: geometry.width, heightPoints: geometry.height, sink: sink)
        guard let context = pango_cairo_create_context(document.context) else {
            throw .internalFailure(reason: "Pango could not create a context")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string(book.metadata.language))

        let fontSize = options.fontSize ?? style.fontSize ?? geometry.fontSize
        let fonts = TypesetFonts(style: style, size: fontSize, context: context)
        let builder = TypesetBlockBuilder(
            book: book, geometry: geometry, style: style, fonts: fonts, context: context,
            hyphenator: Hyphenator(language: book.metadata.language))
        let drawing = tocPages != nil
        if drawing {
            document.setMetadata(
                title: book.metadata.title, author: book.metadata.authors.isEmpty ? nil : book.metadata.authors.joined(separator: ", "),
                creator: "tobook \(TobookVersion.current)",
                date: UTCDateTime(secondsSince1970: book.metadata.modified).iso8601)
        }
        let furniture = PageFurniture(geometry: geometry, context: context, font: fonts.furniture)
        let composer = PageComposer(
            geometry: geometry, document: drawing ? document : nil, furniture: furniture, firstPage: 1)
        if drawing { document.beginTag("Document") }
        for block in builder.titlePage() { composer.add(block) }
        let entries = builder.contentsEntries()
        for block in builder.contentsPages(entries, pages: tocPages ?? [:]) { composer.add(block) }
        for block in builder.chapterBlocks() { composer.add(block) }
        var report = composer.finish()
        if drawing { document.endTag("Document") }
        if drawing { addOutline(entries, to: document) }
        report.fontFamily = fonts.family
        report.warnings = fonts.warnings
        if let failure = document.finish() {
            let reason = failure > 0 ? systemMessage(for: failure) : "cairo could not write the PDF"
            throw .outputUnwritable(path: "PDF", reason: reason)
        }
        return report
    }

    /// Bookmarks mirroring the table of contents, nested by level.
    private func addOutline(_ entries: [TypesetBlockBuilder.ContentsEntry], to document: CairoPDFDocument) {
        var parents: [(level: Int, id: Int32)] = []
        for entry in entries {
            while let last = parents.last, last.level >= entry.level { parents.removeLast() }
            let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let id = document.addOutline(parent: parent, title: entry.label, destination: entry.destination, open: entry.level == 1)
            parents.append((entry.level, id))
        }
    }
}
