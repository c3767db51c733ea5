/// The book's outline as one tree of entries, rendered twice: as NCX navPoints and as the
/// EPUB 3 navigation document's nested lists.
public struct TableOfContents: Equatable, Sendable {
    public var entries: [Entry]

    public struct Entry: Equatable, Sendable {
        public var label: String
        /// A link relative to the package document, such as `text/c0002.xhtml#h3`.
        public var target: String
        public var children: [Entry]

        public init(label: String, target: String, children: [Entry] = []) {
            self.label = label
            self.target = target
            self.children = children
        }
    }

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// How deep the tree goes (1 for a flat list), for the NCX's `dtb:depth`.
    public var depth: Int {
        func depth(of entries: [Entry]) -> Int {
            entries.map { 1 + depth(of: $0.children) }.max() ?? 0
        }
        return max(1, depth(of: entries))
    }

    /// Builds a tree from a flat list of (level, entry) in reading order: each entry nests under
    /// the nearest earlier entry of a lower level.
    public init(levelled: [(level: Int, entry: Entry)]) {
        func build(_ items: ArraySlice<(level: Int, entry: Entry)>) -> [Entry] {
            var result: [Entry] = []
            var index = items.startIndex
            while index < items.endIndex {
                let (level, entry) = items[index]
                var end = index + 1
                while end < items.endIndex, items[end].level > level { end += 1 }
                var node = entry
                node.children = build(items[(index + 1)..<end])
                result.append(node)
                index = end
            }
            return result
        }
        entries = build(levelled[...])
    }
}
