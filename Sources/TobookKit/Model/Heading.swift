/// A heading: its depth in the book's outline (1 is the outermost division under the book
/// title) and its text.
public struct Heading: Equatable, Sendable {
    public var level: Int
    public var text: [Inline]

    public init(level: Int, text: [Inline]) {
        self.level = level
        self.text = text
    }

    /// The text without markup, for tables of contents and `<title>`.
    public var plainText: String {
        text.plainText
    }
}
