/// A whole book as plain values: what the parser produces and every writer consumes.
public struct Book: Equatable, Sendable {
    public var metadata: BookMetadata
    public var chapters: [Chapter]
    /// Made of several texts (`--combine`): each starts a new page, however short the book.
    public var isCollection = false

    public init(metadata: BookMetadata, chapters: [Chapter]) {
        self.metadata = metadata
        self.chapters = chapters
    }

    /// Whether the first division is the text's own title page, shown in place of the
    /// generated one (never in a collection, whose title page is its own).
    public var hasOwnTitlePage: Bool {
        !isCollection && chapters.first?.isTitlePage == true
    }
}
