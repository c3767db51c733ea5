import CPangoCairo

/// A short text (a word, part of one, a space, a hyphen) itemized and shaped by Pango once, then
/// reused wherever it appears: its UTF-8 bytes and, per font Pango chose, the item and glyphs.
/// Owns the `PangoItem`s and `PangoGlyphString`s.
final class ShapedRun {
    struct Piece {
        let item: UnsafeMutablePointer<PangoItem>
        let glyphs: UnsafeMutablePointer<PangoGlyphString>
        /// The item font's Cairo font (`pango_cairo_font_get_scaled_font`), owned by that font,
        /// which the item keeps alive: what the drawing thread draws with, calling no Pango.
        let scaledFont: OpaquePointer?
    }

    /// A piece as `CairoTextLine` reads it, copied out of Pango's structures: what joins runs
    /// into one (font, level, gravity, as `GlyphLine.compatible` compares them), the item's
    /// offset, and its glyphs in `glyphs`. A line reads a few hundred words: one array here
    /// is far fewer cache misses than Pango's item and glyph string and their two arrays.
    struct DrawnPiece {
        let font: UnsafeMutablePointer<PangoFont>?
        let level: UInt8
        let gravity: UInt8
        let offset: Int
        let glyphs: Range<Int>
        let scaledFont: OpaquePointer?
    }

    /// A glyph and its logical cluster (`log_clusters`), relative to its item.
    struct Glyph {
        let info: PangoGlyphInfo
        let cluster: Int32
    }

    let bytes: [UInt8]
    let pieces: [Piece]
    let drawnPieces: [DrawnPiece]
    let glyphs: [Glyph]
    /// Natural width in points.
    let width: Double
    /// Whether Cairo alone draws the run as Pango's renderer would (`CairoTextLine`): every
    /// glyph known (Pango draws a box of hex digits for a missing one), left to right, and a
    /// usable Cairo font.
    let drawsWithCairo: Bool

    init(bytes: [UInt8], pieces: [Piece]) {
        self.bytes = bytes
        self.pieces = pieces
        var total = 0
        var plain = true
        var drawnPieces: [DrawnPiece] = []
        var glyphs: [Glyph] = []
        for piece in pieces {
            total += Int(pango_glyph_string_get_width(piece.glyphs))
            plain =
                plain && CairoTextLine.drawsWithCairo(piece.item, piece.glyphs, piece.scaledFont)
            let string = piece.glyphs.pointee
            let first = glyphs.count
            for index in 0..<Int(string.num_glyphs) {
                glyphs.append(
                    Glyph(info: string.glyphs[index], cluster: string.log_clusters[index]))
            }
            let analysis = piece.item.pointee.analysis
            drawnPieces.append(
                DrawnPiece(
                    font: analysis.font, level: analysis.level, gravity: analysis.gravity,
                    offset: Int(piece.item.pointee.offset), glyphs: first..<glyphs.count,
                    scaledFont: piece.scaledFont))
        }
        self.drawnPieces = drawnPieces
        self.glyphs = glyphs
        width = Double(total) / Double(PANGO_SCALE)
        drawsWithCairo = plain
    }

    deinit {
        for piece in pieces {
            pango_glyph_string_free(piece.glyphs)
            pango_item_free(piece.item)
        }
    }

    /// Widths before each of `offsets` (ascending) in one pass over the glyphs, so a word with a
    /// break point at every character (a 1 MB string with no space) costs n log n, not n².
    func widths(before offsets: [Int]) -> [Double] {
        var clusters: [(offset: Int, width: Int32)] = []
        for piece in pieces {
            let start = Int(piece.item.pointee.offset)
            let glyphs = piece.glyphs.pointee
            for index in 0..<Int(glyphs.num_glyphs) {
                clusters.append(
                    (start + Int(glyphs.log_clusters[index]), glyphs.glyphs[index].geometry.width))
            }
        }
        clusters.sort { $0.offset < $1.offset }
        var result: [Double] = []
        result.reserveCapacity(offsets.count)
        var total: Int32 = 0
        var next = 0
        for offset in offsets {
            while next < clusters.count && clusters[next].offset < offset {
                total += clusters[next].width
                next += 1
            }
            result.append(Double(total) / Double(PANGO_SCALE))
        }
        return result
    }
}
