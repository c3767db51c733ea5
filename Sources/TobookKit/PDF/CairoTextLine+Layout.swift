import CPangoCairo

extension CairoTextLine {
    /// A line of a Pango layout (a heading, a running head, a page number), run by run as
    /// `pango_renderer_draw_layout_line` draws it; nil when it needs Pango's renderer after all
    /// (underlines, backgrounds, shapes, a transparency, or an item `drawsWithCairo` refuses).
    /// Each run's font is kept alive by `fonts`, as the layout may go before the line is drawn.
    init?(layoutLine line: UnsafeMutablePointer<PangoLayoutLine>, fonts: CairoFontKeeper) {
        guard let layout = line.pointee.layout, let text = pango_layout_get_text(layout) else {
            return nil
        }
        var bytes: [UInt8] = []
        var glyphs: [cairo_glyph_t] = []
        var clusters: [cairo_text_cluster_t] = []
        var segments: [Segment] = []
        var offset: Int32 = 0
        var node = line.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let raw = current.pointee.data else { continue }
            let run = raw.assumingMemoryBound(to: PangoGlyphItem.self).pointee
            guard let item = run.item, let string = run.glyphs,
                let font = item.pointee.analysis.font.flatMap({ fonts.scaledFont(for: $0) }),
                Self.drawsWithCairo(item, string, font),
                let paint = Self.paint(of: item)
            else { return nil }
            offset += run.start_x_offset
            let start = Int(item.pointee.offset)
            let length = Int(item.pointee.length)
            let textStart = bytes.count
            text.withMemoryRebound(to: UInt8.self, capacity: start + length) {
                bytes.append(contentsOf: UnsafeBufferPointer(start: $0 + start, count: length))
            }
            let count = Int(string.pointee.num_glyphs)
            let firstGlyph = glyphs.count
            let firstCluster = clusters.count
            Self.appendCairoGlyphs(
                UnsafeBufferPointer(start: string.pointee.glyphs, count: count),
                logClusters: UnsafeBufferPointer(start: string.pointee.log_clusters, count: count),
                length: length, to: &glyphs, &clusters)
            segments.append(
                Segment(
                    x: 0, unitsX: offset, unitsY: -run.y_offset, font: font, colour: paint.colour,
                    text: textStart..<bytes.count, glyphs: firstGlyph..<glyphs.count,
                    clusters: firstCluster..<clusters.count, link: nil))
            offset += pango_glyph_string_get_width(string) + run.end_x_offset
        }
        self.init(
            movesPerSegment: false, bytes: bytes, glyphs: glyphs, clusters: clusters,
            segments: segments)
    }

    /// The colour `pango_renderer_default_prepare_run` finds for a run: its last foreground
    /// attribute, or none.
    private struct Paint {
        var colour: Colour?
    }

    /// The run's paint; nil when an attribute asks for more than glyphs in a colour.
    private static func paint(of item: UnsafeMutablePointer<PangoItem>) -> Paint? {
        var paint = Paint()
        var node = item.pointee.analysis.extra_attrs
        while let current = node {
            node = current.pointee.next
            guard let raw = current.pointee.data else { continue }
            let type = raw.assumingMemoryBound(to: PangoAttribute.self).pointee.klass.pointee.type
            if type == PANGO_ATTR_FOREGROUND {
                let color = raw.assumingMemoryBound(to: PangoAttrColor.self).pointee.color
                paint.colour = (
                    Double(color.red) / 65535.0, Double(color.green) / 65535.0,
                    Double(color.blue) / 65535.0
                )
            } else if drawnAttributes.contains(type.rawValue) {
                return nil
            }
        }
        return paint
    }

    /// Attributes Pango's renderer draws itself (lines, backgrounds, shapes) or applies as a
    /// transparency, and any type newer than this list.
    private static let drawnAttributes: Set<UInt32> = Set(
        [
            PANGO_ATTR_BACKGROUND, PANGO_ATTR_UNDERLINE, PANGO_ATTR_STRIKETHROUGH,
            PANGO_ATTR_SHAPE, PANGO_ATTR_UNDERLINE_COLOR, PANGO_ATTR_STRIKETHROUGH_COLOR,
            PANGO_ATTR_FOREGROUND_ALPHA, PANGO_ATTR_BACKGROUND_ALPHA, PANGO_ATTR_OVERLINE,
            PANGO_ATTR_OVERLINE_COLOR, PANGO_ATTR_INVALID,
        ].map(\.rawValue)
    ).union((PANGO_ATTR_FONT_SCALE.rawValue + 1)...(PANGO_ATTR_FONT_SCALE.rawValue + 64))
}

/// The Cairo fonts of the layout lines handed to the drawing thread: each Pango font is kept
/// (`g_object_ref`) until the document is done, so its Cairo font outlives the layout that
/// chose it. Used on the composing thread only.
final class CairoFontKeeper {
    private var fonts: [UnsafeMutablePointer<PangoFont>: OpaquePointer] = [:]

    /// `pango_cairo_font_get_scaled_font`, the font kept from now on.
    func scaledFont(for font: UnsafeMutablePointer<PangoFont>) -> OpaquePointer? {
        if let known = fonts[font] { return known }
        guard let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)) else {
            return nil
        }
        g_object_ref(UnsafeMutableRawPointer(font))
        fonts[font] = scaled
        return scaled
    }

    deinit {
        for font in fonts.keys { g_object_unref(UnsafeMutableRawPointer(font)) }
    }
}
