/// One XHTML file of the book's text as planned before rendering: a chapter or a piece of one.
struct ContentDocument: Equatable, Sendable {
    /// Manifest id, also the file's base name (`c0001`).
    var id: String
    /// Path relative to the package document (`text/c0001.xhtml`).
    var href: String
    /// The document's `<title>`: its first heading, or the book title.
    var title: String
    var items: [Item]

    enum Item: Equatable, Sendable {
        /// A heading with the fragment id the tables of contents link to.
        case heading(Heading, anchor: String)
        /// Any other block (never `.heading`, which becomes the case above).
        case block(Block)
    }
}
