import CPangoCairo

extension CairoPDFDocument {
    /// Draws a `CairoTextLine` with its baseline at (x, y), with the Cairo calls Pango's Cairo
    /// renderer makes for the same glyphs (`pango_cairo_show_glyph_item` for each run of a set
    /// line, `pango_cairo_show_layout_line` for a layout's), and no Pango call: the drawing
    /// thread may run while the composing thread shapes text.
    func show(_ line: CairoTextLine, x: Double, baseline y: Double) {
        // An empty line still moves and restores the point, as Pango does.
        let bytes = line.bytes.isEmpty ? [0] : line.bytes
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text in
                if line.movesPerSegment {
                    for segment in line.segments {
                        if let link = segment.link {
                            cairo_tag_begin(
                                context, CAIRO_TAG_LINK, LinkAddress.cairoAttributes(link))
                        }
                        cairo_move_to(context, x + segment.x, y)
                        keepingPoint {
                            show(segment, of: line, text: text, originX: $0, originY: $1)
                        }
                        if segment.link != nil { cairo_tag_end(context, CAIRO_TAG_LINK) }
                    }
                } else {
                    cairo_move_to(context, x, y)
                    keepingPoint { originX, originY in
                        for segment in line.segments {
                            show(
                                segment, of: line, text: text, originX: originX,
                                originY: originY)
                        }
                    }
                }
            }
        }
    }

    /// Pango's `save_current_point` and `restore_current_point` around a drawing: the point,
    /// which Cairo keeps in fixed point, read back and moved to again afterwards.
    private func keepingPoint(_ body: (Double, Double) -> Void) {
        let had = cairo_has_current_point(context) != 0
        var x = 0.0
        var y = 0.0
        cairo_get_current_point(context, &x, &y)
        body(x, y)
        if had { cairo_move_to(context, x, y) } else { cairo_new_sub_path(context) }
    }

    /// One run, as `pango_cairo_renderer_show_text_glyphs` draws it.
    private func show(
        _ segment: CairoTextLine.Segment, of line: CairoTextLine, text: UnsafePointer<CChar>,
        originX: Double, originY: Double
    ) {
        let baseX = originX + Double(segment.unitsX) / Double(PANGO_SCALE)
        let baseY = originY + Double(segment.unitsY) / Double(PANGO_SCALE)
        cairo_save(context)
        if let colour = segment.colour {
            cairo_set_source_rgba(context, colour.red, colour.green, colour.blue, 1)
        }
        cairo_set_scaled_font(context, segment.font)
        placed.removeAll(keepingCapacity: true)
        for glyph in line.glyphs[segment.glyphs] {
            placed.append(
                cairo_glyph_t(
                    index: glyph.index, x: baseX + glyph.x,
                    y: glyph.y == 0 ? baseY : baseY + glyph.y))
        }
        line.clusters.withUnsafeBufferPointer { clusters in
            cairo_show_text_glyphs(
                context, text + segment.text.lowerBound, Int32(segment.text.count), placed,
                Int32(placed.count), clusters.baseAddress.map { $0 + segment.clusters.lowerBound },
                Int32(segment.clusters.count), cairo_text_cluster_flags_t(0))
        }
        cairo_restore(context)
    }
}
