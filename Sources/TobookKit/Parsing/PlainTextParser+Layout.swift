extension PlainTextParser {
    /// The text cut into lines and blocks, with what frames its body: a Gutenberg header and
    /// licence, a leading field block, or a title block. The first stage of `parse`, before
    /// any heading is weighed.
    struct Layout {
        let table: LineTable
        let frame: GutenbergFrame?
        let profile: DocumentProfile
        let blocks: [Range<Int>]
        let fields: FieldBlock?
        let titleBlock: TitleBlock?
        /// How many leading blocks the field block or title block took.
        let skipped: Int

        init(_ text: String) {
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
            self.table = table
            self.frame = frame
            self.profile = profile
            self.blocks = blocks
            self.fields = fields
            self.titleBlock = titleBlock
            skipped = fields != nil ? 1 : titleBlock?.blockCount ?? 0
        }

        /// The title line, the contents list's lines and the frame's lines, for `--outline`.
        func describe(
            in outline: inout DocumentOutline, contents: ContentsList?,
            contentsPage: ContentsResolver.Resolution?
        ) {
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
                    DocumentOutline.ContentsPageSummary(
                        linkedEntries: $0.linked, entries: $0.entries)
                }
            }
            if let fields {
                outline.fieldBlockLines =
                    table.lines[fields.lines.lowerBound]
                    .number...table.lines[fields.lines.upperBound - 1].number
            }
            if let frame {
                outline.gutenbergHeaderLines =
                    (frame.header.lowerBound + 1)...frame.header.upperBound
                if !frame.footer.isEmpty {
                    outline.gutenbergFooterLines =
                        (frame.footer.lowerBound + 1)...frame.footer.upperBound
                }
            }
        }

        /// The title, authors, language and publication details the frame gives.
        func describe(in result: inout Result) {
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
        }
    }
}
