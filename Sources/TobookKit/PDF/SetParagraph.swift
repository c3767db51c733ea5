/// A paragraph after line breaking: its words, shaped, and for each line which words (or parts
/// of words, with a hyphen) stand on it, where it starts and how wide it must be.
/// Glyphs for a line are made only when it is drawn (`GlyphLine`).
final class SetParagraph {
    struct Word {
        let text: String
        let face: WordShaper.Face
        let run: ShapedRun
        /// A breakable space follows (otherwise the next word touches it, as across a style change).
        let spaceAfter: Bool
        /// The web address the word links to.
        var link: String?
    }

    /// A word, or the part of it between two UTF-8 offsets, on one line, with what is drawn
    /// for it: its shaped run, the space after it and the hyphen that ends a broken word.
    struct Piece {
        let word: Int
        let start: Int
        let end: Int
        var run: ShapedRun?
        var space: ShapedRun?
        /// The line ends inside the word at a hyphenation point: a hyphen is drawn.
        var hyphen: ShapedRun?
    }

    struct Line {
        let pieces: [Piece]
        /// Offset from the block's left edge (indent) and the width the line fills.
        let x: Double
        let width: Double
        let justified: Bool
    }

    enum Alignment {
        case justified, left, centre
    }

    let words: [Word]
    let lines: [Line]
    let alignment: Alignment
    /// Where the lines end among the paragraph's break items (`LineBreaker`): kept from the
    /// measuring pass for the drawing pass (`LineBreakTable`).
    let ends: [Int]

    init(words: [Word], lines: [Line], alignment: Alignment, ends: [Int] = []) {
        self.words = words
        self.lines = lines
        self.alignment = alignment
        self.ends = ends
    }

    /// A paragraph known only by its number of lines: what the measuring pass needs of one
    /// set before.
    convenience init(lineCount: Int, alignment: Alignment) {
        let line = Line(pieces: [], x: 0, width: 0, justified: false)
        self.init(
            words: [], lines: Array(repeating: line, count: lineCount), alignment: alignment)
    }
}
