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
        var table = LineTable(text)
        let frame = GutenbergFrame(table)
        var body = frame?.body ?? 0..<table.lines.count
        var profile = DocumentProfile(table.lines[body])
        if frame == nil, LineTable.isSingleNewlinePaste(table.lines[body], profile: profile) {
            table = table.spacedOut()
            body = 0..<table.lines.count
            profile = DocumentProfile(table.lines[body])
        }
        var blocks = TextBlocks.split(table, in: body)
        let fields = frame == nil ? FieldBlock.read(blocks, table: table) : nil
        let titleBlock =
            frame == nil && fields == nil
            ? TitleBlock.read(blocks, table: table, profile: profile) : nil
        if let lines = titleBlock?.linesOfFirstBlock, let first = blocks.first {
            // The header is the opening of a longer block: it becomes a block of its own.
            let split = first.lowerBound + lines
            blocks.replaceSubrange(
                0..<1, with: [first.lowerBound..<split, split..<first.upperBound])
        }
        let skipped = fields != nil ? 1 : titleBlock?.blockCount ?? 0
        let contents = ContentsList.find(in: Array(blocks), of: table, profile: profile)
            .flatMap { $0.blocks.lowerBound >= skipped ? $0 : nil }

        let chrome =
            frame == nil && fields == nil && profile.isWebPaste && !options.keepsBoilerplate
            ? Self.siteChrome(blocks, table: table, from: skipped) : [:]
        let forced = forcedHeadings(blocks, table: table, skipping: skipped)
        var candidates: [HeadingCandidate] = []
        if options.detectsHeadings {
            for index in skipped..<blocks.count
            where forced[index] == nil && chrome[index] == nil
                && !(contents?.blocks.contains(index) ?? false)
            {
                let lines = blocks[index].map { table.lines[$0] }
                if let candidate = HeadingCandidate.make(
                    block: index, lines: lines, table: table, profile: profile,
                    firstIndex: blocks[index].lowerBound)
                {
                    candidates.append(candidate)
                }
            }
        }
        let detector = HeadingDetector(
            table: table, blocks: blocks, profile: profile, contents: contents,
            hasFrontMatter: frame != nil, model: options.headingModel)
        let decisions = detector.decide(candidates)

        let makeAssembler = {
            DivisionAssembler(
                table: table, blocks: blocks, profile: profile, decisions: decisions,
                forced: forced, isGutenberg: frame != nil)
        }
        var assembler = makeAssembler()
        let skippedBlocks = Set(0..<skipped).union(chrome.keys)
        var chapters = assembler.assemble(skipping: skippedBlocks, contents: contents)
        let contentsPage = contents == nil ? nil : ContentsResolver.link(&chapters)
        if contents != nil && contentsPage == nil {
            // Not confidently a contents list: its lines are text like any other.
            assembler = makeAssembler()
            chapters = assembler.assemble(skipping: skippedBlocks)
        }
        if let frame {
            var backMatter = assembler.backMatter([frame.header, frame.footer])
            // Project Gutenberg's header and licence are in English, whatever the book's
            // language: its quotation marks and hyphenation, not the book's.
            backMatter.language = "en"
            if !backMatter.blocks.isEmpty { chapters.append(backMatter) }
        }
        if let fields {
            // The field lines, one paragraph each, at the back: their values are the metadata.
            let lines = fields.lines.map { table.lines[$0] }
            chapters.append(
                Chapter(
                    blocks: lines.map { .paragraph([.text(String($0.content))]) },
                    role: .backMatter, label: "About this text"))
        }

        var outline = assembler.outline
        outline.boilerplate = chrome.sorted { $0.key < $1.key }.map { index, reason in
            let line = table.lines[blocks[index].lowerBound]
            return .init(line: line.number, text: String(line.content), reason: reason)
        }
        if let titleBlock {
            let line = table.lines[blocks[0].lowerBound]
            outline.entries.insert(
                .init(
                    line: line.number, level: 1, listed: true, text: titleBlock.title,
                    isHeading: true, score: 0,
                    explanation: "first line, short, no sentence end", source: .title), at: 0)
        }
        if let contents {
            let first = table.lines[blocks[contents.blocks.lowerBound].lowerBound].number
            let last = table.lines[blocks[contents.blocks.upperBound - 1].upperBound - 1].number
            outline.contentsLines = first...last
            outline.contentsPage = contentsPage.map {
                DocumentOutline.ContentsPageSummary(linkedEntries: $0.linked, entries: $0.entries)
            }
        }
        if let fields {
            outline.fieldBlockLines =
                table.lines[fields.lines.lowerBound]
                .number...table.lines[
                    fields.lines.upperBound - 1
                ].number
        }
        if let frame {
            outline.gutenbergHeaderLines = (frame.header.lowerBound + 1)...frame.header.upperBound
            if !frame.footer.isEmpty {
                outline.gutenbergFooterLines =
                    (frame.footer.lowerBound + 1)...frame.footer.upperBound
            }
        }
        outline.totals = Self.totals(of: chapters)
        outline.warnings += OutlineWarnings.check(chapters, decisions: decisions)

        if options.recordsEvidence { outline.evidence = decisions.map(EvidenceRecord.init) }
        var result = Result(chapters: chapters, outline: outline)
        if let frame {
            result.title = frame.title
            result.subtitle = frame.subtitle
            result.authors = frame.authors
            result.language = frame.language
            result.publication.date = frame.date
            result.titleSource = .header
        } else if let fields {
            result.title = fields.title
            result.subtitle = fields.subtitle
            result.authors = fields.authors
            result.language = fields.language
            result.publication = fields.publication
            result.titleSource = .header
        } else if let titleBlock {
            result.title = titleBlock.title
            result.subtitle =
                titleBlock.subtitle.isEmpty ? nil : titleBlock.subtitle.joined(separator: " · ")
            result.byline = titleBlock.byline
            result.authors = titleBlock.authors
            result.dateline =
                titleBlock.dateline.isEmpty ? nil : titleBlock.dateline.joined(separator: " · ")
            result.publication.date = titleBlock.date
        }
        return result
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
