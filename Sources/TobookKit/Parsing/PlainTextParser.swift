/// Turns decoded plain text into a book: finds the Gutenberg frame, the title, a typed contents
/// list and the headings (see `HeadingDetector`), then builds each division's blocks. Whatever
/// matches no rule becomes a paragraph, and nothing is dropped: a typed contents list that is
/// confidently one becomes the book's contents page where it stood, its entries linked to the
/// headings they name (`ContentsResolver`); any other stays text.
public struct PlainTextParser: Sendable {
    public var options: StructureOptions

    public init(options: StructureOptions = StructureOptions()) {
        self.options = options
    }

    /// The parsed text with what was learnt about it.
    public struct Result: Equatable, Sendable {
        public var title: String?
        public var subtitle: String?
        public var byline: String?
        /// Lines under the by-line in the text's own title block (its date), as written.
        public var dateline: String?
        public var authors: [String] = []
        /// Where the title came from: the text's own first lines or a Gutenberg header.
        public var titleSource: BookMetadata.TitleSource = .text
        /// From a Gutenberg header's `Language:` field.
        public var language: String?
        /// The date from a Gutenberg header's `Release Date:`, and from a leading field block
        /// its date, publisher, subjects, description, rights and series.
        public var publication = PublicationDetails()
        public var chapters: [Chapter]
        public var outline: DocumentOutline

        /// All blocks of the body, for tests and callers that want no divisions.
        public var blocks: [Block] {
            chapters.flatMap { chapter in
                (chapter.heading.map { [Block.heading($0)] } ?? []) + chapter.blocks
            }
        }
    }

    public func parse(_ text: String) -> Result {
        let layout = Layout(text)
        let contents = ContentsList.find(
            in: layout.blocks, of: layout.table, profile: layout.profile
        )
        .flatMap { $0.blocks.lowerBound >= layout.skipped ? $0 : nil }
        let chrome =
            layout.frame == nil && layout.fields == nil && layout.profile.isWebPaste
                && !options.keepsBoilerplate
            ? Self.siteChrome(layout.blocks, table: layout.table, from: layout.skipped) : [:]
        let forced = forcedHeadings(layout.blocks, table: layout.table, skipping: layout.skipped)
        let decisions = headingDecisions(
            layout, contents: contents, skipping: { forced[$0] != nil || chrome[$0] != nil })
        let makeAssembler = {
            DivisionAssembler(
                table: layout.table, blocks: layout.blocks, profile: layout.profile,
                decisions: decisions, forced: forced, isGutenberg: layout.frame != nil)
        }
        var assembler = makeAssembler()
        let skippedBlocks = Set(0..<layout.skipped).union(chrome.keys)
        var chapters = assembler.assemble(skipping: skippedBlocks, contents: contents)
        let contentsPage = contents == nil ? nil : ContentsResolver.link(&chapters)
        if contents != nil && contentsPage == nil {
            // Not confidently a contents list: its lines are text like any other.
            assembler = makeAssembler()
            chapters = assembler.assemble(skipping: skippedBlocks)
        }
        chapters += backMatter(layout, assembler: assembler)
        var outline = assembler.outline
        outline.boilerplate = chrome.sorted { $0.key < $1.key }.map { index, reason in
            let line = layout.table.lines[layout.blocks[index].lowerBound]
            return .init(line: line.number, text: String(line.content), reason: reason)
        }
        layout.describe(in: &outline, contents: contents, contentsPage: contentsPage)
        outline.totals = Self.totals(of: chapters)
        outline.warnings += OutlineWarnings.check(chapters, decisions: decisions)
        if options.recordsEvidence { outline.evidence = decisions.map(EvidenceRecord.init) }
        var result = Result(chapters: chapters, outline: outline)
        layout.describe(in: &result)
        return result
    }

