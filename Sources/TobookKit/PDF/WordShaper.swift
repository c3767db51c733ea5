import CPangoCairo

/// Shapes words with Pango (`pango_itemize`, `pango_shape_item`) and remembers them: a novel
/// uses a few tens of thousands of distinct words, so after the first chapters nearly every
/// word is a lookup, and HarfBuzz, the costliest part of typesetting, runs once per word.
final class WordShaper {
    /// A font and the inline style applied over it.
    struct Face: Hashable {
        let font: ObjectIdentifier
        let style: TextAttribute.Kind?
    }

    private struct Key: Hashable {
        let face: Face
        let text: String
    }

    let context: OpaquePointer
    private var fonts: [ObjectIdentifier: FontDescription] = [:]
    private var cache = GenerationalCache<Key, ShapedRun>(limit: WordShaper.generation)
    /// Runs kept per generation: a novel's frequent words fit; memory stays bounded on any input.
    static let generation = 32_768

    init(context: OpaquePointer) {
        self.context = context
    }

    func face(_ font: FontDescription, style: TextAttribute.Kind?) -> Face {
        let id = ObjectIdentifier(font)
        fonts[id] = font
        return Face(font: id, style: style)
    }

    func run(_ text: String, face: Face) -> ShapedRun {
        cache.value(for: Key(face: face, text: text)) { shape(Array(text.utf8), face: face) }
    }

    private func shape(_ bytes: [UInt8], face: Face) -> ShapedRun {
        guard !bytes.isEmpty, let font = fonts[face.font] else {
            return ShapedRun(bytes: bytes, pieces: [])
        }
        let attributes = pango_attr_list_new()
        defer { pango_attr_list_unref(attributes) }
        pango_attr_list_insert(attributes, pango_attr_font_desc_new(font.pointer))
        let styled: UnsafeMutablePointer<PangoAttribute>?
        switch face.style {
        case .italic: styled = pango_attr_style_new(PANGO_STYLE_ITALIC)
        case .speaker:
            pango_attr_list_insert(attributes, pango_attr_weight_new(PANGO_WEIGHT_BOLD))
            styled = pango_attr_variant_new(PANGO_VARIANT_SMALL_CAPS)
        case .bold: styled = pango_attr_weight_new(PANGO_WEIGHT_BOLD)
        case .code:
            styled = pango_attr_family_new("monospace")
            // Monospace faces run large beside book faces: the size `TypesetFonts.mono` uses.
            pango_attr_list_insert(attributes, pango_attr_scale_new(TypesetFonts.monoScale))
        // A colour does not change the glyphs; only `PangoTextLayout` draws it.
        case .subdued, nil: styled = nil
        }
        if let styled { pango_attr_list_insert(attributes, styled) }
        var pieces: [ShapedRun.Piece] = []
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text in
                let count = Int32(buffer.count)
                var node = pango_itemize(context, text, 0, count, attributes, nil)
                let list = node
                while let current = node {
                    if let raw = current.pointee.data {
                        let item = raw.assumingMemoryBound(to: PangoItem.self)
                        let glyphs = pango_glyph_string_new()!
                        pango_shape_item(item, text, count, nil, glyphs, PANGO_SHAPE_NONE)
                        let scaled = item.pointee.analysis.font.flatMap {
                            pango_cairo_font_get_scaled_font(OpaquePointer($0))
                        }
                        pieces.append(
                            ShapedRun.Piece(item: item, glyphs: glyphs, scaledFont: scaled))
                    }
                    node = current.pointee.next
                }
                g_list_free(list)
            }
        }
        return ShapedRun(bytes: bytes, pieces: pieces)
    }
}
