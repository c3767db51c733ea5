extension Book {
    /// Under this much text (bytes, front matter and body) a book is read as one flowing text,
    /// like an article: its chapters share one EPUB file and the PDF starts no new pages for them.
    static let shortTextLimit = 64_000

    /// Whether the book is short enough to flow on without chapter breaks (a collection never
    /// is: its texts are separate pieces).
    var isShortText: Bool { !isCollection && Self.isShortText(chapters) }

    /// The same for chapters not yet made a book: headings' words and blocks' estimated size
    /// (`Block.estimatedSize`), the back matter left out.
    static func isShortText(_ chapters: [Chapter]) -> Bool {
        var size = 0
        for chapter in chapters where chapter.role != .backMatter {
            size += chapter.heading.map { $0.label.utf8.count } ?? 0
            for block in chapter.blocks {
                size += block.estimatedSize
                if size > shortTextLimit { return false }
            }
        }
        return true
    }
}
