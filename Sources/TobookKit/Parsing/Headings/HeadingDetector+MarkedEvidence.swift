/// Stage 1's evidence: headings with a marker (keyword, number, standalone word), read from
/// their own form and from the numbers and shapes the document repeats.
extension HeadingDetector {
    func evidenceForMarked(
        _ candidates: [HeadingCandidate], _ indices: [Int], _ statistics: CandidateStatistics
    ) -> [HeadingEvidence] {
        let groups = Dictionary(grouping: indices) { shapeKey(candidates[$0]) }
        // What each shape's group says about all its members, found once per group: asked of
        // every member, it cost the square of a long book's headings.
        let shapes = groups.mapValues { ShapeGroup($0.map { candidates[$0] }) }
        // Blocks that may head something (marked, or unmarked and title-like): a number
        // sequence may restart after one of them ("1" under each new poem).
        let plausible = candidates.filter { $0.form.isMarked || isTitleLike($0) }
        var numbering = Numbering(
            plausibleBlocks: BlockKeys(plausible.map { ($0.block, shapeKey($0)) }))
        let runs = sequenceRuns(candidates, indices)
        var partGaps: [Int: Int] = [:]
        for index in indices where candidates[index].form.kind.isDivision {
            partGaps[candidates[index].block] = candidates[index].blanksBefore
        }
        var result: [HeadingEvidence] = []
        result.reserveCapacity(indices.count)
        for index in indices {
            let candidate = candidates[index]
            let key = shapeKey(candidate)
            let group = groups[key] ?? []
            var evidence = HeadingEvidence()
            Self.addKindEvidence(candidate.form, to: &evidence)
            // Right under a part's heading ("ACT I" / "SCENE I. A harbour"), a heading shares
            // the part's gap above.
            let partAbove = partGaps[candidate.block - 1].flatMap { gap in
                candidate.form.kind.isDivision ? nil : max(gap, candidate.blanksBefore)
            }
            addLayoutEvidence(candidate, statistics, gapAbove: partAbove, to: &evidence)
            let shape = shapes[key] ?? ShapeGroup([])
            if candidate.isAttached && !candidate.form.kind.isKeyword, !shape.hasDetached {
                evidence.add(.attachedAloneInShape, "runs into its paragraph")
            }
            addShapeEvidence(group, run: runs[index], candidates, to: &evidence)
            numbering.addEvidence(for: candidate, key: key, to: &evidence)
            addFormEvidence(candidate, shape: shape, to: &evidence)
            result.append(evidence)
        }
        markSubordinate(&result, candidates, indices)
        return result
    }

    /// What the marker is: a keyword (by its rank), a labelled number, a number alone.
    private static func addKindEvidence(_ form: HeadingForm, to evidence: inout HeadingEvidence) {
        switch form.kind {
        case .keyword(let word, let rank):
            let feature: HeadingFeature =
                switch rank {
                case .division: .keywordDivision
                case .chapter: .keywordChapter
                case .section: .keywordSection
                }
            evidence.add(feature, "keyword ‘\(word)’ and number")
            if form.title != nil { evidence.add(.keywordWithTitle, "and a title") }
        case .standalone(let word): evidence.add(.standaloneKeyword, "keyword ‘\(word)’")
        case .labelledNumber(let word):
            evidence.add(.labelledNumber, "word ‘\(word)’ and number")
        case .numberedTitle: evidence.add(.numberedTitle, "number and title")
        case .bareNumber: evidence.add(.bareNumber, "number alone")
        case .unmarked: break
        }
    }

    /// How often the candidate's shape repeats, and the unbroken run of numbers it is in.
    private func addShapeEvidence(
        _ group: [Int], run: Int?, _ candidates: [HeadingCandidate],
        to evidence: inout HeadingEvidence
    ) {
        if group.count >= 2 {
            evidence.add(
                .shapeRepeats, "shape repeats \(group.count)×",
                value: min(4, Double(group.count).squareRoot() - 1))
        }
        guard let run, run >= 3 else { return }
        evidence.add(
            .sequenceRun, "one of \(run) numbers in sequence",
            value: min(6, Double(run).squareRoot() - 1))
        if run == group.count {
            evidence.add(.wholeSequence, "its shape is one unbroken sequence")
            if let first = group.first, candidates[first].form.numeral?.value ?? 2 <= 1 {
                evidence.wholeSequenceLength = run
            }
        }
    }

