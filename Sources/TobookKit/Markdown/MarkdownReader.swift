/// Reads a Markdown text into the same book model as `PlainTextParser`, with a real
/// CommonMark parser (cmark-gfm, through `CmarkDocument`):
///
/// - A level 1 heading that opens the text, and is the only one, is the book's title (the
///   title page shows it); with several level 1 headings, each is a division.
/// - Every other top-level heading opens a division at its level, shifted so that the
///   highest level used is 1 (a README's `##` sections are its chapters).
/// - Headings inside quotes and list items stay in their place as minor headings.
/// - Blocks: see `MarkdownBlocks`; inlines: see `MarkdownInlines`.
public struct MarkdownReader: Sendable {
    public var options: StructureOptions

    public init(options: StructureOptions = StructureOptions()) {
        self.options = options
    }

    public func read(_ text: String) -> PlainTextParser.Result {
        guard let document = CmarkDocument(text) else {
            // cmark could not even allocate: the text as one preformatted block, not lost.
            return PlainTextParser.Result(
                chapters: [Chapter(blocks: [.preformatted(text)])], outline: DocumentOutline())
        }
        var nodes = document.node.children[...]
        var outline = DocumentOutline()
        outline.isMarkdown = true
        var title: String?
        let topHeadings = nodes.filter { $0.kind == .heading }
        if let first = nodes.first, first.kind == .heading, first.headingLevel == 1,
            topHeadings.count(where: { $0.headingLevel == 1 }) == 1, nodes.count > 1
        {
            let text = MarkdownInlines.inlines(of: first).plainText
            if !text.isEmpty {
                title = text
                outline.entries.append(
                    .init(
                        line: first.startLine, level: 1, listed: true, text: text,
                        isHeading: true, score: 0, explanation: "Markdown level 1 heading",
                        source: .title))
                nodes = nodes.dropFirst()
            }
        }
        let highest = nodes.filter { $0.kind == .heading }.map(\.headingLevel).min() ?? 1
        var chapters: [Chapter] = []
        var current = Chapter(blocks: [])
        for node in nodes {
            guard node.kind == .heading, options.detectsHeadings else {
                current.blocks += MarkdownBlocks.blocks(for: node)
                continue
            }
            let level = node.headingLevel - highest + 1
            let heading = Heading(level: level, text: MarkdownInlines.inlines(of: node))
            if !current.blocks.isEmpty || current.heading != nil { chapters.append(current) }
            current = Chapter(heading: heading, blocks: [])
            outline.entries.append(
                .init(
                    line: node.startLine, level: level, listed: true, text: heading.label,
                    isHeading: true, score: 0,
                    explanation: "Markdown level \(node.headingLevel) heading",
                    source: .markdown))
        }
        if !current.blocks.isEmpty || current.heading != nil { chapters.append(current) }
        outline.totals = PlainTextParser.totals(of: chapters)
        var result = PlainTextParser.Result(chapters: chapters, outline: outline)
        result.title = title
        return result
    }
}
