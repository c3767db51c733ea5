/// Walks the blocks in reading order and builds the book's divisions: a new chapter at every
/// listed heading, minor headings inside the current one, and every other block through the
/// `BlockBuilder`.
struct DivisionAssembler {
    let table: LineTable
    let blocks: [Range<Int>]
    let profile: DocumentProfile
    let decisions: [HeadingDecision]
    /// Block index → level, for `--heading-pattern` matches.
    let forced: [Int: Int]
    let isGutenberg: Bool
    private(set) var outline = DocumentOutline()
    private let builder: BlockBuilder
    private let accepted: [Int: HeadingDecision]
    private let mergedBlocks: Set<Int>
    /// Two blank lines where one is usual, and rare, mark a change of scene.
    private let doubleGapIsBreak: Bool

    init(
        table: LineTable, blocks: [Range<Int>], profile: DocumentProfile,
        decisions: [HeadingDecision],
        forced: [Int: Int], isGutenberg: Bool
    ) {
        self.table = table
        self.blocks = blocks
        self.profile = profile
        self.decisions = decisions
        self.forced = forced
        self.isGutenberg = isGutenberg
        var accepted: [Int: HeadingDecision] = [:]
        var merged = Set<Int>()
        for decision in decisions where decision.isHeading {
            accepted[decision.candidate.block] = decision
            if decision.candidate.mergesNextBlock { merged.insert(decision.candidate.block + 1) }
        }
        self.accepted = accepted
        mergedBlocks = merged
        outline.nearMisses = decisions.filter { !$0.isHeading && !$0.isMerged && $0.score >= 2 }.map
        { decision in
            DocumentOutline.Entry(
                line: decision.candidate.line.number, level: decision.level, listed: false,
                text: String(decision.candidate.text), isHeading: false, score: decision.score,
                explanation: decision.explanation, source: .detected)
        }
        // Walked in place: a copy of every line cost more memory than the line table itself.
        let lines = blocks.lazy.flatMap { block in block.lazy.map { table.lines[$0] } }
        var builder = BlockBuilder(
            profile: profile, isDramatic: Self.isDramatic(blocks, table: table),
            inlines: InlineParser(noteLabels: Self.noteLabels(in: lines)))
        if builder.isDramatic { builder.speakers = Self.speakers(blocks, table: table) }
        builder.isVerseDocument = builder.readsAsPoetry(count: blocks.count) { [blocks, table] in
            blocks[$0].map { table.lines[$0] }[...]
        }
        self.builder = builder
        let gaps = blocks.dropFirst().map { table.blanks(before: $0.lowerBound) }
        let doubles = gaps.filter { $0 == 2 }.count
        doubleGapIsBreak = profile.paragraphGap == 1 && doubles > 0 && doubles * 20 < gaps.count
    }

    /// The divisions, with a typed contents list (when given) as one unlinked contents page
    /// where it stood.
    mutating func assemble(skipping skipped: Set<Int>, contents: ContentsList? = nil) -> [Chapter] {
        var chapters: [Chapter] = []
        var current = Chapter(blocks: [], role: isGutenberg ? .frontMatter : .body)
        var contentsPlaced = false
        var cast: CastState?
        var pending: PendingStanza?
        var prebuilt: (range: Range<Int>, blocks: [[Block]?]) = (0..<0, [])
        for index in blocks.indices where !skipped.contains(index) && !mergedBlocks.contains(index)
        {
            if let contents, contents.blocks.contains(index) {
                if !contentsPlaced {
                    // A label a heading took as its subtitle shows there, not here again.
                    let kept = contents.blocks.filter { !mergedBlocks.contains($0) }
                    let page = ContentsPageReader.read(
                        kept.map { blocks[$0].map { table.lines[$0] }[...] },
                        isLabelled: contents.isLabelled && kept.first == contents.blocks.lowerBound,
                        profile: profile, inlines: builder.inlines)
                    current.blocks.append(.contentsPage(page))
                    contentsPlaced = true
                }
                continue
            }
            let lines = blocks[index].map { table.lines[$0] }
            if let heading = heading(at: index, lines: lines) {
                resolve(&pending, next: nil, in: &current.blocks)
                cast =
                    CastList.isTitle(heading.heading.plainText, inPlay: builder.isDramatic)
                    ? .titled : nil
                if heading.heading.listed {
                    if !current.blocks.isEmpty || current.heading != nil {
                        chapters.append(current)
                    }
                    current = Chapter(heading: heading.heading, blocks: [], role: .body)
                } else {
                    current.blocks.append(.heading(heading.heading))
                }
                current.blocks += builder.blocks(for: heading.rest[...])
                continue
            }
            if doubleGapIsBreak, current.role == .body, isSceneGap(before: index),
                case .paragraph? = current.blocks.last
            {
                current.blocks.append(.sceneBreak)
            }
            if let castBlocks = castBlocks(at: index, lines: lines, state: &cast) {
                current.blocks += castBlocks
                continue
            }
            if !prebuilt.range.contains(index) {
                let range = index..<min(blocks.count, index + Self.prebuiltWindow)
                prebuilt = (range, prebuiltBlocks(range, skipping: skipped, contents: contents))
            }
            let built =
                prebuilt.blocks[index - prebuilt.range.lowerBound].take()
                ?? builder.blocks(for: lines[...])
            resolve(&pending, next: built.first, in: &current.blocks)
            if built.count == 1, case .paragraph = built[0] {
                pending = PendingStanza(position: current.blocks.count, lines: lines[...])
            }
            current.blocks += built
        }
        resolve(&pending, next: nil, in: &current.blocks)
        if !current.blocks.isEmpty || current.heading != nil { chapters.append(current) }
        return chapters.map { chapter in
            var chapter = chapter
            chapter.blocks = ListMerger.merge(chapter.blocks)
            return chapter
        }
    }