    /// Each shape's numbering so far, in reading order: whether a number follows the last of
    /// its shape, restarts at one under another heading, or breaks the sequence.
    private struct Numbering {
        let plausibleBlocks: BlockKeys
        var lastInGroup: [String: Int] = [:]
        var lastOfStyle: [Numeral.Style: Int] = [:]
        var lastBlock: [String: Int] = [:]

        mutating func addEvidence(
            for candidate: HeadingCandidate, key: String, to evidence: inout HeadingEvidence
        ) {
            defer { lastBlock[key] = candidate.block }
            let form = candidate.form
            guard let numeral = form.numeral, !form.kind.isStandalone else { return }
            let otherHeadingSince =
                lastBlock[key].map { previousBlock in
                    plausibleBlocks.contains(
                        between: previousBlock, and: candidate.block, notIn: key)
                } ?? false
            if let previous = lastInGroup[key] {
                if numeral.value == previous + 1 {
                    evidence.add(.followsPrevious, "follows \(previous)")
                } else if numeral.value <= 1 && otherHeadingSince {
                    evidence.add(.restartsAtOne, "restarts at \(numeral.value)")
                } else if numeral.value != previous {
                    evidence.add(.outOfSequence, "out of sequence after \(previous)")
                }
            } else if numeral.value <= 1 {
                evidence.add(.startsAtOne, "starts at \(numeral.value)")
            } else if lastOfStyle[numeral.style] == numeral.value - 1 {
                evidence.add(.continuesStyle, "continues from \(numeral.value - 1)")
            }
            lastInGroup[key] = numeral.value
            lastOfStyle[numeral.style] = numeral.value
        }
    }

    /// What the candidate's own text says: listed in the contents, in mid-sentence, a list
    /// item, a title that reads as dialogue, a sentence or a clause, as long as prose.
    private func addFormEvidence(
        _ candidate: HeadingCandidate, shape: ShapeGroup, to evidence: inout HeadingEvidence
    ) {
        let form = candidate.form
        if isConfirmed(candidate) { evidence.add(.inContents, "listed in the contents") }
        if isMidSentence(candidate) {
            evidence.add(.midSentence, "in mid-sentence (a page number?)")
        }
        if case .numberedTitle = form.kind, isListLike(candidate, shape: shape) {
            evidence.add(.listLike, "next to another item (a list)")
        }
        if let title = headingTitle(of: candidate) {
            if let first = title.unicodeScalars.first, Self.dialogueOpeners.contains(first),
                !isQuotedTitle(title)
            {
                evidence.add(.dialogueOpener, "title starts like dialogue")
            }
            if case .numberedTitle = form.kind, readsAsSentence(title) {
                evidence.add(.titleSentence, "title reads as a sentence")
            }
            if title.split(separator: " ").count > 12 && candidate.layout != .runIn {
                evidence.add(.titleLong, "title over 12 words")
            }
            if let last = title.unicodeScalars.last, last == "," || last == ";" {
                evidence.add(.endsClause, "ends with ‘\(last)’")
            }
        }
        if candidate.layout == .whole, candidate.line.span * 10 > profile.wrapWidth * 9,
            (form.title?.split(separator: " ").count ?? 0) > 6
        {
            evidence.add(.proseLength, "as long as a line of prose")
        }
    }

    /// Bare numbers that start again at 1 under other headings number the sections of a poem
    /// or the notes of a chapter: minor headings at most, which no table of contents lists,
    /// so the corpus truth has no word on them.
    private func markSubordinate(
        _ result: inout [HeadingEvidence], _ candidates: [HeadingCandidate], _ indices: [Int]
    ) {
        var restartCounts: [String: Int] = [:]
        for (position, index) in indices.enumerated()
        where result[position].contains(.restartsAtOne) {
            restartCounts[shapeKey(candidates[index]), default: 0] += 1
        }
        for (position, index) in indices.enumerated()
        where candidates[index].form.kind == .bareNumber
            && restartCounts[shapeKey(candidates[index]), default: 0] >= 2
        {
            result[position].isSubordinate = true
        }
    }

