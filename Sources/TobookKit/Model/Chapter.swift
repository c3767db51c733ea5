/// One chapter: an optional heading and the blocks under it. Writers may split a long chapter
/// across several files, but it stays one unit of the book.
public struct Chapter: Equatable, Sendable {
    public var heading: Heading?
    public var blocks: [Block]

    public init(heading: Heading? = nil, blocks: [Block]) {
        self.heading = heading
        self.blocks = blocks
    }
}
