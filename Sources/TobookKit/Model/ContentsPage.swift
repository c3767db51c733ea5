/// A table of contents typed into the text, kept where it stood as the book's own contents
/// page: every line as typed (nothing of the input is dropped), each entry linked to the
/// heading it names when one was found.
public struct ContentsPage: Equatable, Sendable {
    /// The label line as typed ("CONTENTS"), when the list has one.
    public var label: [Inline]?
    public var items: [Item]

    public enum Item: Equatable, Sendable {
        case entry(Entry)
        /// A line of the list that names nothing ("PAGE" over the numbers, a note): a paragraph.
        case text([Inline])
    }

    public init(label: [Inline]? = nil, items: [Item]) {
        self.label = label
        self.items = items
    }

    /// The entries in order, without the lines of text between them.
    public var entries: [Entry] {
        items.compactMap { item in
            if case .entry(let entry) = item { entry } else { nil }
        }
    }

    /// The page's words in reading order, for size estimates and word counts.
    public var plainText: String {
        var parts = label.map { [$0.plainText] } ?? []
        for item in items {
            switch item {
            case .entry(let entry):
                parts.append(entry.text.plainText)
                if let number = entry.pageNumber { parts.append(number) }
            case .text(let text): parts.append(text.plainText)
            }
        }
        return parts.joined(separator: " ")
    }

    /// One entry of a typed contents list.
    public struct Entry: Equatable, Sendable {
        /// The entry as typed, without its page number.
        public var text: [Inline]
        /// The page number the source printed ("45" of "Chapter 3 ....... 45"): kept, every word of
        /// the input reaches the book, but set apart, since it numbers another edition's pages.
        public var pageNumber: String?
        /// Steps in from the list's left margin (a chapter under its part).
        public var indent: Int
        /// The heading the entry names, counted from the contents page: 0 is the first heading after
        /// it, counting every heading (chapter openings and headings inside chapters, listed or not)
        /// in reading order. Relative, so that headings added before the page (a collection's
        /// division title, a title line moved into the text) leave it right. Nil: the entry names
        /// no heading that was found, and stays unlinked text.
        public var target: Int?

        public init(text: [Inline], pageNumber: String? = nil, indent: Int = 0, target: Int? = nil)
        {
            self.text = text
            self.pageNumber = pageNumber
            self.indent = indent
            self.target = target
        }
    }
}
