import CPangoCairo

/// Turns the book into laid-out blocks: the title page, the contents pages and every
/// division, with the spacing, indents and page breaks of a printed book.
final class TypesetBlockBuilder {
    let book: Book
    let geometry: PageGeometry
    let style: PDFStyle
    let fonts: TypesetFonts
    let context: OpaquePointer
    let hyphenator: Hyphenator?
    let setter: ParagraphSetter
    private var nextID = 0
    /// The measuring pass: paragraphs are broken into lines but their pieces are not kept.
    var measuring = false
    /// Paragraphs' breaks: recorded while measuring (or measured on another thread), taken
    /// while drawing.
    var lineBreaks: LineBreakTable?
    private var baselines: [ObjectIdentifier: Double] = [:]
    /// Chapters start new pages, except in a short text (an article), which flows on.
    let chaptersOnNewPages: Bool
    let depth: Int
    /// Where each heading destination landed, from the measuring pass: the page numbers the
    /// contents pages print (empty while measuring).
    var headingPages: [String: Int] = [:]
    /// For each typed contents page in reading order, each entry's destination.
    let contentsLinks: [[String?]]
    /// Destinations of minor headings (which have none of their own) that a typed contents
    /// entry names, by the heading's position among all headings.
    let minorDestinations: [Int: String]
    /// Headings and contents pages laid so far, to find their destinations.
    var headingsLaid = 0
    var contentsPagesLaid = 0
    /// The page numbers set beside typed contents entries, in order: words the text does not
    /// have, which the tests of "nothing lost" set aside.
    var typedContentsNumbers: [String] = []

    init(
        book: Book, geometry: PageGeometry, style: PDFStyle, fonts: TypesetFonts,
        context: OpaquePointer,
        setter: ParagraphSetter
    ) {
        self.book = book
        self.geometry = geometry
        self.style = style
        self.fonts = fonts
        self.context = context
        self.setter = setter
        hyphenator = setter.hyphenator
        chaptersOnNewPages = !book.isShortText
        depth = book.chapters.compactMap { $0.heading?.level }.max() ?? 1
        (contentsLinks, minorDestinations) = Self.contentsDestinations(book.chapters)
    }

    var leading: Double { fonts.size * style.lineHeight }

    func newBlock() -> LaidBlock {
        nextID += 1
        return LaidBlock(id: nextID)
    }

    func layout(
        _ text: TypesetText, font: FontDescription, width: Double,
        alignment: PangoTextLayout.Alignment,
        indent: Double = 0, tabStops: [Double] = []
    ) -> PangoTextLayout {
        PangoTextLayout(
            context: context, text: text.text, font: font, width: width, alignment: alignment,
            indent: indent,
            attributes: text.attributes, tabStops: tabStops)
    }

    /// Sets text into a block: with tobook's line breaker when the script allows, otherwise
    /// with Pango's own (soft hyphens marking the break points).
    func set(
        _ runs: [StyledRun], into block: LaidBlock, font: FontDescription, x: Double, width: Double,
        indent: Double = 0, alignment: SetParagraph.Alignment, leading: Double
    ) {
        if StyledRun.isSimple(runs) {
            let paragraph = setParagraph(
                runs, font: font, width: width, indent: indent, alignment: alignment)
            block.add(
                paragraph, x: x, leading: leading, baseline: baseline(of: font, leading: leading))
            return
        }
        var text = TypesetText()
        for run in runs {
            text.append(run.text, hyphenator: run.hyphenate ? hyphenator : nil, style: run.style)
        }
        let pangoAlignment: PangoTextLayout.Alignment =
            switch alignment {
            case .justified: .justified
            case .left: .left
            case .centre: .centre
            }
        block.add(
            layout(text, font: font, width: width, alignment: pangoAlignment, indent: indent), x: x,
            leading: leading)
    }

    /// A paragraph through the setter. While measuring, only its line count, from the table
    /// when the paragraph was set before (by another thread), else set and recorded; while
    /// drawing, set with the breaks the measuring pass recorded.
    private func setParagraph(
        _ runs: [StyledRun], font: FontDescription, width: Double, indent: Double,
        alignment: SetParagraph.Alignment
    ) -> SetParagraph {
        guard let table = lineBreaks else {
            return setter.set(
                runs, font: font, width: width, indent: indent, alignment: alignment,
                countingOnly: measuring)
        }
        let key = LineBreakTable.key(
            runs, font: font, width: width, indent: indent, alignment: alignment)
        let known = table[key]
        guard measuring else {
            return setter.set(
                runs, font: font, width: width, indent: indent, alignment: alignment,
                ends: known?.ends)
        }
        if let known { return SetParagraph(lineCount: known.lineCount, alignment: alignment) }
        let paragraph = setter.set(
            runs, font: font, width: width, indent: indent, alignment: alignment,
            countingOnly: true)
        table.record(paragraph, for: key)
        return paragraph
    }

