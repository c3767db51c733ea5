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
        let geometry = options.page
        let document = CairoPDFDocument(
            widthPoints: geometry.width, heightPoints: geometry.height,
            sink: PDFSink(descriptor: descriptor))
        guard let context = pango_cairo_create_context(document.context) else {
            throw .internalFailure(reason: "Pango could not create a context")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        Self.configure(context, language: book.metadata.language)
        let fontSize = options.fontSize ?? style.fontSize ?? geometry.fontSize
        let fonts = TypesetFonts(style: style, size: fontSize, context: context)
        // Both passes share the shaped words, so each distinct word is shaped only once.
        let setter = ParagraphSetter(
            shaper: WordShaper(context: context),
            hyphenator: Hyphenator(language: book.metadata.language))
        let page = geometry.fittingMeasure(
            characterWidth: Self.averageCharacterWidth(fonts, shaper: setter.shaper))
        let measurer =
            options.singleThreaded
            ? nil : ChapterMeasurer(book: book, style: style, page: page, fontSize: fontSize)
        // The measuring pass records each paragraph's breaks; the drawing pass takes them.
        let lineBreaks = LineBreakTable()
        let measured = compose(
            page: page, style: style, fonts: fonts, setter: setter, document: nil, tocPages: nil,
            lineBreaks: lineBreaks, measurer: measurer)
        var report = compose(
            page: page, style: style, fonts: fonts, setter: setter, document: document,
            tocPages: measured.headingPages, lineBreaks: lineBreaks)
        report.fontFamily = fonts.family
        report.warnings = fonts.warnings
        if setter.hyphenator == nil,
            !Self.unhyphenated.contains(book.metadata.language.prefix(2).lowercased())
        {
            report.warnings.append(
                "no hyphenation patterns for '\(book.metadata.language)' in /usr/share/hyphen (Debian hyphen-*): the PDF is set without hyphenation"
            )
        }
        if let failure = document.finish() {
            let reason = failure > 0 ? systemMessage(for: failure) : "cairo could not write the PDF"
            throw .outputUnwritable(path: "PDF", reason: reason)
        }
        return report
    }

    /// Unrounded glyph positions, points as units, the book's language.
    static func configure(_ context: OpaquePointer, language: String) {
        pango_context_set_round_glyph_positions(context, 0)
        // Cairo's PDF units are points: at Pango's default 96 dpi a "10 pt" font would be 13.3.
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_language(context, pango_language_from_string(language))
    }

    /// A line of ordinary English prose, for the body face's average character width.
    static let measureSample =
        "It was the best of times, it was the worst of times; she took the road north to the town."

    /// The body face's average width of a character (spaces and punctuation included), in points.
    static func averageCharacterWidth(_ fonts: TypesetFonts, shaper: WordShaper) -> Double {
        let run = shaper.run(measureSample, face: shaper.face(fonts.body, style: nil))
        return run.width / Double(measureSample.count)
    }

    /// One pass over the book: without a document it only measures (where each heading lands,
    /// which the contents pages print); with one it draws, page by page.
    private func compose(
        page geometry: PageGeometry, style: PDFStyle, fonts: TypesetFonts,
        setter: ParagraphSetter, document: CairoPDFDocument?, tocPages: [String: Int]?,
        lineBreaks: LineBreakTable, measurer: ChapterMeasurer? = nil
    ) -> PDFReport {
        let context = setter.shaper.context
        let builder = TypesetBlockBuilder(
            book: book, geometry: geometry, style: style, fonts: fonts, context: context,
            setter: setter)
        builder.measuring = document == nil
        builder.lineBreaks = lineBreaks
        builder.headingPages = tocPages ?? [:]
        if let document {
            document.setMetadata(
                title: book.metadata.title,
                author: book.metadata.authors.isEmpty
                    ? nil : book.metadata.authors.joined(separator: ", "),
                creator: "tobook \(TobookVersion.current)",
                date: UTCDateTime(secondsSince1970: book.metadata.modified).iso8601)
            document.beginTag("Document")
        }
        let furniture = PageFurniture(geometry: geometry, context: context, font: fonts.furniture)
        // The drawing thread starts after the metadata and the document's tag, drawn here.
        let composer = PageComposer(
            geometry: geometry,
            canvas: document.map { PageCanvas(document: $0, threaded: !options.singleThreaded) },
            furniture: furniture, setter: setter,
            firstPage: 1, recordsPageMap: options.recordsPageMap && document != nil)
        for block in builder.titlePage() { composer.add(block) }
        let outline = book.outline
        // A text's own contents page, where it stands, replaces the generated one.
        let contents =
            book.hasOwnContentsPage ? [] : builder.contentsPages(outline, pages: tocPages ?? [:])
        for block in contents { composer.add(block) }
        let contentsEnd = composer.pageNumber
        builder.chapterBlocks(reaching: { index in
            if let measurer, index == measurer.firstChapter {
                lineBreaks.take(measurer.lineBreaks())
            }
        }) { composer.add($0) }
        var report = composer.finish()
        report.typedContentsNumbers = builder.typedContentsNumbers
        if !contents.isEmpty, let start = report.headingPages["contents"] {
            report.contentsPages = start...contentsEnd
        }
        if let document {
            document.endTag("Document")
            addBookmarks(outline.tree, parent: Int32(CAIRO_PDF_OUTLINE_ROOT), to: document)
        }
        return report
    }

    /// Languages written without hyphenation (Chinese, Japanese, Korean, Thai).
    static let unhyphenated: Set<String> = ["zh", "ja", "ko", "th"]

    /// Bookmarks: the book's outline, as the contents page and the EPUB's menus list it, the
    /// outermost entries open.
    private func addBookmarks(
        _ nodes: [Outline.Node], parent: Int32, to document: CairoPDFDocument
    ) {
        for node in nodes {
            let id = document.addOutline(
                parent: parent, title: node.entry.label,
                destination: TypesetBlockBuilder.destination(of: node.entry.target),
                open: node.entry.level == 1)
            addBookmarks(node.children, parent: id, to: document)
        }
    }
}
