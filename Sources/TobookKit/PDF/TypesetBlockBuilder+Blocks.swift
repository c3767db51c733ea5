/// The body's blocks as laid-out blocks: paragraphs, headings inside chapters, scene breaks,
/// verse, code, quotations, lists, notes, contents pages and tables.
extension TypesetBlockBuilder {
    /// One block of a division. `afterBreak` says whether a paragraph here opens a run (no
    /// indent) and is left set for the next block; `headings` counts the listed headings laid,
    /// which name their destinations.
    func blocks(
        for block: Block, role: Chapter.Role, afterBreak: inout Bool, headings: inout Int
    ) -> [LaidBlock] {
        switch block {
        case .paragraph(let inlines):
            let laid = paragraph(
                inlines, role: role, indented: !afterBreak,
                font: role == .backMatter ? fonts.small : fonts.body)
            laid.keepWithNext = Self.introducesNext(inlines.plainText)
            afterBreak = false
            return [laid]
        case .caption(let inlines):
            let laid = paragraph(inlines, role: role, indented: false, font: fonts.small)
            afterBreak = true
            return [laid]
        case .heading(let heading):
            var destination: String?
            if heading.listed {
                destination = Self.destination(of: .heading(headings))
                headings += 1
            }
            afterBreak = true
            return [
                headingBlock(
                    heading, destination: destination, newPage: false,
                    opensPart: depth > 1 && heading.level == 1 && heading.listed)
            ]
        case .sceneBreak:
            afterBreak = true
            return [sceneBreakBlock()]
        case .verse(let lines):
            afterBreak = false
            return [verseBlock(lines)]
        case .preformatted(let content):
            afterBreak = true
            return [preformattedBlock(content)]
        case .blockQuote(let inner):
            let result = quotationBlocks(inner, role: role, headings: &headings)
            afterBreak = true
            return result
        case .list(let list):
            afterBreak = true
            return list.items.map { listItemBlock($0, isCast: list.isCast) }
        case .contentsPage(let page):
            afterBreak = true
            let links =
                contentsPagesLaid < contentsLinks.count ? contentsLinks[contentsPagesLaid] : []
            // Only the book's own contents page stands for the contents; a combined book's
            // parts keep their typed lists as text pages, after the generated one.
            let isBooksContents = contentsPagesLaid == 0 && book.hasOwnContentsPage
            contentsPagesLaid += 1
            return contentsPageBlocks(page, links: links, isBooksContents: isBooksContents)
        case .table(let table):
            afterBreak = true
            return tableBlocks(table)
        case .footnote(let note):
            afterBreak = true
            return [footnoteBlock(note)]
        }
    }

    private func sceneBreakBlock() -> LaidBlock {
        let laid = newBlock()
        laid.spaceBefore = leading * 0.5
        laid.spaceAfter = leading * 0.5
        var text = TypesetText()
        text.append("*\u{2003}*\u{2003}*", hyphenator: nil, style: nil)
        laid.add(
            layout(text, font: fonts.body, width: geometry.textWidth, alignment: .centre), x: 0,
            leading: leading)
        return laid
    }

    private func verseBlock(_ lines: [VerseLine]) -> LaidBlock {
        let laid = newBlock()
        laid.spaceBefore = leading * 0.5
        laid.spaceAfter = leading * 0.5
        let em = fonts.size
        // A wrapped line hangs 3 em in, clear of the 1 em steps of indented lines (as
        // in the style sheets).
        for line in lines {
            let x = em * (3 + Double(line.indent))
            set(
                StyledRun.flatten(line.text), into: laid, font: fonts.body, x: x,
                width: geometry.textWidth - x,
                indent: -em * 3, alignment: .left, leading: leading)
        }
        return laid
    }

    private func preformattedBlock(_ content: String) -> LaidBlock {
        let laid = newBlock()
        laid.spaceBefore = leading * 0.5
        laid.spaceAfter = leading * 0.5
        var text = TypesetText()
        text.append(content, hyphenator: nil, style: nil)
        laid.add(
            layout(text, font: fonts.mono, width: geometry.textWidth, alignment: .left), x: 0,
            leading: fonts.size * 0.8 * 1.25)
        return laid
    }

    /// A quotation's blocks, its paragraphs inset on both sides.
    private func quotationBlocks(_ inner: [Block], role: Chapter.Role, headings: inout Int)
        -> [LaidBlock]
    {
        var result: [LaidBlock] = []
        var innerBreak = true
        for child in inner {
            if case .paragraph(let inlines) = child {
                let laid = paragraph(
                    inlines, role: role, indented: !innerBreak, font: fonts.body,
                    inset: fonts.size * 1.5)
                innerBreak = false
                result.append(laid)
            } else {
                result += blocks(
                    for: child, role: role, afterBreak: &innerBreak, headings: &headings)
            }
        }
        result.first?.spaceBefore = leading * 0.5
        result.last?.spaceAfter = leading * 0.5
        return result
    }

    /// A list item, its marker in the hanging space; a list of persons has no marker, and
    /// each entry hangs as a turnover does.
    private func listItemBlock(_ item: ListItem, isCast: Bool) -> LaidBlock {
        let laid = newBlock()
        let label =
            isCast
            ? [] : [StyledRun(text: (item.label ?? "•") + "\u{2002}", style: nil, hyphenate: false)]
        let hang = fonts.size * 1.5
        set(
            label + StyledRun.flatten(item.text), into: laid, font: fonts.body, x: hang,
            width: geometry.textWidth - hang, indent: -hang, alignment: .left,
            leading: leading)
        return laid
    }

    private func footnoteBlock(_ note: Footnote) -> LaidBlock {
        let laid = newBlock()
        laid.spaceBefore = leading * 0.3
        laid.spaceAfter = leading * 0.3
        set(
            StyledRun.flatten(note.text), into: laid, font: fonts.small, x: fonts.size,
            width: geometry.textWidth - fonts.size, alignment: .left, leading: leading * 0.85)
        return laid
    }

    func paragraph(
        _ inlines: [Inline], role: Chapter.Role, indented: Bool, font: FontDescription,
        inset: Double = 0
    ) -> LaidBlock {
        let laid = newBlock()
        let runs = StyledRun.flatten(inlines, hyphenate: role != .frontMatter)
        let width = geometry.textWidth - inset * 2
        if role == .frontMatter {
            laid.spaceBefore = leading * 0.6
            set(
                runs, into: laid, font: font, x: inset, width: width, alignment: .centre,
                leading: leading)
            return laid
        }
        let indent = indented && style.indentEm > 0 ? fonts.size * style.indentEm : 0
        if style.indentEm == 0 { laid.spaceBefore = leading * 0.5 }
        set(
            runs, into: laid, font: font, x: inset, width: width, indent: indent,
            alignment: style.justified ? .justified : .left,
            leading: font === fonts.small ? leading * 0.85 : leading)
        return laid
    }
}
