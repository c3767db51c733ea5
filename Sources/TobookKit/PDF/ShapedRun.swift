import CPangoCairo

/// A short text (a word, part of one, a space, a hyphen) itemized and shaped by Pango once, then
/// reused wherever it appears: its UTF-8 bytes and, per font Pango chose, the item and glyphs.
/// Owns the `PangoItem`s and `PangoGlyphString`s.
final class ShapedRun {
    struct Piece {
        let item: UnsafeMutablePointer<PangoItem>
        let glyphs: UnsafeMutablePointer<PangoGlyphString>
    }

    let bytes: [UInt8]
    let pieces: [Piece]
    /// Natural width in points.
    let width: Double

    init(bytes: [UInt8], pieces: [Piece]) {
        self.bytes = bytes
        self.pieces = pieces
        var total = 0
        for piece in pieces { total += Int(pango_glyph_string_get_width(piece.glyphs)) }
        width = Double(total) / Double(PANGO_SCALE)
    }

    deinit {
        for piece in pieces {
            pango_glyph_string_free(piece.glyphs)
            pango_item_free(piece.item)
        }
    }

    /// Width of the glyphs whose text starts before UTF-8 offset `offset`: where a break inside
    /// the word would fall.
    func width(before offset: Int) -> Double {
        var total: Int32 = 0
        for piece in pieces {
            let start = Int(piece.item.pointee.offset)
            let glyphs = piece.glyphs.pointee
            for index in 0..<Int(glyphs.num_glyphs)
            where start + Int(glyphs.log_clusters[index]) < offset {
                total += glyphs.glyphs[index].geometry.width
            }
        }
        return Double(total) / Double(PANGO_SCALE)
    }
}
