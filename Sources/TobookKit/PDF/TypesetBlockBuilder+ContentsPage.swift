/// A typed contents page in the PDF: the list as typed, each entry that names a heading linked
/// to it and followed, flush right, by the page it starts on, as on the generated contents page.
extension TypesetBlockBuilder {
    /// The label, the entries and the lines of text of one typed contents page, from a new page;
    /// the book's own contents page is where the "contents" destination and page range point.
    func contentsPageBlocks(_ page: ContentsPage, links: [String?], isBooksContents: Bool)
        -> [LaidBlock]
    {
        var blocks: [LaidBlock] = []
        if let label = page.label {
            let block = newBlock()
            block.spaceAfter = leading
            block.keepWithNext = true
            block.add(
                layout(
                    TypesetText(label, hyphenator: nil), font: fonts.heading,
                    width: geometry.textWidth, alignment: .centre), x: 0, leading: leading * 1.6)
            blocks.append(block)
        }
        var entryIndex = 0
        for item in page.items {
            switch item {
            case .entry(let entry):
                let link = entryIndex < links.count ? links[entryIndex] : nil
                entryIndex += 1
                blocks.append(entryBlock(entry, link: link))
            case .text(let text):
                let block = newBlock()
                block.spaceBefore = leading * 0.3
                block.add(
                    layout(
                        TypesetText(text, hyphenator: nil), font: fonts.body,
                        width: geometry.textWidth, alignment: .left), x: 0, leading: leading)
                blocks.append(block)
            }
        }
        blocks.first?.pageBreak = .newPage(sunk: 0.06)
        if isBooksContents { blocks.first?.destination = "contents" }
        return blocks
    }

    /// One entry: its text as typed (a printed page number in grey), wrapped lines hanging
    /// under its start; linked, with its page number at the right margin, when it names a
    /// heading.
    private func entryBlock(_ entry: ContentsPage.Entry, link: String?) -> LaidBlock {
        let block = newBlock()
        block.link = link
        block.spaceBefore = leading * 0.2
        var text = TypesetText(entry.text, hyphenator: nil)
        if let number = entry.pageNumber {
            text.append(" ", hyphenator: nil, style: nil)
            text.append(number, hyphenator: nil, style: .subdued)
        }
        let indent = Double(entry.indent) * fonts.size * 1.2
        let hang = fonts.size * 1.5
        let numberWidth = fonts.size * 2.2
        // At a very large type size the page numbers' column takes what it needs, not more.
        let width = max(
            geometry.textWidth * 0.4,
            geometry.textWidth - indent - hang - numberWidth - fonts.size * 0.5)
        block.add(
            PangoTextLayout(
                context: context, text: text.text, font: fonts.body, width: width,
                alignment: .left, indent: -hang, attributes: text.attributes),
            x: indent + hang, leading: leading)
        guard let link else { return block }
        let number = headingPages[link].map(String.init) ?? "000"
        if !measuring { typedContentsNumbers.append(number) }
        addPageNumber(number, to: block)
        return block
    }

    /// For each typed contents page in reading order, each entry's destination: a listed
    /// heading's own (`h3`), or one made for a minor heading (`m7`), returned apart so that
    /// the heading can carry it.
    static func contentsDestinations(_ chapters: [Chapter]) -> (
        links: [[String?]], minor: [Int: String]
    ) {
        var destinations: [String?] = []
        var listed = 0
        var pages: [(firstHeading: Int, targets: [Int?])] = []
        func add(_ heading: Heading) {
            guard heading.listed else { return destinations.append(nil) }
            destinations.append(destination(of: .heading(listed)))
            listed += 1
        }
        for chapter in chapters {
            if let heading = chapter.heading { add(heading) }
            for block in chapter.blocks {
                switch block {
                case .heading(let heading): add(heading)
                case .contentsPage(let page):
                    pages.append((destinations.count, page.entries.map(\.target)))
                default: break
                }
            }
        }
        var minor: [Int: String] = [:]
        let links = pages.map { page in
            page.targets.map { target -> String? in
                guard let target, page.firstHeading + target < destinations.count else {
                    return nil
                }
                let position = page.firstHeading + target
                if let destination = destinations[position] { return destination }
                minor[position] = "m\(position + 1)"
                return minor[position]
            }
        }
        return (links, minor)
    }
}