    /// For each numbered candidate standing alone, the length of the unbroken run of numbers it
    /// belongs to within its shape, each one more than the last: 154 sonnets numbered I to CLIV are
    /// headings however they are spaced, while notes numbered afresh on each page are not.
    func sequenceRuns(_ candidates: [HeadingCandidate], _ indices: [Int]) -> [Int: Int] {
        // Only numbers standing apart from their text and from each other: notes and list
        // items run on, and their runs say nothing of headings.
        var members: [String: [Int]] = [:]
        let blocksWithNumbers = Set(indices.map { candidates[$0].block })
        for index in indices where candidates[index].form.numeral != nil {
            let candidate = candidates[index]
            if case .standalone = candidate.form.kind { continue }
            guard !candidate.isAttached,
                !blocksWithNumbers.contains(candidate.block - 1),
                !blocksWithNumbers.contains(candidate.block + 1)
            else { continue }
            members[shapeKey(candidate), default: []].append(index)
        }
        var runs: [Int: Int] = [:]
        for group in members.values {
            var run: [Int] = []
            func close() {
                for member in run { runs[member] = run.count }
                run = []
            }
            for index in group {
                let value = candidates[index].form.numeral?.value ?? 0
                if let last = run.last, let previous = candidates[last].form.numeral?.value,
                    value != previous + 1
                {
                    close()
                }
                run.append(index)
            }
            close()
        }
        return runs
    }

    /// Evidence both stages read the same way: statistics, alignment, letter case, neighbours.
    /// - `gapAbove`: the gap that sets the line off; for a title right under a heading, the
    ///   gap above that heading, which the two share.
    func addLayoutEvidence(
        _ candidate: HeadingCandidate, _ statistics: CandidateStatistics,
        gapAbove: Int? = nil, to evidence: inout HeadingEvidence
    ) {
        let attached = candidate.isAttached
        if !attached && candidate.blanksBefore >= 1 && candidate.blanksAfter >= 1 {
            evidence.add(.standsAlone, "stands alone")
        }
        if attached { evidence.add(.attached, "its text right under it") }
        switch candidate.layout {
        case .numberOverTitle: evidence.add(.numberOverTitle, "number over its title")
        case .setext: evidence.add(.underlined, "underlined")
        case .whole where candidate.subtitle != nil:
            evidence.add(.secondLine, "a second line under it")
        default: break
        }
        let gap = gapAbove ?? candidate.blanksBefore
        if gap >= statistics.wideGap && gap < 99 {
            evidence.add(.gapWide, "\(min(gap, 9)) blank lines above")
        }
        if gap < 99 && statistics.isHeadingGap(gap) {
            evidence.add(.gapLikeHeadings, "the document’s heading gap above")
        }
        // Where no title-like line has a wide gap above it (a licence, notes), the lack of one
        // says nothing.
        if statistics.headingGap == nil {
            evidence.add(.noWideGaps, "the text sets nothing off by wider gaps")
        }
        if candidate.centred {
            evidence.add(.centred, "centred")
        } else if candidate.line.indent > profile.bodyIndent + 1 {
            evidence.add(.indented, "indented")
        }
        // A run-in heading's case is its title's, not the sentence's after it.
        let letterCase =
            candidate.layout == .runIn
            ? headingTitle(of: candidate).map { HeadingForm.letterCase(of: $0) } ?? .other
            : candidate.form.letterCase
        switch letterCase {
        case .upper: evidence.add(.allCapitals, "all capitals")
        case .title: evidence.add(.titleCase, "title case")
        case .other: break
        }
        let occurrences = statistics.occurrences(of: candidate)
        if occurrences >= 3 {
            evidence.add(
                .repeatedText, "the same words \(occurrences)× in the text",
                value: min(4, Double(occurrences).squareRoot() - 1))
        }
        // A run-in heading is measured by its heading, not by the sentence it runs into.
        let runInHeading =
            candidate.layout == .runIn ? RunInHeading.split(candidate.text)?.heading : nil
        if let runInHeading, runInHeading.wordCount <= 8, letterCase != .other {
            evidence.add(.runInTitle, "a short capitalised heading before its sentence")
        }
        // A marked line is measured by its title: "SCENE V." is no part of its length.
        let words =
            runInHeading.map { HeadingForm($0).title?.wordCount ?? $0.wordCount }
            ?? (candidate.form.isMarked
                ? candidate.form.title?.wordCount ?? 0 : candidate.text.wordCount)
        if words == 1 { evidence.add(.oneWord, "one word") }
        if words > 8 { evidence.add(.manyWords, "over 8 words") }
        if isCodeLike(candidate.text) { evidence.add(.codeLike, "reads like code or a path") }
        if isParagraphAboveOpen(candidate) {
            evidence.add(.paragraphAboveOpen, "the paragraph above runs on")
        }
        let next = candidate.block + 1
        if attached || isProse(block: next)
            || next < blocks.count && blocks[next].count == 1 && isProse(block: next + 1)
        {
            evidence.add(.proseFollows, "prose follows")
        }
    }