    /// Where the baseline sits in a line `leading` high: the font's ascent and descent centred.
    private func baseline(of font: FontDescription, leading: Double) -> Double {
        let key = ObjectIdentifier(font)
        let metrics: Double
        if let known = baselines[key] {
            metrics = known
        } else {
            let measured = pango_context_get_metrics(context, font.pointer, nil)
            let ascent = Double(pango_font_metrics_get_ascent(measured)) / Double(PANGO_SCALE)
            let descent = Double(pango_font_metrics_get_descent(measured)) / Double(PANGO_SCALE)
            pango_font_metrics_unref(measured)
            metrics = ascent - (ascent + descent) / 2
            baselines[key] = metrics
        }
        return leading / 2 + metrics
    }

    // MARK: Title page and contents

    func titlePage() -> [LaidBlock] {
        if book.hasOwnTitlePage { return ownTitlePage() }
        let metadata = book.metadata
        let title = newBlock()
        title.pageBreak = .newPage(sunk: 0.25)
        title.destination = "title"
        title.tag = "H1"
        var text = TypesetText()
        text.append(metadata.title, hyphenator: nil, style: nil)
        title.add(
            layout(text, font: fonts.title, width: geometry.textWidth, alignment: .centre), x: 0,
            leading: fonts.size * 2.4)
        var blocks = [title]
        for (line, font) in [
            (metadata.subtitle, fonts.body), (metadata.byline ?? authors(), fonts.heading),
            (metadata.dateline, fonts.body),
        ] {
            guard let line else { continue }
            let block = newBlock()
            block.spaceBefore = leading * 1.5
            var text = TypesetText()
            text.append(line, hyphenator: nil, style: font === fonts.body ? .italic : nil)
            block.add(
                layout(text, font: font, width: geometry.textWidth, alignment: .centre), x: 0,
                leading: leading * 1.3)
            blocks.append(block)
        }
        return blocks
    }

    /// The text's own title page, its lines as the front matter sets them, on a page of its
    /// own where the generated one would stand.
    private func ownTitlePage() -> [LaidBlock] {
        guard let chapter = book.chapters.first else { return [] }
        // It holds no headings (`BookAssembler.markOwnTitlePage`): the count stays 0.
        var headings = 0
        var afterBreak = true
        var laid: [LaidBlock] = []
        for (index, block) in chapter.blocks.enumerated() {
            // Its title line (`BookAssembler.markOwnTitlePage`), in the title's face.
            if index == chapter.titleBlock, case .paragraph(let inlines) = block {
                let title = newBlock()
                title.tag = "H1"
                title.add(
                    layout(
                        TypesetText(inlines, hyphenator: nil), font: fonts.title,
                        width: geometry.textWidth, alignment: .centre), x: 0,
                    leading: fonts.size * 2.4)
                laid.append(title)
                afterBreak = false
                continue
            }
            laid += blocks(
                for: block, role: .frontMatter, afterBreak: &afterBreak, headings: &headings)
        }
        if let first = laid.first {
            first.pageBreak = .newPage(sunk: 0.2)
            first.destination = "title"
        }
        return laid
    }

