/// Decides which XHTML files the book's text goes into and gives every heading and note its
/// anchor.
///
/// - A short book (`Book.isShortText`) stays in one file, so an article's sections
///   flow on without page breaks; front and back matter still get files of their own.
/// - Otherwise every chapter (every listed heading) starts a file.
/// - A file that would pass `maximumBytes` is split between blocks, before a minor heading
///   where one is near: Adobe's reading engine (Kobo, PocketBook, older Nooks) fails on files
///   above about 260 KB, calibre's `flow_size` for the same reason.
/// - A typed contents page is a file of its own, so that it is a page of its own, as printed,
///   and the `toc` landmark can name it.
struct ContentDocumentPlanner {
    var maximumBytes = 250_000
    var bookTitle: String

    /// `flowing` says whether the chapters share files; nil asks `Book.isShortText`.
    func plan(_ chapters: [Chapter], flowing: Bool? = nil) -> [ContentDocument] {
        var anchors = 0
        func anchor(_ prefix: String) -> String {
            anchors += 1
            return "\(prefix)\(anchors)"
        }
        let shortText = flowing ?? Book.isShortText(chapters)
        var groups: [(role: Chapter.Role, language: String?, items: [ContentDocument.Item])] = []
        for chapter in chapters {
            var items: [ContentDocument.Item] = []
            if let heading = chapter.heading {
                items.append(.heading(heading, anchor: anchor("h")))
            } else if let label = chapter.label {
                items.append(.labelledStart(label, level: chapter.labelLevel, anchor: anchor("s")))
            }
            for block in chapter.blocks {
                switch block {
                case .heading(let heading): items.append(.heading(heading, anchor: anchor("h")))
                case .footnote(let note): items.append(.footnote(note, anchor: anchor("fn")))
                case .contentsPage(let page): items.append(.contentsPage(page, links: []))
                default: items.append(.block(block))
                }
            }
            let sharesFile =
                shortText && chapter.role == .body
                && groups.last?.role == .body && groups.last?.language == chapter.language
            if sharesFile {
                groups[groups.count - 1].items += [.chapterBreak] + items
            } else {
                groups.append((chapter.role, chapter.language, items))
            }
        }
        var documents: [ContentDocument] = []
        for group in groups {
            for piece in Self.settingApartContentsPages(group.items).flatMap(split) {
                let number = documents.count + 1
                let digits = String(number)
                let name = "c" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
                documents.append(
                    ContentDocument(
                        id: name, href: "text/\(name).xhtml", title: title(of: piece),
                        role: group.role,
                        items: piece, language: group.language))
            }
        }
        Self.linkContentsPages(&documents)
        return documents
    }

    private func split(_ items: [ContentDocument.Item]) -> [[ContentDocument.Item]] {
        let sizes = items.map(Self.estimatedSize)
        guard sizes.reduce(0, +) > maximumBytes else { return [items] }
        var pieces: [[ContentDocument.Item]] = []
        var current: [ContentDocument.Item] = []
        var currentSize = 0
        for (item, size) in zip(items, sizes) {
            let opensSection = if case .heading = item { true } else { false }
            let nearlyFull = currentSize * 4 >= maximumBytes * 3
            if !current.isEmpty
                && (currentSize + size > maximumBytes || (opensSection && nearlyFull))
            {
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
        switch items.first {
        case .heading(let heading, _)? where !heading.label.isEmpty: return heading.label
        case .labelledStart(let label, _, _)?: return label
        case .contentsPage(let page, _)?: return page.label?.plainText ?? "Contents"
        default: return bookTitle
        }
    }

    /// An item's share of a document's size: its block's estimate (`Block.estimatedSize`), or,
    /// for a mark that holds no text, a block's worth of markup.
    static func estimatedSize(_ item: ContentDocument.Item) -> Int {
        switch item {
        case .heading(let heading, _): Block.heading(heading).estimatedSize
        case .labelledStart, .chapterBreak: Block.markupOverhead * 2
        case .footnote(let note, _): Block.footnote(note).estimatedSize
        case .block(let block): block.estimatedSize
        case .contentsPage(let page, _): Block.contentsPage(page).estimatedSize
        }
    }
}