    /// Candidates with the same kind, number style and indent belong together.
    func shapeKey(_ candidate: HeadingCandidate) -> String {
        let form = candidate.form
        let kind: String
        switch form.kind {
        case .keyword(let word, _): kind = "kw:\(word)"
        case .standalone(let word): kind = "sa:\(word)"
        case .labelledNumber(let word): kind = "lb:\(word)"
        case .numberedTitle: kind = "nt"
        case .bareNumber: kind = "bn"
        case .unmarked: kind = "um"
        }
        let style = form.numeral.map { "\($0.style)" } ?? "-"
        var indent = candidate.centred ? "c" : String(min(candidate.line.indent, 12))
        // A bare number set in from the margin is placed by eye, a column more or less
        // (Whitman's section numbers stand at 6 and at 7): set in is one shape.
        if form.kind == .bareNumber, !candidate.centred, candidate.line.indent >= 4 {
            indent = "in"
        }
        return "\(kind)|\(style)|\(indent)"
    }

    /// A bare number between a line that does not end a sentence and one that starts in lower
    /// case sits in mid-sentence: a page number of a scanned book.
    func isMidSentence(_ candidate: HeadingCandidate) -> Bool {
        guard candidate.form.kind == .bareNumber, candidate.block > 0,
            candidate.block + 1 < blocks.count
        else {
            return false
        }
        let previous = table.lines[blocks[candidate.block - 1].upperBound - 1].content
        let next = table.lines[blocks[candidate.block + 1].lowerBound].content
        return !previous.endsSentence && next.first?.isLowercase == true
    }

    /// The block above is prose (two lines or more) whose last line does not end a sentence:
    /// this line continues it, or sits inside a poem or a letter.
    func isParagraphAboveOpen(_ candidate: HeadingCandidate) -> Bool {
        guard candidate.block > 0 else { return false }
        let above = blocks[candidate.block - 1]
        guard above.count >= 2 else { return false }
        let last = table.lines[above.upperBound - 1].content
        return !last.endsSentence && last.last.map { $0.isLetter || $0 == "," || $0 == ";" } == true
    }

    /// A block of running text: two lines or more, the first as wide as the text's lines.
    func isProse(block index: Int) -> Bool {
        guard index < blocks.count else { return false }
        let block = blocks[index]
        let first = table.lines[block.lowerBound]
        return block.count >= 2 && first.span * 10 >= profile.wrapWidth * 7
            || first.span * 10 >= profile.wrapWidth * 9 && first.content.endsSentence
    }