    private func authors() -> String? {
        let authors = book.metadata.authors
        guard let last = authors.last else { return nil }
        return authors.count == 1
            ? last : authors.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The PDF destination of an outline entry (`Book.outline`), named as `chapterBlocks` and
    /// `titlePage` name the places they lay: `title`, `h3` for the third listed heading, `s1`
    /// for the first division opened by a label.
    static func destination(of target: Outline.Target) -> String {
        switch target {
        case .titlePage: "title"
        case .heading(let index): "h\(index + 1)"
        case .division(let index): "s\(index + 1)"
        }
    }

    /// A contents entry's page number at the right margin, beside the entry's last line:
    /// unwrapped (width 0 means none), set flush right by its own width.
    func addPageNumber(_ number: String, to block: LaidBlock) {
        let numberLayout = PangoTextLayout(
            context: context, text: number, font: fonts.body, width: 0, alignment: .left)
        guard let line = numberLayout.lines.first, !block.lines.isEmpty else { return }
        let numberX = geometry.textWidth - numberLayout.logicalWidth
        block.lines[block.lines.count - 1].companion = (numberLayout, line.line, numberX)
    }

    /// The contents pages: a heading, then each entry of the outline but the title page with
    /// its page number, linked.
    func contentsPages(_ outline: Outline, pages: [String: Int]) -> [LaidBlock] {
        let listed = outline.entries.filter { $0.target != .titlePage }
        guard !listed.isEmpty else { return [] }
        let heading = newBlock()
        heading.pageBreak = .newPage(sunk: 0.06)
        heading.destination = "contents"
        heading.tag = "H1"
        heading.spaceAfter = leading
        var text = TypesetText()
        text.append("Contents", hyphenator: nil, style: nil)
        heading.add(
            layout(text, font: fonts.heading, width: geometry.textWidth, alignment: .centre), x: 0,
            leading: leading * 1.6)
        var blocks = [heading]
        let numberWidth = fonts.size * 2.2
        for entry in listed {
            let block = newBlock()
            let destination = Self.destination(of: entry.target)
            block.link = destination
            block.spaceBefore = entry.level == 1 ? leading * 0.3 : 0
            let indent = Double(entry.level - 1) * fonts.size * 1.2
            var label = TypesetText()
            label.append(entry.label, hyphenator: nil, style: nil)
            let width = geometry.textWidth - indent - numberWidth - fonts.size * 0.5
            let labelLayout = PangoTextLayout(
                context: context, text: label.text, font: fonts.body, width: width, alignment: .left
            )
            block.add(labelLayout, x: indent, leading: leading)
            addPageNumber(pages[destination].map(String.init) ?? "000", to: block)
            blocks.append(block)
        }
        return blocks
    }

    // MARK: Chapters

    /// Every division: a new page at the start of the text proper, at each chapter (in a long
    /// book) and where front, body and back matter meet. The text's own title page, set first
    /// (`ownTitlePage`), is left out.
    /// From chapter `first` on (`ChapterMeasurer`, which needs only the paragraphs' lines);
    /// `reaching` is told each chapter's index as it starts.
    func chapterBlocks(
        from first: Int = 0, reaching: (Int) -> Void = { _ in }, _ emit: (LaidBlock) -> Void
    ) {
        var headings = 0
        var starts = 0
        var previousRole: Chapter.Role?
        var previousBare = false
        for (index, chapter) in book.chapters.enumerated().dropFirst(book.hasOwnTitlePage ? 1 : 0)
        where index >= first {
            reaching(index)
            let roleChanged = previousRole != chapter.role
            previousRole = chapter.role
            // A chapter right under a part heading (nothing between them) shares its opening
            // page, so no page ends with a heading alone.
            let followsBareHeading = previousBare && !roleChanged
            previousBare = chapter.heading != nil && chapter.blocks.isEmpty
            let newPage =
                !followsBareHeading
                && (roleChanged || chapter.role != .body
                    || (chaptersOnNewPages && chapter.heading?.listed != false))
            var opening: LaidBlock?
            if let heading = chapter.heading {
                var destination: String?
                if heading.listed {
                    destination = Self.destination(of: .heading(headings))
                    headings += 1
                }
                var opensPart = depth > 1 && heading.level == 1 && heading.listed
                if book.isCollection, let first = chapter.blocks.first {
                    // A text of a collection without chapters of its own reads as a chapter.
                    if case .heading = first {} else { opensPart = false }
                }
                let block = headingBlock(
                    heading, destination: destination, newPage: newPage, opensPart: opensPart)
                emit(block)
                opening = block
            }
            var afterBreak = true
            var afterContentsPage = false
            for block in chapter.blocks {
                for item in self.blocks(
                    for: block, role: chapter.role, afterBreak: &afterBreak, headings: &headings)
                {
                    if afterContentsPage && item.pageBreak == LaidBlock.Break.none {
                        // The contents page is a page of its own, as in the EPUB.
                        item.pageBreak = .newPage(sunk: 0)
                    }
                    afterContentsPage = false
                    if opening == nil {
                        opening = item
                        if newPage {
                            item.pageBreak = .newPage(sunk: chapter.role == .frontMatter ? 0.2 : 0)
                        }
                        if let label = chapter.label {
                            item.destination = Self.destination(of: .division(starts))
                            starts += 1
                            item.runningHead = label
                        }
                    }
                    emit(item)
                }
                if case .contentsPage = block { afterContentsPage = true }
            }
        }
    }

    func headingBlock(
        _ heading: Heading, destination: String?, newPage: Bool, opensPart isPart: Bool = false
    ) -> LaidBlock {
        let block = newBlock()
        block.isHeading = true
        block.keepWithNext = true
        block.destination = destination ?? minorDestinations[headingsLaid]
        headingsLaid += 1
        let font = !heading.listed ? fonts.minor : isPart ? fonts.part : fonts.heading
        block.tag = "H\(min(6, heading.level + (heading.listed ? 0 : 1)))"
        if newPage {
            block.pageBreak = .newPage(sunk: isPart ? 0.32 : 0.18)
        } else {
            block.spaceBefore = leading * (heading.listed ? 2 : 1)
        }
        block.runningHead = heading.listed && chaptersOnNewPages ? heading.label : nil
        block.spaceAfter = heading.listed ? leading : leading * 0.5
        var text = TypesetText(heading.text.keepingCompoundsWhole, hyphenator: nil)
        block.add(
            layout(text, font: font, width: geometry.textWidth, alignment: .centre), x: 0,
            leading: leading * 1.4)
        if let subtitle = heading.subtitle {
            text = TypesetText()
            text.append(subtitle, hyphenator: nil, style: .italic)
            block.add(
                layout(text, font: fonts.body, width: geometry.textWidth, alignment: .centre), x: 0,
                leading: leading * 1.2)
        }
        return block
    }
}
