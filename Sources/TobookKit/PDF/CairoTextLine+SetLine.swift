import CPangoCairo

extension CairoTextLine {
    /// A line of a set paragraph: its words' glyphs, the hyphen and the spaces (widened to
    /// justify it), joined into runs of one font exactly as `GlyphLine` joins them (the same
    /// line drawn through Pango, for the lines `ShapedRun.drawsWithCairo` refuses). Reads only
    /// the paragraph's shaped runs, which nothing changes once made: the drawing thread makes it.
    init(_ paragraph: SetParagraph, line number: Int) {
        var builder = SegmentBuilder()
        builder.lay(paragraph, line: number)
        self.init(
            movesPerSegment: true, bytes: builder.bytes, glyphs: builder.glyphs,
            clusters: builder.cairoClusters, segments: builder.segments)
    }

    /// Whether every run on the line draws with Cairo alone.
    static func drawsWithCairo(_ paragraph: SetParagraph, line number: Int) -> Bool {
        paragraph.lines[number].pieces.allSatisfy {
            ($0.run?.drawsWithCairo ?? true) && ($0.hyphen?.drawsWithCairo ?? true)
                && ($0.space?.drawsWithCairo ?? true)
        }
    }

}

/// Gathers a set line's segments (`GlyphLine.Builder`'s twin, ending in Cairo's glyphs).
private struct SegmentBuilder: SetLineRunBuilder {
    var bytes: [UInt8] = []
    var segments: [CairoTextLine.Segment] = []
    var glyphs: [cairo_glyph_t] = []
    var cairoClusters: [cairo_text_cluster_t] = []
    var infos: [PangoGlyphInfo] = []
    var clusters: [Int32] = []
    var template: ShapedRun.DrawnPiece?
    var segmentStart = 0
    var segmentX = 0.0
    var x = 0.0
    var link: String?

    init() {
        bytes.reserveCapacity(128)
        infos.reserveCapacity(96)
        clusters.reserveCapacity(96)
        glyphs.reserveCapacity(96)
        cairoClusters.reserveCapacity(96)
    }

    mutating func append(_ run: ShapedRun, text: [UInt8], width: Double?, link: String?) {
        let base = bytes.count
        if link != self.link {
            flush(end: base)
            self.link = link
        }
        bytes += text
        let ownText = text.count == run.bytes.count
        for piece in run.drawnPieces {
            let offset = ownText ? piece.offset : 0
            if let current = template, current.font == piece.font,
                current.level == piece.level, current.gravity == piece.gravity
            {
                // Same font and direction: the glyphs join the open segment.
            } else {
                flush(end: base + offset)
                template = piece
                segmentStart = base + offset
                segmentX = x
            }
            let single = piece.glyphs.count == 1
            for glyph in run.glyphs[piece.glyphs] {
                var info = glyph.info
                if let width, single {
                    info.geometry.width = Int32((width * Double(PANGO_SCALE)).rounded())
                }
                infos.append(info)
                let cluster = ownText ? Int(glyph.cluster) : 0
                clusters.append(Int32(base + offset + cluster - segmentStart))
                x += Double(info.geometry.width) / Double(PANGO_SCALE)
            }
        }
    }

    mutating func flush(end: Int) {
        guard let font = template?.scaledFont, !infos.isEmpty else {
            template = nil
            return
        }
        let length = end - segmentStart
        let firstGlyph = glyphs.count
        let firstCluster = cairoClusters.count
        infos.withUnsafeBufferPointer { infos in
            clusters.withUnsafeBufferPointer {
                CairoTextLine.appendCairoGlyphs(
                    infos, logClusters: $0, length: length, to: &glyphs, &cairoClusters)
            }
        }
        segments.append(
            CairoTextLine.Segment(
                x: segmentX, unitsX: 0, unitsY: 0, font: font, colour: nil,
                text: segmentStart..<end, glyphs: firstGlyph..<glyphs.count,
                clusters: firstCluster..<cairoClusters.count, link: link))
        infos.removeAll(keepingCapacity: true)
        clusters.removeAll(keepingCapacity: true)
        template = nil
    }
}
