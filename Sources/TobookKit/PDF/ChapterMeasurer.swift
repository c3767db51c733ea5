import CPangoCairo

/// Measures the later chapters of a book on a thread of its own while the composing thread
/// measures the earlier ones: the measuring pass (which only counts each paragraph's lines, to
/// learn the pages the contents list) is a quarter of a novel's PDF time, and the second core
/// is idle in it. Pango is not thread-safe, so this thread has Pango objects of its own: a
/// context on its own Cairo surface and the thread's own font map (Pango keeps one per
/// thread), its own shaped words and hyphenation; its fonts never reach the PDF. It hands back
/// the paragraphs' breaks only (`LineBreakTable`), keyed by everything that decides them, so
/// a paragraph it did not set the same way is simply set again by the composing thread.
final class ChapterMeasurer: @unchecked Sendable {
    private let condition = Condition()
    /// Guarded by `condition`: the breaks, once measured.
    private var measured: LineBreakTable?
    /// The first chapter (an index into `Book.chapters`) this thread measures.
    let firstChapter: Int

    /// Starts measuring from the chapter where about half the text is behind; nil for a book
    /// too short to be worth a thread.
    init?(book: Book, style: PDFStyle, page: PageGeometry, fontSize: Double) {
        guard let first = Self.splitPoint(book) else { return nil }
        firstChapter = first
        // Pango and HarfBuzz recurse deeply: the thread has 8 MB of stack (DetachedThread).
        DetachedThread.start { [self] in
            let measured = Self.measure(
                book: book, style: style, page: page, fontSize: fontSize, from: first)
            condition.lock()
            self.measured = measured
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Waits for the breaks; the measuring thread has done with the table.
    func lineBreaks() -> LineBreakTable {
        condition.lock()
        while measured == nil { condition.wait() }
        let table = measured ?? LineBreakTable()
        condition.unlock()
        return table
    }

    /// Books under this many bytes of text are measured on one thread.
    static let minimumSize = 200_000
    /// The share of the text the composing thread measures itself: a little over half, as
    /// the other thread shapes every word anew (the composing thread's words are shaped once
    /// for both passes); War and Peace's two halves then take about as long.
    static let composingShare = 0.52

    /// The chapter from which the second thread measures: where `composingShare` of the
    /// paragraphs' text lies before it.
    static func splitPoint(_ book: Book) -> Int? {
        let sizes = book.chapters.map { chapter in
            chapter.blocks.reduce(0) { total, block in
                if case .paragraph(let inlines) = block { return total + size(of: inlines) }
                return total + 1
            }
        }
        let total = sizes.reduce(0, +)
        guard total >= minimumSize, sizes.count >= 4 else { return nil }
        var behind = 0
        for (index, size) in sizes.enumerated() {
            if Double(behind) >= Double(total) * composingShare { return index }
            behind += size
        }
        return nil
    }

    private static func size(of inlines: [Inline]) -> Int {
        inlines.reduce(0) { total, inline in
            switch inline {
            case .text(let text), .code(let text), .speaker(let text): total + text.utf8.count
            case .emphasis(let inner), .strong(let inner), .link(_, let inner):
                total + size(of: inner)
            case .noteReference: total + 1
            }
        }
    }

    /// The measuring pass over the chapters from `first` on, with Pango objects made here.
    private static func measure(
        book: Book, style: PDFStyle, page: PageGeometry, fontSize: Double, from first: Int
    ) -> LineBreakTable {
        // A PDF surface writing nowhere: the context takes its font options, as the document's.
        guard let surface = cairo_pdf_surface_create_for_stream(nil, nil, page.width, page.height)
        else { return LineBreakTable() }
        defer { cairo_surface_destroy(surface) }
        guard let cairo = cairo_create(surface) else { return LineBreakTable() }
        defer { cairo_destroy(cairo) }
        guard let context = pango_cairo_create_context(cairo) else { return LineBreakTable() }
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        PDFTypesetter.configure(context, language: book.metadata.language)
        let fonts = TypesetFonts(style: style, size: fontSize, context: context)
        let setter = ParagraphSetter(
            shaper: WordShaper(context: context),
            hyphenator: Hyphenator(language: book.metadata.language))
        let builder = TypesetBlockBuilder(
            book: book, geometry: page, style: style, fonts: fonts, context: context,
            setter: setter)
        builder.measuring = true
        let table = LineBreakTable()
        builder.lineBreaks = table
        builder.chapterBlocks(from: first) { _ in }
        return table
    }
}
