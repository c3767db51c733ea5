/// Markdown block nodes as the book's blocks: paragraphs, block quotes, lists, code, tables
/// and rules. Headings here are the ones inside a quote or a list item, which open no chapter
/// (`MarkdownReader` turns the top-level ones into divisions).
enum MarkdownBlocks {
    static func blocks(for node: CmarkNode) -> [Block] {
        switch node.kind {
        case .paragraph:
            // Hard line breaks mark lines that must stay lines: verse, an address.
            let lines = MarkdownInlines.lines(of: node)
            if lines.count > 1 { return [.verse(lines.map { VerseLine(text: $0) })] }
            let inlines = lines[0]
            return inlines.isEmpty ? [] : [.paragraph(inlines)]
        case .heading:
            return [
                .heading(
                    Heading(
                        level: min(6, node.headingLevel + 1),
                        text: MarkdownInlines.inlines(of: node), listed: false))
            ]
        case .blockQuote:
            return [.blockQuote(node.children.flatMap(blocks(for:)))]
        case .list:
            return list(node)
        case .codeBlock, .htmlBlock:
            let text = String(node.literal.trimmingSuffix { $0 == "\n" })
            return text.isEmpty ? [] : [.preformatted(text)]
        case .thematicBreak:
            return [.sceneBreak]
        case .table:
            return [.table(table(node))]
        default:
            let literal = node.literal
            if !literal.isEmpty { return [.paragraph([.text(literal)])] }
            return node.children.flatMap(blocks(for:))
        }
    }

    /// A list as one `ListBlock` per run of simple items. An item's first paragraph is its
    /// text; whatever else it holds (a nested list, a second paragraph, code) follows it as
    /// blocks of their own, and the list goes on after them, its numbers as typed. So a nested
    /// list is a list of its own between the parts of its parent, nothing lost or reordered.
    private static func list(_ node: CmarkNode) -> [Block] {
        let ordered = node.isOrderedList
        var number = node.listStart
        var result: [Block] = []
        var items: [ListItem] = []
        func closeList() {
            if !items.isEmpty { result.append(.list(ListBlock(ordered: ordered, items: items))) }
            items = []
        }
        for item in node.children {
            let label = ordered ? "\(number)\(node.listDelimiter)" : nil
            number += 1
            var children = item.children[...]
            var text: [Inline] = []
            if let first = children.first, first.kind == .paragraph {
                text = MarkdownInlines.inlines(of: first)
                children = children.dropFirst()
            }
            items.append(ListItem(label: label, text: text, typedMarker: label ?? "-"))
            let rest = children.flatMap(blocks(for:))
            if !rest.isEmpty {
                closeList()
                result += rest
            }
        }
        closeList()
        return result
    }

    private static func table(_ node: CmarkNode) -> Table {
        let rows = node.children.filter { $0.kind == .tableRow }.map { row in
            TableRow(
                cells: row.children.filter { $0.kind == .tableCell }.map(
                    MarkdownInlines.inlines(of:)),
                isHeader: row.isHeaderRow)
        }
        return Table(rows: rows, alignments: node.tableAlignments)
    }
}

extension String {
    /// The string without the trailing characters that match.
    fileprivate func trimmingSuffix(while matches: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, matches(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
