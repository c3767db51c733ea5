/// A table as rows of cells, read from a Markdown pipe table. Cells hold inline text only:
/// that is all a pipe table can hold.
public struct Table: Equatable, Sendable {
    /// How a column's cells are aligned, as the delimiter row typed it (`:--`, `:-:`, `--:`).
    public enum Alignment: Equatable, Sendable {
        case none, left, centre, right
    }

    public var rows: [TableRow]
    /// One per column; shorter than a row when the table gave none.
    public var alignments: [Alignment]

    public init(rows: [TableRow], alignments: [Alignment] = []) {
        self.rows = rows
        self.alignments = alignments
    }

    /// Every cell's text, row by row, cells apart by a space: for word counts and searches.
    public var plainText: String {
        rows.map { $0.cells.map(\.plainText).joined(separator: " ") }.joined(separator: "\n")
    }

    /// The alignment of column `index`.
    public func alignment(ofColumn index: Int) -> Alignment {
        index < alignments.count ? alignments[index] : .none
    }
}

/// One row of a table: its cells in order, and whether it is the header row.
public struct TableRow: Equatable, Sendable {
    public var cells: [[Inline]]
    public var isHeader: Bool

    public init(cells: [[Inline]], isHeader: Bool = false) {
        self.cells = cells
        self.isHeader = isHeader
    }
}
