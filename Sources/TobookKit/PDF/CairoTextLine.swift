import CPangoCairo

/// A line of text as Cairo draws it (`cairo_show_text_glyphs`): its UTF-8 bytes and, per run
/// of one font, the glyphs placed from the run's origin and the clusters that map them back to
/// the bytes. Made from Pango's glyphs but drawn without Pango's renderer, so the thread that
/// draws calls Cairo only, while Pango (not thread-safe) stays on the thread that sets the text;
/// `CairoPDFDocument.show` makes the very calls `pango_cairo_show_glyph_item` and
/// `pango_cairo_show_layout_line` make, so the PDF's bytes are the same.
struct CairoTextLine {
    typealias Colour = (red: Double, green: Double, blue: Double)

    /// One run of glyphs in one font.
    struct Segment {
        /// A line of a set paragraph moves to each run (`x` points from the line's start) and
        /// draws it as a glyph item; a layout line moves once and offsets each run by
        /// `unitsX`, `unitsY` (Pango units), as `pango_renderer_draw_layout_line` does.
        let x: Double
        let unitsX: Int32
        let unitsY: Int32
        let font: OpaquePointer
        /// A run's own colour (`PANGO_ATTR_FOREGROUND`), in Cairo's 0...1.
        let colour: Colour?
        let text: Range<Int>
        /// Its glyphs and clusters in the line's.
        let glyphs: Range<Int>
        let clusters: Range<Int>
        /// The web address the run links to (a link tag around it).
        let link: String?
    }

    /// A set paragraph's line (a move to each run) or a layout's (one move for the line).
    let movesPerSegment: Bool
    let bytes: [UInt8]
    /// Every run's glyphs, placed from the run's origin (a y of exactly 0 stands for no
    /// offset), and clusters, one array for the line.
    let glyphs: [cairo_glyph_t]
    let clusters: [cairo_text_cluster_t]
    let segments: [Segment]

    static let emptyGlyph = UInt32(0x0FFF_FFFF)
    static let unknownGlyphFlag = UInt32(0x1000_0000)

    /// Whether Cairo alone draws this item as Pango would: left to right, baseline not centred
    /// (vertical text), a Cairo font in working order, and no glyph Pango draws as a hex box.
    static func drawsWithCairo(
        _ item: UnsafeMutablePointer<PangoItem>, _ glyphs: UnsafeMutablePointer<PangoGlyphString>,
        _ font: OpaquePointer?
    ) -> Bool {
        let analysis = item.pointee.analysis
        guard let font, cairo_scaled_font_status(font) == CAIRO_STATUS_SUCCESS,
            analysis.level & 1 == 0,
            Int32(analysis.flags) & PANGO_ANALYSIS_FLAG_CENTERED_BASELINE == 0
        else { return false }
        let string = glyphs.pointee
        for index in 0..<Int(string.num_glyphs) {
            let glyph = string.glyphs[index].glyph
            if glyph != emptyGlyph && glyph & unknownGlyphFlag != 0 { return false }
        }
        return true
    }

    /// Appends the glyphs and clusters of glyph infos spanning `length` bytes, as Pango's Cairo
    /// renderer hands them to Cairo: empty glyphs left out (they still advance), each glyph at
    /// its pen position plus its own offset, clusters as `pango_glyph_item_iter` walks them.
    static func appendCairoGlyphs(
        _ infos: UnsafeBufferPointer<PangoGlyphInfo>, logClusters: UnsafeBufferPointer<Int32>,
        length: Int, to glyphs: inout [cairo_glyph_t], _ clusters: inout [cairo_text_cluster_t]
    ) {
        var position: Int32 = 0
        for info in infos {
            if info.glyph != emptyGlyph {
                let offset = info.geometry.y_offset
                glyphs.append(
                    cairo_glyph_t(
                        index: UInt(info.glyph),
                        x: Double(position + info.geometry.x_offset) / Double(PANGO_SCALE),
                        y: offset == 0 ? 0 : Double(offset) / Double(PANGO_SCALE)))
            }
            position += info.geometry.width
        }
        var start = 0
        var startByte: Int32 = 0
        while start < infos.count {
            let cluster = logClusters[start]
            var end = start + 1
            while end < infos.count, logClusters[end] <= cluster { end += 1 }
            let endByte = end == infos.count ? Int32(length) : logClusters[end]
            var drawn = Int32(end - start)
            for index in start..<end where infos[index].glyph == emptyGlyph { drawn -= 1 }
            clusters.append(cairo_text_cluster_t(num_bytes: endByte - startByte, num_glyphs: drawn))
            startByte = endByte
            start = end
        }
    }
}
