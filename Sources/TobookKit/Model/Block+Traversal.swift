/// The one walk over the model that every pass reading or rewriting the text uses (typography,
/// searches, the size estimate, totals): a map over the runs of inline text and a fold over the
/// blocks. A new kind of block, or a new field that holds text, is taught to them here once,
/// instead of to a hand-written recursive switch in each pass (where one forgot a list item's
/// typed marker).
extension Block {
    /// The same block with every run of inline text, its quotation's blocks included, replaced
    /// by `transform`'s result. Every other field (list markers as typed, note labels, verse
    /// indents, printed page numbers, table alignments) stays as it was.
    public func mapInlines(_ transform: ([Inline]) -> [Inline]) -> Block {
        switch self {
        case .paragraph(let inlines): return .paragraph(transform(inlines))
        case .caption(let inlines): return .caption(transform(inlines))
        case .heading(let heading): return .heading(heading.mapInlines(transform))
        case .sceneBreak, .preformatted: return self
        case .verse(var lines):
            for index in lines.indices { lines[index].text = transform(lines[index].text) }
            return .verse(lines)
        case .blockQuote(let inner): return .blockQuote(inner.map { $0.mapInlines(transform) })
        case .list(var list):
            for index in list.items.indices {
                list.items[index].text = transform(list.items[index].text)
            }
            return .list(list)
        case .footnote(var note):
            note.text = transform(note.text)
            return .footnote(note)
        case .contentsPage(let page): return .contentsPage(page.mapInlines(transform))
        case .table(var table):
            for row in table.rows.indices {
                table.rows[row].cells = table.rows[row].cells.map(transform)
            }
            return .table(table)
        }
    }

    /// Folds `update` over this block and every block inside it (a quotation's), in reading
    /// order, the outer block before its content: what a total or a search needs, each pass
    /// looking at one block at a time without recursing itself.
    public func reduce<Result>(into initial: Result, _ update: (inout Result, Block) -> Void)
        -> Result
    {
        var result = initial
        visit { update(&result, $0) }
        return result
    }

    private func visit(_ body: (Block) -> Void) {
        body(self)
        if case .blockQuote(let inner) = self {
            for block in inner { block.visit(body) }
        }
    }

    /// The runs of inline text the block holds itself (not those of a quotation's blocks,
    /// which `reduce` visits in turn), in reading order.
    public var ownInlineRuns: [[Inline]] {
        switch self {
        case .paragraph(let inlines), .caption(let inlines): [inlines]
        case .heading(let heading): heading.inlineRuns
        case .sceneBreak, .preformatted, .blockQuote: []
        case .verse(let lines): lines.map(\.text)
        case .list(let list): list.items.map(\.text)
        case .footnote(let note): [note.text]
        case .contentsPage(let page): page.inlineRuns
        case .table(let table): table.rows.flatMap(\.cells)
        }
    }

    /// Whether any run of inline text in the block or inside it satisfies `predicate`.
    public func containsInlines(where predicate: ([Inline]) -> Bool) -> Bool {
        reduce(into: false) { found, block in
            found = found || block.ownInlineRuns.contains(where: predicate)
        }
    }
}

extension Heading {
    /// The same heading with its text and subtitle replaced by `transform`'s result.
    public func mapInlines(_ transform: ([Inline]) -> [Inline]) -> Heading {
        var heading = self
        heading.text = transform(text)
        heading.subtitle = subtitle.map(transform)
        return heading
    }

    /// Its text, then its subtitle when it has one.
    var inlineRuns: [[Inline]] {
        [text] + (subtitle.map { [$0] } ?? [])
    }
}

extension ContentsPage {
    /// The same page with its label, entries and lines of text replaced by `transform`'s
    /// result; the page numbers the source printed stay as typed.
    public func mapInlines(_ transform: ([Inline]) -> [Inline]) -> ContentsPage {
        var page = self
        page.label = label.map(transform)
        page.items = items.map { item in
            switch item {
            case .entry(var entry):
                entry.text = transform(entry.text)
                return .entry(entry)
            case .text(let text):
                return .text(transform(text))
            }
        }
        return page
    }

    /// Its label, then each entry and line of text in order.
    var inlineRuns: [[Inline]] {
        let runs = items.map { item in
            switch item {
            case .entry(let entry): entry.text
            case .text(let text): text
            }
        }
        return (label.map { [$0] } ?? []) + runs
    }
}