    /// What the builder makes of each block of `range` that is no heading and no part of a
    /// contents list (nil for the others). Each block is built on its own, so they are made
    /// first, on two cores, and taken in order by `assemble` (a list of persons takes its
    /// blocks itself). A window at a time: the whole book's at once cost memory.
    private func prebuiltBlocks(
        _ range: Range<Int>, skipping skipped: Set<Int>, contents: ContentsList?
    ) -> [[Block]?] {
        [[Block]?].concurrentlyMapped(count: range.count) { [builder, blocks, table] position in
            let index = range.lowerBound + position
            guard !skipped.contains(index), !mergedBlocks.contains(index),
                !(contents?.blocks.contains(index) ?? false), accepted[index] == nil,
                forced[index] == nil
            else { return nil }
            return builder.blocks(for: blocks[index].map { table.lines[$0] }[...])
        }
    }

    /// Blocks built ahead at a time.
    private static let prebuiltWindow = 2048

    /// A paragraph of a few lines kept until the block after it is known: it may be a stanza
    /// (`BlockBuilder.stanza`).
    private struct PendingStanza {
        let position: Int
        let lines: ArraySlice<SourceLine>
    }

    /// Turns the pending paragraph into a stanza when the blocks beside it say so.
    private func resolve(_ pending: inout PendingStanza?, next: Block?, in blocks: inout [Block]) {
        defer { pending = nil }
        guard let found = pending, found.position == blocks.count - 1 else { return }
        var before: [VerseLine]?
        if found.position > 0, case .verse(let lines) = blocks[found.position - 1] {
            before = lines
        }
        var after: [VerseLine]?
        if case .verse(let lines)? = next { after = lines }
        if let stanza = builder.stanza(found.lines, before: before, after: after) {
            blocks[found.position] = .verse(stanza)
        }
    }

    /// Where a list of persons stands: after its title, then among its entries.
    private enum CastState {
        case titled
        case listing
    }

    /// A list of persons' title (a heading the contents leave out) or one block of its
    /// entries; nil for any other block, which also ends the list.
    /// - The list ends at a wider gap than between its entries, at a block that opens the play
    ///   (`SCENE. Elsinore.`), or at a block that does not read as entries.
    private func castBlocks(at index: Int, lines: [SourceLine], state: inout CastState?)
        -> [Block]?
    {
        guard let first = lines.first else { return nil }
        guard let current = state else {
            guard CastList.isTitle(first.content, inPlay: builder.isDramatic) else { return nil }
            state = .titled
            let title = Block.heading(
                Heading(
                    level: 1, text: builder.inlines.parse(String(first.content)), listed: false))
            let rest = lines.dropFirst()
            guard !rest.isEmpty else { return [title] }
            return [title]
                + (castBlocks(at: index, entries: rest, state: &state)
                    ?? builder.blocks(for: rest))
        }
        if current == .listing,
            table.blanks(before: blocks[index].lowerBound) > profile.paragraphGap
        {
            state = nil
            return nil
        }
        if lines.count == 1, SceneBreak.matches(first.content) { return [.sceneBreak] }
        return castBlocks(at: index, entries: lines[...], state: &state)
    }

    private func castBlocks(
        at index: Int, entries lines: ArraySlice<SourceLine>, state: inout CastState?
    ) -> [Block]? {
        guard let first = lines.first, !CastList.endsList(first.content),
            let entries = CastList.entries(of: lines, profile: profile)
        else {
            state = nil
            return nil
        }
        state = .listing
        let items = entries.map { entry in
            ListItem(label: nil, text: builder.inlines.parse(entry), typedMarker: "")
        }
        return [.list(ListBlock(ordered: false, items: items, isCast: true))]
    }

