/// A table as XHTML: the header rows in `<thead>` with `<th>` cells, the others in `<tbody>`.
extension XHTMLChapterWriter {
    func write(_ table: Table, to writer: inout XMLWriter, context: inout RenderContext) {
        writer.raw("<table>\n")
        let header = table.rows.prefix { $0.isHeader }
        let body = table.rows.dropFirst(header.count)
        if !header.isEmpty {
            writer.raw("<thead>\n")
            for row in header { write(row, of: table, to: &writer, context: &context) }
            writer.raw("</thead>\n")
        }
        if !body.isEmpty {
            writer.raw("<tbody>\n")
            for row in body { write(row, of: table, to: &writer, context: &context) }
            writer.raw("</tbody>\n")
        }
        writer.raw("</table>\n")
    }

    private func write(
        _ row: TableRow, of table: Table, to writer: inout XMLWriter,
        context: inout RenderContext
    ) {
        let tag = row.isHeader ? "th" : "td"
        writer.raw("<tr>")
        for (column, cell) in row.cells.enumerated() {
            // A class, not `style` or `align`: XHTML 1.1 for --epub2 has neither on cells.
            switch table.alignment(ofColumn: column) {
            case .none: writer.openTag(tag, [])
            case .left: writer.openTag(tag, [("class", "left")])
            case .centre: writer.openTag(tag, [("class", "centre")])
            case .right: writer.openTag(tag, [("class", "right")])
            }
            write(cell, to: &writer, context: &context)
            writer.close(tag)
        }
        writer.raw("</tr>\n")
    }
}
