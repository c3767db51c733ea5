/// A heading: its depth in the book's outline (1 is the outermost division under the book
/// title), its text, and an optional subtitle (a title line under "CHAPTER I").
public struct Heading: Equatable, Sendable {
    public var level: Int
    public var text: [Inline]
    public var subtitle: [Inline]?
    /// False for minor headings (bare section numbers inside a chapter), which the text shows
    /// but the table of contents leaves out.
    public var listed: Bool

    public init(level: Int, text: [Inline], subtitle: [Inline]? = nil, listed: Bool = true) {
        self.level = level
        self.text = text
        self.subtitle = subtitle
        self.listed = listed
    }

    /// The text without markup, for tables of contents and `<title>`.
    public var plainText: String {
        text.plainText
    }

    /// Text and subtitle, as a table of contents shows them.
    public var label: String {
        guard let subtitle, !subtitle.plainText.isEmpty else { return plainText }
        return plainText + " " + subtitle.plainText
    }
}
