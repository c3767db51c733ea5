/// Turns decoded plain text into a `Book`. This first parser reads the most common input, an
/// article or post saved as text: a title line, blank-line-separated paragraphs, one-line section
/// headings and scene breaks. Whatever matches no rule becomes a paragraph: nothing is dropped.
public struct PlainTextParser: Sendable {
    public init() {}

    /// The parsed text: the title and by-line found at the top (if any) and the body.
    public struct Result: Equatable, Sendable {
        public var title: String?
        public var byline: String?
        public var author: String?
        public var blocks: [Block]
    }

    public func parse(_ text: String) -> Result {
        var blocks = LineReader.blocks(in: text)
        let title = TitleLine.read(from: blocks)
        if let title { blocks.removeFirst(title.blockCount) }
        return Result(
            title: title?.title, byline: title?.byline, author: title?.author,
            blocks: classify(blocks))
    }

    private enum Shape {
        case sceneBreak
        case headingCandidate
        case text
    }

    /// A heading candidate becomes a heading only between paragraphs: a run of one or two
    /// candidates (a heading, or a part heading over a chapter heading) with body text after it.
    /// Longer runs of short lines are lists or addresses and stay paragraphs.
    private func classify(_ blocks: [TextBlock]) -> [Block] {
        let shapes: [Shape] = blocks.map { block in
            if SceneBreak.matches(block) { return .sceneBreak }
            if SectionHeading.isCandidate(block) { return .headingCandidate }
            return .text
        }
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        var index = 0
        while index < blocks.count {
            switch shapes[index] {
            case .sceneBreak:
                result.append(.sceneBreak)
                index += 1
            case .text:
                result.append(.paragraph([.text(Paragraph.text(of: blocks[index].lines))]))
                index += 1
            case .headingCandidate:
                var end = index
                while end < blocks.count, shapes[end] == .headingCandidate { end += 1 }
                let followedByText = end < blocks.count && shapes[end] == .text
                let isHeadingRun = followedByText && end - index <= 2
                for block in blocks[index..<end] {
                    let text: [Inline] = [.text(Paragraph.text(of: block.lines))]
                    result.append(
                        isHeadingRun ? .heading(Heading(level: 1, text: text)) : .paragraph(text))
                }
                index = end
            }
        }
        return result
    }
}
