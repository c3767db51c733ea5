/// How many lines paragraphs set into, keyed by all that decides it (the runs, the font, the
/// width, the indent, the alignment): the measuring pass needs no more of a paragraph. A
/// `ChapterMeasurer` records one for the chapters it measures ahead; the composing thread reads
/// it for those chapters instead of setting them again.
final class LineCountTable {
    struct Key: Hashable {
        let runs: [StyledRun]
        let font: String
        let width: Double
        let indent: Double
        let alignment: SetParagraph.Alignment
    }

    private(set) var counts: [Key: Int]
    let records: Bool

    /// A table that records the counts `paragraph` measures.
    init() {
        counts = [:]
        records = true
    }

    /// A table that answers from counts measured elsewhere.
    init(counts: [Key: Int]) {
        self.counts = counts
        records = false
    }

    /// The paragraph's lines, without their pieces: from the table when it has them, else as
    /// `measure` sets them (and recorded, when the table records).
    func paragraph(
        _ runs: [StyledRun], font: FontDescription, width: Double, indent: Double,
        alignment: SetParagraph.Alignment, measure: () -> SetParagraph
    ) -> SetParagraph {
        let key = Key(
            runs: runs, font: font.key, width: width, indent: indent, alignment: alignment)
        if !records, let count = counts[key] {
            let line = SetParagraph.Line(pieces: [], x: 0, width: 0, justified: false)
            return SetParagraph(
                words: [], lines: Array(repeating: line, count: count), alignment: alignment)
        }
        let paragraph = measure()
        if records { counts[key] = paragraph.lines.count }
        return paragraph
    }
}
