/// What gathers a set line's runs of glyphs: `GlyphLine` (drawn through Pango) and
/// `CairoTextLine` (drawn by Cairo alone) each keep them their own way.
protocol SetLineRunBuilder {
    /// Where the next run starts, from the line's left edge of the text block.
    var x: Double { get set }
    var bytes: [UInt8] { get }
    mutating func append(_ run: ShapedRun, text: [UInt8], width: Double?, link: String?)
    mutating func flush(end: Int)
}

extension SetLineRunBuilder {
    /// A line of a set paragraph: its words' glyphs, the hyphen and the spaces (widened to
    /// justify it, or the line moved to centre it), one shared walk for both ways of drawing,
    /// so the two cannot place a glyph differently.
    mutating func lay(_ paragraph: SetParagraph, line number: Int) {
        let line = paragraph.lines[number]
        var natural = 0.0
        var gaps = 0
        for piece in line.pieces {
            natural += piece.run?.width ?? 0
            natural += piece.hyphen?.width ?? 0
            if let space = piece.space {
                natural += space.width
                gaps += 1
            }
        }
        var extra = 0.0
        switch paragraph.alignment {
        case .justified where line.justified && gaps > 0:
            extra = (line.width - natural) / Double(gaps)
        case .centre: x = max(0, (line.width - natural) / 2)
        default: break
        }
        x += line.x
        for piece in line.pieces {
            let link = paragraph.words[piece.word].link
            if let run = piece.run { append(run, text: run.bytes, width: nil, link: link) }
            if let hyphen = piece.hyphen {
                append(hyphen, text: setLineSoftHyphen, width: nil, link: link)
            }
            if let space = piece.space {
                append(
                    space, text: setLineSpace,
                    width: max(
                        space.width * (1 - ParagraphSetter.spaceShrink), space.width + extra),
                    link: nil)
            }
        }
        flush(end: bytes.count)
    }
}

/// A drawn hyphen stands for a soft hyphen (U+00AD) in the PDF's text.
private let setLineSoftHyphen: [UInt8] = [0xC2, 0xAD]
private let setLineSpace: [UInt8] = [0x20]
