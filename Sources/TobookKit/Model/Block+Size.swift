/// The book's one measure of length: about how many bytes each block takes as XHTML, its text
/// and its markup. It decides whether a book is short enough to flow on (`Book.isShortText`),
/// and so whether the EPUB's chapters share a file and the PDF's start new pages, and where
/// the EPUB splits a long chapter; it lives in the model so that neither writer asks the other.
extension Block {
    /// Estimated markup bytes per block beyond its text: tags, attributes and a line break.
    static let markupOverhead = 16

    /// The block's text and markup, in bytes, a quotation's blocks included.
    public var estimatedSize: Int {
        reduce(into: 0) { size, block in size += block.ownEstimatedSize }
    }

    /// The block's own share, without the blocks of a quotation (the fold adds those).
    private var ownEstimatedSize: Int {
        let overhead = Self.markupOverhead
        switch self {
        case .paragraph(let inlines), .caption(let inlines):
            return inlines.plainText.utf8.count + overhead
        case .heading(let heading): return heading.label.utf8.count + overhead * 2
        case .sceneBreak, .blockQuote: return overhead * 2
        case .verse(let lines):
            return lines.reduce(overhead) { $0 + $1.text.plainText.utf8.count + 30 }
        case .preformatted(let text): return text.utf8.count + overhead
        case .list(let list):
            return list.items.reduce(overhead * 2) { $0 + $1.text.plainText.utf8.count + 40 }
        case .footnote(let note): return note.text.plainText.utf8.count + overhead * 4
        case .table(let table):
            let cells = table.rows.reduce(0) { $0 + $1.cells.count }
            return table.plainText.utf8.count + cells * 10 + table.rows.count * 10 + overhead
        case .contentsPage(let page):
            // An entry's link and subdued page number cost about as much as its list item.
            return page.plainText.utf8.count + page.items.count * overhead * 4
        }
    }
}
