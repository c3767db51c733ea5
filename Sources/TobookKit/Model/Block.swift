/// A block of body text. Unknown shapes always fall back to `.paragraph`, so nothing is dropped.
public enum Block: Equatable, Sendable {
    case paragraph([Inline])
    /// A heading inside a chapter: a section of an article, or a minor numbered part.
    case heading(Heading)
    /// A break between scenes, typed as `* * *` or similar.
    case sceneBreak
    /// Lines kept as lines: a stanza of verse, an address, a signature.
    case verse([VerseLine])
    /// Text whose spacing matters (a table, code, a figure drawn in characters).
    case preformatted(String)
    /// An indented passage: a quotation, a letter inside a novel.
    case blockQuote([Block])
    case list(ListBlock)
    /// A note that markers in the text link to.
    case footnote(Footnote)
    /// A picture's caption or credit copied with an article ("Photo: Jane Doe/Reuters"): set
    /// small, as a figure caption, apart from the paragraphs.
    case caption([Inline])
    /// A table of contents typed into the text, become the book's own contents page.
    case contentsPage(ContentsPage)
    /// A table of rows and cells (a Markdown pipe table).
    case table(Table)
}

/// One line of verse, with its indentation in steps relative to the stanza.
public struct VerseLine: Equatable, Sendable {
    public var indent: Int
    public var text: [Inline]

    public init(indent: Int = 0, text: [Inline]) {
        self.indent = indent
        self.text = text
    }
}

/// A bulleted or numbered list. Item labels ("1.", "a)") stay part of the text.
public struct ListBlock: Equatable, Sendable {
    public var ordered: Bool
    public var items: [ListItem]
    /// A play's list of persons: one entry to a line, with no bullets.
    public var isCast: Bool

    public init(ordered: Bool, items: [ListItem], isCast: Bool = false) {
        self.ordered = ordered
        self.items = items
        self.isCast = isCast
    }
}

public struct ListItem: Equatable, Sendable {
    /// The marker as typed for ordered lists ("1.", "(a)"); nil for bullets, which CSS draws.
    public var label: String?
    public var text: [Inline]
    /// The marker as typed, bullets included ("-", "•"), for an item that turns out to stand
    /// alone and goes back to being the paragraph it was typed as.
    public var typedMarker: String

    public init(label: String?, text: [Inline], typedMarker: String? = nil) {
        self.label = label
        self.text = text
        self.typedMarker = typedMarker ?? label ?? "-"
    }
}

/// A footnote's body with the label its markers use.
public struct Footnote: Equatable, Sendable {
    /// The label markers refer to ("1", "A", "*").
    public var label: String
    /// The note as written, its own label included.
    public var text: [Inline]

    public init(label: String, text: [Inline]) {
        self.label = label
        self.text = text
    }
}
