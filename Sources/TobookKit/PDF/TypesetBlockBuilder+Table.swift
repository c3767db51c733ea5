/// A table in the PDF, one block per row, the header row bold:
///
/// - in columns (Pango tab stops) when every column fits at its natural width, as short
///   tables of names and numbers do;
/// - otherwise each row's cells in order, apart by a thin rule character, wrapped like a list
///   item: every cell is there in reading order and nothing runs off the page.
extension TypesetBlockBuilder {
    func tableBlocks(_ table: Table) -> [LaidBlock] {
        let inset = fonts.size * 1.5
        let blocks =
            columnStops(table, width: geometry.textWidth - inset).map {
                columnRows(table, stops: $0, inset: inset)
            } ?? runOnRows(table, inset: inset)
        blocks.first?.spaceBefore = leading * 0.5
        blocks.first?.keepWithNext = table.rows.first?.isHeader == true && blocks.count > 1
        blocks.last?.spaceAfter = leading * 0.5
        return blocks
    }

    /// The cells of a row as text for Pango, apart by tabs.
    private func text(of row: TableRow) -> TypesetText {
        var text = TypesetText()
        for (column, cell) in row.cells.enumerated() {
            if column > 0 { text.append("\t", hyphenator: nil, style: nil) }
            text.append(cell, hyphenator: nil, style: row.isHeader ? .bold : nil)
        }
        return text
    }

    /// Where each column after the first starts, when all fit in `width` at their natural
    /// widths with a gap of an em and a half; nil when they do not.
    private func columnStops(_ table: Table, width: Double) -> [Double]? {
        var widths: [Double] = []
        for row in table.rows {
            for (column, cell) in row.cells.enumerated() {
                var text = TypesetText()
                text.append(cell, hyphenator: nil, style: row.isHeader ? .bold : nil)
                let natural = layout(text, font: fonts.body, width: 0, alignment: .left)
                    .logicalWidth
                if column < widths.count {
                    widths[column] = max(widths[column], natural)
                } else {
                    widths.append(natural)
                }
            }
        }
        let gap = fonts.size * 1.5
        guard widths.count > 1, widths.reduce(0, +) + gap * Double(widths.count - 1) <= width
        else { return nil }
        var stops: [Double] = []
        var x = 0.0
        for columnWidth in widths.dropLast() {
            x += columnWidth + gap
            stops.append(x)
        }
        return stops
    }

    private func columnRows(_ table: Table, stops: [Double], inset: Double) -> [LaidBlock] {
        table.rows.map { row in
            let laid = newBlock()
            laid.add(
                layout(
                    text(of: row), font: fonts.body, width: geometry.textWidth - inset,
                    alignment: .left, tabStops: stops),
                x: inset, leading: leading)
            return laid
        }
    }

    private func runOnRows(_ table: Table, inset: Double) -> [LaidBlock] {
        table.rows.map { row in
            let laid = newBlock()
            var runs: [StyledRun] = []
            for (column, cell) in row.cells.enumerated() {
                if column > 0 {
                    runs.append(StyledRun(text: " \u{2502} ", style: nil, hyphenate: false))
                }
                runs += StyledRun.flatten(cell, style: row.isHeader ? .bold : nil)
            }
            set(
                runs, into: laid, font: fonts.body, x: inset, width: geometry.textWidth - inset,
                indent: -inset, alignment: .left, leading: leading)
            return laid
        }
    }
}
