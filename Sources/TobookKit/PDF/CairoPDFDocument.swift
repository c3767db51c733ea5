import CPangoCairo

/// A PDF being drawn with Cairo (`cairo_pdf_surface_create_for_stream`): owns the surface and
/// its drawing context, and wraps the few calls the typesetter makes.
final class CairoPDFDocument {
    let surface: OpaquePointer
    let context: OpaquePointer
    private let sink: PDFSink
    /// The glyphs of the run being shown, placed on the page (`show`), kept between runs.
    var placed: [cairo_glyph_t] = []

    init(widthPoints: Double, heightPoints: Double, sink: PDFSink) {
        self.sink = sink
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<PDFSink>.fromOpaque(closure).takeUnretainedValue()
            return sink.write(data, count: Int(length))
                ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
        }
        surface = cairo_pdf_surface_create_for_stream(
            write, Unmanaged.passUnretained(sink).toOpaque(), widthPoints, heightPoints)
        context = cairo_create(surface)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// `cairo_pdf_surface_set_metadata`; dates as `YYYY-MM-DDThh:mm:ssZ` make output reproducible.
    func setMetadata(title: String, author: String?, creator: String, date: String) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        if let author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    }

    /// A bookmark (`cairo_pdf_surface_add_outline`) pointing at a named destination.
    func addOutline(parent: Int32, title: String, destination: String, open: Bool) -> Int32 {
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
        return cairo_pdf_surface_add_outline(surface, parent, title, "dest='\(destination)'", flags)
    }

    /// Begins a tag (`cairo_tag_begin`): structure ("P", "H2"), a link or a destination.
    func beginTag(_ name: String, _ attributes: String = "") {
        cairo_tag_begin(context, name, attributes)
    }

    func endTag(_ name: String) {
        cairo_tag_end(context, name)
    }

    func showPage() {
        cairo_show_page(context)
    }

    /// Draws one laid-out line with its baseline at (x, y).
    func draw(_ line: UnsafeMutablePointer<PangoLayoutLine>, x: Double, baseline y: Double) {
        cairo_move_to(context, x, y)
        pango_cairo_show_layout_line(context, line)
    }

    /// Draws a line of set text with its baseline at (x, y), each segment with its own text
    /// (`pango_cairo_show_glyph_item`), so the PDF maps glyphs back to letters. A linked
    /// segment is drawn inside a link tag (`cairo_tag_begin` with `CAIRO_TAG_LINK`), whose
    /// area Cairo takes from the glyphs drawn.
    func draw(_ line: GlyphLine, x: Double, baseline y: Double) {
        line.bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text in
                for segment in line.segments {
                    if let link = segment.link {
                        cairo_tag_begin(context, CAIRO_TAG_LINK, LinkAddress.cairoAttributes(link))
                    }
                    cairo_move_to(context, x + segment.x, y)
                    var item = PangoGlyphItem()
                    item.item = segment.item
                    item.glyphs = segment.glyphs
                    pango_cairo_show_glyph_item(context, text, &item)
                    if segment.link != nil { cairo_tag_end(context, CAIRO_TAG_LINK) }
                }
            }
        }
    }

    /// A horizontal rule, for scene breaks drawn as a line.
    func rule(x: Double, y: Double, width: Double) {
        cairo_set_line_width(context, 0.5)
        cairo_move_to(context, x, y)
        cairo_line_to(context, x + width, y)
        cairo_stroke(context)
    }

    /// Ends the document (`cairo_surface_finish`); the sink's failure, if any, as an errno.
    func finish() -> Int32? {
        cairo_surface_finish(surface)
        _ = sink.flush()
        return sink.failure ?? (cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS ? nil : -1)
    }
}