    /// Paths, prompts, assignments and braces: "D:\>CD", "/dev/fd0 /floppy auto".
    func isCodeLike(_ text: Substring) -> Bool {
        var symbols = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "/", "{", "}", "=", "<", ">", "|", "~", "$", "#", "@", "_": symbols += 1
            default: break
            }
        }
        return symbols >= 2 || text.hasPrefix("/") || text.contains("://")
    }

    /// Numbered lines with nothing between them are list items, not sections: a one-line item
    /// next to another, or run-in items in a group where no item stands above its own text.
    func isListLike(_ candidate: HeadingCandidate, shape: ShapeGroup) -> Bool {
        let besideAnother =
            shape.blocks.contains(candidate.block - 1) || shape.blocks.contains(candidate.block + 1)
        if candidate.layout != .runIn { return besideAnother }
        return !shape.standsAboveText && besideAnother
    }

    /// The candidates of one shape, as the evidence of each member asks about them.
    struct ShapeGroup {
        /// The members' blocks.
        let blocks: Set<Int>
        /// Some member stands apart from the paragraph under it.
        let hasDetached: Bool
        /// Some member, not run in, has no other member in the block after it: it heads text.
        let standsAboveText: Bool

        init(_ members: [HeadingCandidate]) {
            let blocks = Set(members.map(\.block))
            self.blocks = blocks
            hasDetached = members.contains { !$0.isAttached }
            standsAboveText = members.contains {
                $0.layout != .runIn && !blocks.contains($0.block + 1)
            }
        }
    }

    /// The words after the marker; for a run-in heading, only up to where the heading ends.
    func headingTitle(of candidate: HeadingCandidate) -> Substring? {
        guard candidate.layout == .runIn else { return candidate.form.title }
        return RunInHeading.split(candidate.text).flatMap { HeadingForm($0.heading).title }
    }

    /// A title that is a long sentence: "A Fast-Fish belongs to the party fast to it." has
    /// several lower-case words that title case would capitalise, and a full stop.
    func readsAsSentence(_ title: Substring) -> Bool {
        let words = title.split(separator: " ")
        let lowerContentWords = words.filter { word in
            word.first?.isLowercase == true
                && !HeadingForm.minorWords.contains(word.quickLowercased())
                && !Self.determiners.contains(word.quickLowercased())
        }
        return words.count > 4 && lowerContentWords.count >= 2 && title.hasSuffix(".")
    }

    static let determiners: Set<String> = [
        "this", "that", "these", "those", "its", "your", "our", "my", "his", "her", "their", "not",
        "any", "all", "no", "other",
    ]

    // MARK: Title lines under number lines

    /// "CHAPTER I" then, in the next block, a short title line: one heading with a subtitle.
    /// - Right under the number (no wider gap than between paragraphs), a title-like line
    ///   joins it.
    /// - Where most number lines of one shape have such a line under them, it joins them even
    ///   across two or three blank lines, and even when it ends in a full stop ("Do titulo.").
    /// - Otherwise a title line set off by a wider gap is a heading of its own (a poem under
    ///   "BOOK II").
    func mergeTitleLines(_ decisions: inout [HeadingDecision]) {
        func titleBelow(_ index: Int, allowingFullStop: Bool) -> Bool {
            guard index + 1 < decisions.count else { return false }
            let decision = decisions[index]
            let next = decisions[index + 1].candidate
            return next.block == decision.candidate.block + 1 && !next.form.isMarked
                && next.layout == .whole && next.subtitle == nil && next.block + 1 < blocks.count
                && next.blanksAfter >= 1 && next.blanksBefore <= 3
                && HeadingCandidate.isTitleLine(
                    next.line, profile: profile, allowingFullStop: allowingFullStop)
        }
        func bareLine(_ decision: HeadingDecision) -> Bool {
            decision.isHeading && decision.candidate.form.isMarked
                && decision.candidate.form.title == nil && decision.candidate.subtitle == nil
                && decision.candidate.layout == .whole
        }
        var titled: [String: Int] = [:]
        var members: [String: Int] = [:]
        for index in decisions.indices where decisions[index].isHeading {
            let key = shapeKey(decisions[index].candidate)
            members[key, default: 0] += 1
            if bareLine(decisions[index]) && titleBelow(index, allowingFullStop: true) {
                titled[key, default: 0] += 1
            }
        }
        for index in decisions.indices.dropLast() where bareLine(decisions[index]) {
            let key = shapeKey(decisions[index].candidate)
            // Not under parts and books: the title under one of those is often a heading of
            // its own (a poem, a story), while a chapter's is its name.
            let consistent =
                !decisions[index].candidate.form.kind.isDivision && members[key, default: 0] >= 2
                && titled[key, default: 0] * 5 >= members[key, default: 0] * 3
            let gap = decisions[index + 1].candidate.blanksBefore
            guard titleBelow(index, allowingFullStop: consistent),
                gap <= max(1, profile.paragraphGap) || consistent
            else { continue }
            decisions[index].candidate.subtitle = decisions[index + 1].candidate.text
            decisions[index].candidate.mergesNextBlock = true
            decisions[index].add(0, "title line below")
            decisions[index + 1].add(0, "title of the heading above")
            decisions[index + 1].isMerged = true
        }
    }
}

/// Candidate blocks in order with their shape keys, to ask quickly whether a heading of another
/// shape stands between two blocks.
struct BlockKeys {
    private let entries: [(block: Int, key: String)]

    init(_ entries: [(Int, String)]) {
        self.entries = entries.map { (block: $0.0, key: $0.1) }.sorted { $0.block < $1.block }
    }

    func contains(between start: Int, and end: Int, notIn key: String) -> Bool {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].block <= start { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < entries.count, entries[index].block < end {
            if entries[index].key != key { return true }
            index += 1
        }
        return false
    }
}
