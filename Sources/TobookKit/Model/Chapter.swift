/// One division of the book in reading order (a part, a chapter, front or back matter): an
/// optional heading and the blocks under it. Writers may split a long one across several files.
public struct Chapter: Equatable, Sendable {
    public enum Role: Equatable, Sendable {
        /// Matter before the text proper that a Gutenberg book carries (its own title page,
        /// credits).
        case frontMatter
        case body
        /// Matter after the text: the Project Gutenberg header and licence.
        case backMatter
    }

    public var heading: Heading?
    public var blocks: [Block]
    public var role: Role
    /// The table of contents label for a division without a heading (back matter).
    public var label: String?
    /// The label's level in the outline: 1, or 2 for a text's back matter in a collection.
    public var labelLevel = 1
    /// The language of a collection's text that differs from the book's (a BCP 47 tag).
    public var language: String?
    /// The text's own title page (a Gutenberg book's title block, which names the book's
    /// title): shown as the book's title page, in place of the one tobook would make from the
    /// same title, so the reader does not see the title twice.
    public var isTitlePage = false
    /// Which of its blocks is the title line, set as the title.
    public var titleBlock: Int?

    public init(heading: Heading? = nil, blocks: [Block], role: Role = .body, label: String? = nil)
    {
        self.heading = heading
        self.blocks = blocks
        self.role = role
        self.label = label
    }
}