    /// Each block's heading candidate, weighed: blocks before the body, a contents list's
    /// blocks and those `skipping` names are left out.
    private func headingDecisions(
        _ layout: Layout, contents: ContentsList?, skipping: (Int) -> Bool
    ) -> [HeadingDecision] {
        var candidates: [HeadingCandidate] = []
        if options.detectsHeadings {
            let indices = (layout.skipped..<layout.blocks.count).filter { index in
                !skipping(index) && !(contents?.blocks.contains(index) ?? false)
            }
            // Each block is read on its own: on two cores, every other block each.
            candidates = [HeadingCandidate?].concurrentlyMapped(count: indices.count) {
                let index = indices[$0]
                return HeadingCandidate.make(
                    block: index, lines: layout.table.lines[layout.blocks[index]],
                    table: layout.table, profile: layout.profile,
                    firstIndex: layout.blocks[index].lowerBound)
            }
            .compactMap { $0 }
        }
        let detector = HeadingDetector(
            table: layout.table, blocks: layout.blocks, profile: layout.profile,
            contents: contents, hasFrontMatter: layout.frame != nil, model: options.headingModel)
        return detector.decide(candidates)
    }

    /// The Gutenberg header and licence, and a leading field block, as divisions at the back.
    private func backMatter(_ layout: Layout, assembler: DivisionAssembler) -> [Chapter] {
        var chapters: [Chapter] = []
        if let frame = layout.frame {
            var backMatter = assembler.backMatter([frame.header, frame.footer])
            // Project Gutenberg's header and licence are in English, whatever the book's
            // language: its quotation marks and hyphenation, not the book's.
            backMatter.language = "en"
            if !backMatter.blocks.isEmpty { chapters.append(backMatter) }
        }
        if let fields = layout.fields {
            // The field lines, one paragraph each, at the back: their values are the metadata.
            let lines = fields.lines.map { layout.table.lines[$0] }
            chapters.append(
                Chapter(
                    blocks: lines.map { .paragraph([.text(String($0.content))]) },
                    role: .backMatter, label: "About this text"))
        }
        return chapters
    }

    /// One-line blocks that are a web page's chrome (`SiteChrome`), with the reason.
    private static func siteChrome(_ blocks: [Range<Int>], table: LineTable, from start: Int)
        -> [Int: String]
    {
        var found: [Int: String] = [:]
        for index in start..<blocks.count where blocks[index].count == 1 {
            if let reason = SiteChrome.reason(table.lines[blocks[index].lowerBound].content) {
                found[index] = reason
            }
        }
        return found
    }

    /// Blocks whose first line matches a `--heading-pattern`, with the pattern's level.
    private func forcedHeadings(_ blocks: [Range<Int>], table: LineTable, skipping: Int) -> [Int:
        Int]
    {
        guard !options.headingPatterns.isEmpty else { return [:] }
        var forced: [Int: Int] = [:]
        for index in skipping..<blocks.count {
            let line = table.lines[blocks[index].lowerBound].content
            if let pattern = options.headingPatterns.first(where: { $0.matches(line) }) {
                forced[index] = pattern.level
            }
        }
        return forced
    }

    static func totals(of chapters: [Chapter]) -> DocumentOutline.Totals {
        var totals = DocumentOutline.Totals()
        for chapter in chapters {
            if chapter.role == .body, chapter.heading?.listed == true { totals.chapters += 1 }
            for block in chapter.blocks {
                totals = block.reduce(into: totals) { totals, block in totals.count(block) }
            }
        }
        return totals
    }
}

extension DocumentOutline.Totals {
    /// Counts one block, not those inside it (`Block.reduce` visits them in turn).
    fileprivate mutating func count(_ block: Block) {
        switch block {
        case .paragraph, .caption: paragraphs += 1
        case .verse: verseBlocks += 1
        case .sceneBreak: sceneBreaks += 1
        case .list: lists += 1
        case .blockQuote: blockQuotes += 1
        case .preformatted: preformatted += 1
        case .footnote: footnotes += 1
        case .contentsPage(let page):
            // Its lines of text are paragraphs on the page; its entries are the list.
            for case .text in page.items { paragraphs += 1 }
        case .table: tables += 1
        case .heading: break
        }
    }
}
