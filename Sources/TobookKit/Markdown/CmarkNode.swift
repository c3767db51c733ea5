import CCmarkGFM

/// One node of a `CmarkDocument`'s tree, read through cmark-gfm's accessors
/// (`cmark_node_get_type_string`, `cmark_node_get_literal`, …). Holds its document, so the
/// tree outlives every node taken from it.
struct CmarkNode {
    let pointer: OpaquePointer
    let document: CmarkDocument

    /// What the node is, by cmark's own name for it (`cmark_node_get_type_string`): the
    /// extensions' node types ("table", "strikethrough") have no fixed enum value to compare.
    enum Kind: Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading
        case thematicBreak, text, softBreak, lineBreak, code, htmlInline, emphasis, strong
        case link, image, table, tableRow, tableCell, strikethrough
        /// A node type tobook does not know (a custom block, a footnote): its text is kept.
        case other(String)

        init(_ name: String) {
            switch name {
            case "document": self = .document
            case "block_quote": self = .blockQuote
            case "list": self = .list
            case "item": self = .item
            case "code_block": self = .codeBlock
            case "html_block": self = .htmlBlock
            case "paragraph": self = .paragraph
            case "heading": self = .heading
            case "thematic_break": self = .thematicBreak
            case "text": self = .text
            case "softbreak": self = .softBreak
            case "linebreak": self = .lineBreak
            case "code": self = .code
            case "html_inline": self = .htmlInline
            case "emph": self = .emphasis
            case "strong": self = .strong
            case "link": self = .link
            case "image": self = .image
            case "table": self = .table
            case "table_header", "table_row": self = .tableRow
            case "table_cell": self = .tableCell
            case "strikethrough": self = .strikethrough
            default: self = .other(name)
            }
        }
    }

    var kind: Kind {
        Kind(cmark_node_get_type_string(pointer).map { String(cString: $0) } ?? "")
    }

    /// The children in order (`cmark_node_first_child`, `cmark_node_next`).
    var children: [CmarkNode] {
        var result: [CmarkNode] = []
        var child = cmark_node_first_child(pointer)
        while let current = child {
            result.append(CmarkNode(pointer: current, document: document))
            child = cmark_node_next(current)
        }
        return result
    }

    /// The text of a text, code, code block or HTML node (`cmark_node_get_literal`).
    var literal: String {
        Self.xmlSafe(cmark_node_get_literal(pointer))
    }

    /// A link's or image's destination (`cmark_node_get_url`).
    var url: String {
        Self.xmlSafe(cmark_node_get_url(pointer))
    }

    /// A C string from cmark as text XML may hold: a character reference such as `&#x1F;`
    /// decodes to a control character that no XML document allows, so it becomes U+FFFD, as
    /// cmark itself makes `&#0;`.
    private static func xmlSafe(_ characters: UnsafePointer<CChar>?) -> String {
        guard let characters else { return "" }
        let text = String(cString: characters)
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// 1 to 6 for a heading (`cmark_node_get_heading_level`).
    var headingLevel: Int {
        Int(cmark_node_get_heading_level(pointer))
    }

    /// The line of the source the node starts on, from 1 (`cmark_node_get_start_line`).
    var startLine: Int {
        Int(cmark_node_get_start_line(pointer))
    }

    /// Whether a list is numbered (`cmark_node_get_list_type`).
    var isOrderedList: Bool {
        cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST
    }

    /// A numbered list's first number (`cmark_node_get_list_start`).
    var listStart: Int {
        Int(cmark_node_get_list_start(pointer))
    }

    /// The character after a list number: `)` or `.` (`cmark_node_get_list_delim`).
    var listDelimiter: String {
        cmark_node_get_list_delim(pointer) == CMARK_PAREN_DELIM ? ")" : "."
    }

    /// Whether a table row is the header row (`cmark_gfm_extensions_get_table_row_is_header`).
    var isHeaderRow: Bool {
        cmark_gfm_extensions_get_table_row_is_header(pointer) != 0
    }

    /// A table's column alignments (`cmark_gfm_extensions_get_table_alignments`): cmark
    /// stores `l`, `c`, `r` or 0 per column.
    var tableAlignments: [Table.Alignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(pointer))
        guard let alignments = cmark_gfm_extensions_get_table_alignments(pointer) else {
            return []
        }
        return (0..<count).map { column in
            switch alignments[column] {
            case UInt8(ascii: "l"): .left
            case UInt8(ascii: "c"): .centre
            case UInt8(ascii: "r"): .right
            default: .none
            }
        }
    }
}
