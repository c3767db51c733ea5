/// A table in the PDF: one block per row, its cells in order apart by a thin rule character,
/// the header row bold. Plain, but every cell is there in reading order and a row never
/// overflows the page (columns side by side would need a layout of their own).
extension TypesetBlockBuilder {
    func tableBlocks(_ table: Table) -> [LaidBlock] {
        let blocks = table.rows.map { row in
            let laid = newBlock()
            var runs: [StyledRun] = []
            for (column, cell) in row.cells.enumerated() {
                if column > 0 {
                    runs.append(StyledRun(text: " \u{2502} ", style: nil, hyphenate: false))
                }
                runs += StyledRun.flatten(cell, style: row.isHeader ? .bold : nil)
            }
            let hang = fonts.size * 1.5
            set(
                runs, into: laid, font: fonts.body, x: hang, width: geometry.textWidth - hang,
                indent: -hang, alignment: .left, leading: leading)
            return laid
        }
        blocks.first?.spaceBefore = leading * 0.5
        blocks.first?.keepWithNext = table.rows.first?.isHeader == true && blocks.count > 1
        blocks.last?.spaceAfter = leading * 0.5
        return blocks
    }
}
