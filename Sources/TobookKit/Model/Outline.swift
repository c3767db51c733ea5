/// The book's table of contents, built once from the model and rendered by every writer: the
/// EPUB's navigation document and NCX, the PDF's contents page and bookmarks. One outline (as
/// pandoc's `Chunks.hs` and epub-builder's `toc.rs` keep one tree) so that the formats cannot
/// come to list different things.
///
/// - The title page first: it always exists, so the outline is never empty (NCX and nav
///   require an entry), and it sits beside the outermost headings, not above them.
/// - Then every listed heading, and every division that opens without a heading but has a
///   label (back matter), in reading order. Minor headings stay out.
/// - Levels count from the outermost entry, 1, so a book whose headings start lower (a
///   Markdown text's `##`) indents nothing in vain.
/// - A heading without words is listed as "Section": a menu has no empty line to tap.
public struct Outline: Equatable, Sendable {
    /// The entries in reading order, the title page first.
    public var entries: [Entry]

    public struct Entry: Equatable, Sendable {
        /// 1 for the outermost entries; an entry nests under the nearest earlier entry of a
        /// lower level.
        public var level: Int
        public var label: String
        public var target: Target
    }

    /// What an entry points at, for each writer to name in its own terms (an EPUB file and
    /// anchor, a PDF destination).
    public enum Target: Hashable, Sendable {
        /// The title page: the text's own or the generated one.
        case titlePage
        /// The listed heading at this position (from 0) among the book's listed headings in
        /// reading order: chapter openings, then the headings among each chapter's blocks.
        case heading(Int)
        /// The division at this position (from 0) among those that open without a heading
        /// but with a label.
        case division(Int)
    }

    /// An entry with the entries nested under it.
    public struct Node: Equatable, Sendable {
        public var entry: Entry
        public var children: [Node]
    }

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The entries as a tree: each entry nests under the nearest earlier entry of a lower level.
    public var tree: [Node] {
        func build(_ items: ArraySlice<Entry>) -> [Node] {
            var result: [Node] = []
            var index = items.startIndex
            while index < items.endIndex {
                var end = index + 1
                while end < items.endIndex, items[end].level > items[index].level { end += 1 }
                result.append(Node(entry: items[index], children: build(items[(index + 1)..<end])))
                index = end
            }
            return result
        }
        return build(entries[...])
    }

    /// How deep the tree goes (1 for a flat list), for the NCX's `dtb:depth`.
    public var depth: Int {
        func depth(of nodes: [Node]) -> Int {
            nodes.map { 1 + depth(of: $0.children) }.max() ?? 0
        }
        return max(1, depth(of: tree))
    }
}

extension Book {
    /// The book's outline (`Outline`), which every writer renders.
    public var outline: Outline {
        var found: [Outline.Entry] = []
        var headings = 0
        var divisions = 0
        func add(_ heading: Heading) {
            guard heading.listed else { return }
            let label = heading.label.isEmpty ? "Section" : heading.label
            found.append(.init(level: heading.level, label: label, target: .heading(headings)))
            headings += 1
        }
        for chapter in chapters {
            if let heading = chapter.heading {
                add(heading)
            } else if let label = chapter.label {
                found.append(
                    .init(level: chapter.labelLevel, label: label, target: .division(divisions)))
                divisions += 1
            }
            for case .heading(let heading) in chapter.blocks { add(heading) }
        }
        let top = found.map(\.level).min() ?? 1
        for index in found.indices { found[index].level -= top - 1 }
        let titlePage = Outline.Entry(level: 1, label: metadata.title, target: .titlePage)
        return Outline(entries: [titlePage] + found)
    }
}
