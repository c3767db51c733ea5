import CPangoCairo

/// One line of a `SetParagraph` made ready to draw: its text, and runs of glyphs (one per font)
/// copied from the shaped words, with the spaces widened to justify the line. Cairo gets the
/// text with the glyphs, so ligatures and hyphens come back as the right letters when the PDF's
/// text is extracted (a drawn hyphen stands for a soft hyphen, U+00AD). A linked word's glyphs
/// make segments of their own, which are drawn inside a link tag. Owns its Pango objects.
final class GlyphLine {
    struct Segment {
        let x: Double
        let item: UnsafeMutablePointer<PangoItem>
        let glyphs: UnsafeMutablePointer<PangoGlyphString>
        /// The web address the segment's words link to.
        let link: String?
    }

    let bytes: [UInt8]
    let segments: [Segment]

    init(_ paragraph: SetParagraph, line number: Int) {
        var builder = Builder()
        builder.lay(paragraph, line: number)
        bytes = builder.bytes
        segments = builder.segments
    }

    deinit {
        for segment in segments {
            pango_glyph_string_free(segment.glyphs)
            pango_item_free(segment.item)
        }
    }

    /// Gathers the line in local state (a value, so appends need no exclusivity checks).
    private struct Builder: SetLineRunBuilder {
        var bytes: [UInt8] = []
        var segments: [Segment] = []
        var infos: [PangoGlyphInfo] = []
        var clusters: [Int32] = []
        var template: UnsafeMutablePointer<PangoItem>?
        var segmentStart = 0
        var segmentX = 0.0
        var x = 0.0
        /// The link of the open segment.
        var link: String?

        init() {
            bytes.reserveCapacity(128)
            infos.reserveCapacity(96)
            clusters.reserveCapacity(96)
        }

        /// Appends a shaped run's glyphs, standing for `text` (its own bytes, or a soft hyphen for
        /// a drawn hyphen); `width` overrides the advance of a one-glyph run (a justified space).
        mutating func append(_ run: ShapedRun, text: [UInt8], width: Double?, link: String?) {
            let base = bytes.count
            if link != self.link {
                flush(end: base)
                self.link = link
            }
            bytes += text
            let ownText = text.count == run.bytes.count
            for piece in run.pieces {
                let item = piece.item
                let offset = ownText ? Int(item.pointee.offset) : 0
                if let current = template, GlyphLine.compatible(current, item) {
                    // Same font and direction: the glyphs join the open segment.
                } else {
                    flush(end: base + offset)
                    template = item
                    segmentStart = base + offset
                    segmentX = x
                }
                let glyphs = piece.glyphs.pointee
                for index in 0..<Int(glyphs.num_glyphs) {
                    var info = glyphs.glyphs[index]
                    if let width, glyphs.num_glyphs == 1 {
                        info.geometry.width = Int32((width * Double(PANGO_SCALE)).rounded())
                    }
                    infos.append(info)
                    let cluster = ownText ? Int(glyphs.log_clusters[index]) : 0
                    clusters.append(Int32(base + offset + cluster - segmentStart))
                    x += Double(info.geometry.width) / Double(PANGO_SCALE)
                }
            }
        }

        /// Closes the open segment at byte `end`: a copy of its first item, spanning its text.
        mutating func flush(end: Int) {
            guard let template, !infos.isEmpty else {
                self.template = nil
                return
            }
            let item = pango_item_copy(template)!
            item.pointee.offset = Int32(segmentStart)
            item.pointee.length = Int32(end - segmentStart)
            var characters: Int32 = 0
            for byte in bytes[segmentStart..<end] where byte & 0xC0 != 0x80 { characters += 1 }
            item.pointee.num_chars = characters
            let glyphs = pango_glyph_string_new()!
            pango_glyph_string_set_size(glyphs, Int32(infos.count))
            infos.withUnsafeBufferPointer { source in
                glyphs.pointee.glyphs.update(from: source.baseAddress!, count: source.count)
            }
            clusters.withUnsafeBufferPointer { source in
                glyphs.pointee.log_clusters.update(from: source.baseAddress!, count: source.count)
            }
            segments.append(Segment(x: segmentX, item: item, glyphs: glyphs, link: link))
            infos.removeAll(keepingCapacity: true)
            clusters.removeAll(keepingCapacity: true)
            self.template = nil
        }
    }

    static func compatible(
        _ a: UnsafeMutablePointer<PangoItem>, _ b: UnsafeMutablePointer<PangoItem>
    ) -> Bool {
        let first = a.pointee.analysis
        let second = b.pointee.analysis
        // Script is left out: a space is "common", the words around it Latin; drawing ignores it.
        return first.font == second.font && first.level == second.level
            && first.gravity == second.gravity
    }
}
