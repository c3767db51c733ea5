/// A Markdown paragraph's inline nodes as the book's inlines. Nothing is dropped: text the
/// model has no style for (struck-out text, raw HTML, an image's description) stays as text.
enum MarkdownInlines {
    static func inlines(of node: CmarkNode) -> [Inline] {
        node.children.flatMap(inlines(for:)).coalesced
    }

    /// A paragraph's inlines cut at its hard line breaks (two spaces or a backslash at a
    /// line's end): one run of inlines per line, for verse and addresses.
    static func lines(of node: CmarkNode) -> [[Inline]] {
        var lines: [[Inline]] = [[]]
        for child in node.children {
            if child.kind == .lineBreak {
                lines.append([])
            } else {
                lines[lines.count - 1] += inlines(for: child)
            }
        }
        return lines.map(\.coalesced)
    }

    private static func inlines(for node: CmarkNode) -> [Inline] {
        switch node.kind {
        case .text: return node.literal.isEmpty ? [] : [.text(node.literal)]
        // A soft line break is a space to a reflowing reader (`lines(of:)` keeps hard ones).
        case .softBreak, .lineBreak: return [.text(" ")]
        case .code: return [.code(node.literal)]
        // Raw HTML stays as the characters typed, as code: the writers escape it, and the
        // typographer leaves its quotes straight.
        case .htmlInline: return [.code(node.literal)]
        case .emphasis: return [.emphasis(inlines(of: node))]
        case .strong: return [.strong(inlines(of: node))]
        case .link:
            let text = inlines(of: node)
            let url = node.url
            // A link to another file of the text's folder or to an anchor cannot be followed
            // from the book: its text stays, unlinked.
            guard LinkAddress.isFollowable(url) else { return text.isEmpty ? [.text(url)] : text }
            return [.link(url: url, text: text.isEmpty ? [.text(url)] : text)]
        // The book carries no images: the description is what the reader gets.
        case .image: return inlines(of: node)
        case .strikethrough: return inlines(of: node)
        default:
            let literal = node.literal
            return literal.isEmpty ? inlines(of: node) : [.text(literal)]
        }
    }
}
