/// Decides which XHTML files the book's text goes into and gives every heading its anchor.
///
/// - A chapter is one file while its markup stays under `maximumBytes`.
/// - A longer chapter is split before each of its section headings, and a piece still too long
///   is split between blocks: Adobe's reading engine (Kobo, PocketBook, older Nooks) fails on
///   files above about 260 KB, which is calibre's `flow_size` for the same reason.
struct ContentDocumentPlanner {
    var maximumBytes = 250_000
    var bookTitle: String

    /// Estimated markup bytes per block beyond its text: tags, attributes and a line break.
    private static let blockOverhead = 16

    func plan(_ chapters: [Chapter]) -> [ContentDocument] {
        var documents: [ContentDocument] = []
        var headingCount = 0
        func anchored(_ heading: Heading) -> ContentDocument.Item {
            headingCount += 1
            return .heading(heading, anchor: "h\(headingCount)")
        }
        for chapter in chapters {
            var items: [ContentDocument.Item] = []
            if let heading = chapter.heading { items.append(anchored(heading)) }
            for block in chapter.blocks {
                if case .heading(let heading) = block {
                    items.append(anchored(heading))
                } else {
                    items.append(.block(block))
                }
            }
            for piece in split(items) {
                let number = documents.count + 1
                let name =
                    "c" + String(repeating: "0", count: max(0, 4 - String(number).count))
                    + String(number)
                documents.append(
                    ContentDocument(
                        id: name, href: "text/\(name).xhtml", title: title(of: piece), items: piece)
                )
            }
        }
        return documents
    }

    private func split(_ items: [ContentDocument.Item]) -> [[ContentDocument.Item]] {
        let sizes = items.map(Self.estimatedSize)
        guard sizes.reduce(0, +) > maximumBytes else { return [items] }
        var pieces: [[ContentDocument.Item]] = []
        var current: [ContentDocument.Item] = []
        var currentSize = 0
        for (item, size) in zip(items, sizes) {
            let startsSection = if case .heading = item { true } else { false }
            if !current.isEmpty && (startsSection || currentSize + size > maximumBytes) {
                pieces.append(current)
                current = []
                currentSize = 0
            }
            current.append(item)
            currentSize += size
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// The opening heading, or the book title for a document that starts with body text.
    private func title(of items: [ContentDocument.Item]) -> String {
        if case .heading(let heading, _)? = items.first, !heading.plainText.isEmpty {
            return heading.plainText
        }
        return bookTitle
    }

    private static func estimatedSize(_ item: ContentDocument.Item) -> Int {
        switch item {
        case .heading(let heading, _): return heading.plainText.utf8.count + blockOverhead * 2
        case .block(.paragraph(let inlines)): return inlines.plainText.utf8.count + blockOverhead
        case .block(.heading(let heading)): return heading.plainText.utf8.count + blockOverhead * 2
        case .block(.sceneBreak): return blockOverhead * 2
        }
    }
}
