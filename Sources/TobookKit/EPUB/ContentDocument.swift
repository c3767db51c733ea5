/// One XHTML file of the book's text as planned before rendering: one or more chapters, or a
/// piece of a long one.
struct ContentDocument: Equatable, Sendable {
    /// Manifest id, also the file's base name (`c0001`).
    var id: String
    /// Path relative to the package document (`text/c0001.xhtml`).
    var href: String
    /// The document's `<title>`: its first heading, or the book title.
    var title: String
    var role: Chapter.Role
    var items: [Item]
    /// Set when the text is in another language than the book (a collection's).
    var language: String?
    /// The text's own title page (`Book.hasOwnTitlePage`), in place of the generated one.
    var isTitlePage = false
    /// On the text's own title page, its title line, set as the title.
    var titleBlock: Block?

    enum Item: Equatable, Sendable {
        /// A heading with the fragment id the tables of contents link to.
        case heading(Heading, anchor: String)
        /// Where a chapter without a heading starts, with its table of contents label and level.
        case labelledStart(String, level: Int, anchor: String)
        /// A footnote with its unique id.
        case footnote(Footnote, anchor: String)
        /// Any other block (never `.heading` or `.footnote`, which become the cases above).
        case block(Block)
        /// The boundary between two chapters that share a file.
        case chapterBreak
        /// A typed contents list, alone in its document, with each entry's link (relative to
        /// the `text/` folder: `c0004.xhtml#h7`), nil for an entry that names no heading.
        case contentsPage(ContentsPage, links: [String?])
    }

    /// Whether the document is a typed contents page (the planner sets each apart).
    var isContentsPage: Bool {
        if case .contentsPage? = items.first { true } else { false }
    }
}
