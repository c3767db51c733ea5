import CPangoCairo

/// One block's text laid out by Pango at a given width: wrapped, justified or aligned, with
/// attributes for italics and small capitals. Owns the `PangoLayout`.
final class PangoTextLayout {
    let pointer: OpaquePointer
    /// The lines, computed once when the layout is made.
    private(set) var lines: [Line] = []

    /// One line's geometry, in points, relative to the layout's top.
    struct Line {
        let line: UnsafeMutablePointer<PangoLayoutLine>
        let top: Double
        let height: Double
        let baseline: Double
        /// Horizontal offset of the line within the layout (alignment, indent).
        let x: Double
    }

    enum Alignment {
        case justified, left, centre, right
    }

    init(
        context: OpaquePointer, text: String, font: FontDescription, width: Double,
        alignment: Alignment,
        indent: Double = 0, lineSpacing: Double = 1, attributes: [TextAttribute] = [],
        ellipsize: Bool = false, tabStops: [Double] = []
    ) {
        pointer = pango_layout_new(context)
        if !tabStops.isEmpty, let tabs = pango_tab_array_new(Int32(tabStops.count), 0) {
            // Left tab stops at these offsets (`pango_tab_array_set_tab`): a table's columns.
            for (index, stop) in tabStops.enumerated() {
                pango_tab_array_set_tab(
                    tabs, Int32(index), PANGO_TAB_LEFT, Int32(stop * Double(PANGO_SCALE)))
            }
            pango_layout_set_tabs(pointer, tabs)
            pango_tab_array_free(tabs)
        }
        pango_layout_set_font_description(pointer, font.pointer)
        pango_layout_set_width(pointer, width > 0 ? Int32(width * Double(PANGO_SCALE)) : -1)
        pango_layout_set_wrap(pointer, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_indent(pointer, Int32(indent * Double(PANGO_SCALE)))
        pango_layout_set_line_spacing(pointer, Float(lineSpacing))
        switch alignment {
        case .justified:
            pango_layout_set_justify(pointer, 1)
            pango_layout_set_alignment(pointer, PANGO_ALIGN_LEFT)
        case .left: pango_layout_set_alignment(pointer, PANGO_ALIGN_LEFT)
        case .centre: pango_layout_set_alignment(pointer, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(pointer, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_text(pointer, text, Int32(text.utf8.count))
        let list = pango_attr_list_new()
        pango_attr_list_insert(list, pango_attr_insert_hyphens_new(1))
        for attribute in attributes {
            let made: UnsafeMutablePointer<PangoAttribute>?
            switch attribute.kind {
            case .italic: made = pango_attr_style_new(PANGO_STYLE_ITALIC)
            case .speaker:
                // Bold as well: small capitals change nothing on a name typed in capitals.
                let bold = pango_attr_weight_new(PANGO_WEIGHT_BOLD)
                bold?.pointee.start_index = UInt32(attribute.start)
                bold?.pointee.end_index = UInt32(attribute.end)
                pango_attr_list_insert(list, bold)
                made = pango_attr_variant_new(PANGO_VARIANT_SMALL_CAPS)
            case .bold: made = pango_attr_weight_new(PANGO_WEIGHT_BOLD)
            case .subdued: made = pango_attr_foreground_new(0x7070, 0x7070, 0x7070)
            case .code:
                made = pango_attr_family_new("monospace")
                let scale = pango_attr_scale_new(TypesetFonts.monoScale)
                scale?.pointee.start_index = UInt32(attribute.start)
                scale?.pointee.end_index = UInt32(attribute.end)
                pango_attr_list_insert(list, scale)
            }
            if let made {
                made.pointee.start_index = UInt32(attribute.start)
                made.pointee.end_index = UInt32(attribute.end)
                pango_attr_list_insert(list, made)
            }
        }
        pango_layout_set_attributes(pointer, list)
        pango_attr_list_unref(list)
        if ellipsize { pango_layout_set_ellipsize(pointer, PANGO_ELLIPSIZE_END) }
        lines = computeLines()
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pointer))
    }

    /// The layout's logical width in points (`pango_layout_get_extents`).
    var logicalWidth: Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(pointer, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// The lines with their extents (`pango_layout_get_iter` and friends).
    private func computeLines() -> [Line] {
        var result: [Line] = []
        guard let iterator = pango_layout_get_iter(pointer) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iterator)) / Double(PANGO_SCALE)
            if let line = pango_layout_iter_get_line_readonly(iterator) {
                let top = Double(logical.y) / Double(PANGO_SCALE)
                result.append(
                    Line(
                        line: line, top: top, height: Double(logical.height) / Double(PANGO_SCALE),
                        baseline: baseline - top, x: Double(logical.x) / Double(PANGO_SCALE)))
            }
        } while pango_layout_iter_next_line(iterator) != 0
        return result
    }
}

/// A run of text with a style, by UTF-8 byte offsets into a layout's text.
struct TextAttribute {
    enum Kind {
        case italic, bold
        /// A speaker's name in a play: bold small capitals, apart from the speech.
        case speaker
        /// Code in a line of text: the monospace face.
        case code
        /// Grey: a typed contents list's printed page numbers, kept but set back.
        case subdued
    }

    let kind: Kind
    let start: Int
    let end: Int
}