    /// The Gutenberg header and footer, kept whole at the end: the licence asks for it.
    func backMatter(_ ranges: [Range<Int>]) -> Chapter {
        var blocks: [Block] = []
        for range in ranges {
            for block in TextBlocks.split(table, in: range) {
                blocks += builder.paragraphs(from: block.map { table.lines[$0] }[...])
            }
        }
        return Chapter(
            blocks: blocks, role: .backMatter, label: "About this Project Gutenberg eBook")
    }

    /// The heading a block opens, if any, and the lines that follow it in the same block.
    private mutating func heading(at index: Int, lines: [SourceLine]) -> (
        heading: Heading, rest: [SourceLine]
    )? {
        if let level = forced[index] {
            let heading = Heading(
                level: level, text: builder.inlines.parse(String(lines[0].content)))
            outline.entries.append(
                .init(
                    line: lines[0].number, level: level, listed: true, text: heading.label,
                    isHeading: true,
                    score: 0, explanation: "matches --heading-pattern", source: .pattern))
            return (heading, Array(lines.dropFirst()))
        }
        guard let decision = accepted[index] else { return nil }
        let candidate = decision.candidate
        var text = String(candidate.text)
        var subtitle = candidate.subtitle.map(String.init)
        var rest: [SourceLine] = []
        switch candidate.layout {
        case .runIn:
            if let split = RunInHeading.split(candidate.text) {
                text = String(split.heading)
                // The rest of the first line takes the margin of the lines under it.
                let margin = lines.count > 1 ? lines[1].indent : lines[0].indent
                let restLine = Substring(String(repeating: " ", count: margin) + split.rest)
                rest = [SourceLine(number: lines[0].number, text: restLine)] + lines.dropFirst()
            }
        case .numberOverTitle, .setext:
            break
        case .firstLine:
            rest = Array(lines.dropFirst())
        case .whole:
            if lines.count == 2 && subtitle == nil && candidate.text == lines[0].content {
                rest = Array(lines.dropFirst())
            }
        }
        if candidate.mergesNextBlock, subtitle == nil || subtitle?.isEmpty == true {
            subtitle = String(table.lines[blocks[index + 1].lowerBound].content)
        }
        let heading = Heading(
            level: decision.level, text: builder.inlines.parse(text),
            subtitle: subtitle.map(builder.inlines.parse),
            listed: decision.listed)
        outline.entries.append(
            .init(
                line: candidate.line.number, level: decision.level, listed: decision.listed,
                text: heading.label,
                isHeading: true, score: decision.score, explanation: decision.explanation,
                source: .detected))
        return (heading, rest)
    }

    /// Two blank lines before a flush paragraph that follows a flush paragraph.
    private func isSceneGap(before index: Int) -> Bool {
        guard index > 0, table.blanks(before: blocks[index].lowerBound) == 2 else { return false }
        let previous = table.lines[blocks[index - 1].upperBound - 1]
        let next = table.lines[blocks[index].lowerBound]
        return previous.indent == profile.bodyIndent && next.indent == profile.bodyIndent
            && accepted[index - 1] == nil
    }

    /// Plays: at least 20 blocks, and a tenth of all, open with a speaker's name.
    static func isDramatic(_ blocks: [Range<Int>], table: LineTable) -> Bool {
        let speeches = blocks.filter {
            let first = table.lines[$0.lowerBound].content
            return Speech.mayOpen(first) && Speech.opening(of: String(first)) != nil
        }.count
        return speeches >= 20 && speeches * 10 >= blocks.count
    }

    /// The names that open speeches in capitals (`MARCELLUS`), each word apart (`KING` from
    /// `KING CLAUDIUS`): what a short form (`Mar.`, `King.`) stands for.
    static func speakers(_ blocks: [Range<Int>], table: LineTable) -> Set<String> {
        var names = Set<String>()
        for block in blocks {
            let first = table.lines[block.lowerBound].content
            guard Speech.mayOpen(first), let speech = Speech.opening(of: String(first)) else {
                continue
            }
            for word in speech.speaker.dropLast().split(separator: " ") where word.count >= 3 {
                names.insert(String(word))
            }
        }
        return names
    }

    /// Labels that have both a note body and a marker somewhere: an asterisk opening a line
    /// is a bullet unless the text also uses it as a marker.
    static func noteLabels<Lines: Collection<SourceLine>>(in lines: Lines) -> Set<String> {
        let bodies = Set(lines.compactMap { Footnotes.bodyLabel(of: $0.content) })
        // The markers are read only when an asterisk body needs one: most books have none.
        guard bodies.contains(where: { $0.hasPrefix("*") }) else { return bodies }
        let markers = Set(lines.flatMap { Footnotes.markers(in: $0.content) })
        return bodies.filter { !$0.hasPrefix("*") || markers.contains($0) }
    }
}
