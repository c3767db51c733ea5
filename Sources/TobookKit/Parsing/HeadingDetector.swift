/// Decides which candidates are headings, by scoring each from its own features and from the
/// document's consistency, then gives each heading its level.
///
/// - Pass 1 scores marked candidates (keyword, number, standalone word). Numbers that rise
///   within one shape, a shape that repeats, and standing alone between blank lines count for
///   it; a number in mid-sentence (a page number), list-like runs and sentence-like titles count
///   against it.
/// - Pass 2 scores unmarked lines (no keyword, no number) only against what pass 1 found: a
///   centred or capitalised line, a wider gap above than between paragraphs, the same spacing
///   as the accepted headings, or an entry of the typed contents list. In a text with no marked
///   headings at all (an article), a short line between paragraphs is enough.
/// - A score of 4 or more makes a heading.
struct HeadingDetector {
    static let threshold = 4.0
    static let dialogueOpeners: Set<Unicode.Scalar> = [
        "\"", "'", "“", "‘", "„", "‚", "«", "»", "‹", "›", "—", "–", "-", "(", "[",
    ]
    static let clauseEndings: Set<Unicode.Scalar> = [".", ",", ";", ":", "。", "，", "；", "："]

    let table: LineTable
    let blocks: [Range<Int>]
    let profile: DocumentProfile
    let contents: ContentsList?
    /// Gutenberg books open with a transcribed title page, whose lines are not headings.
    let hasFrontMatter: Bool

    func decide(_ candidates: [HeadingCandidate]) -> [HeadingDecision] {
        var decisions = candidates.map { HeadingDecision(candidate: $0) }
        let marked = decisions.indices.filter { decisions[$0].candidate.form.isMarked }
        scoreMarked(&decisions, marked)
        mergeTitleLines(&decisions)
        let unmarked = decisions.indices.filter {
            !decisions[$0].candidate.form.isMarked && !decisions[$0].isMerged
        }
        scoreUnmarked(&decisions, unmarked)
        assignLevels(&decisions)
        return decisions
    }

    // MARK: Pass 1

    private func scoreMarked(_ decisions: inout [HeadingDecision], _ indices: [Int]) {
        let groups = Dictionary(grouping: indices) { shapeKey(decisions[$0].candidate) }
        var lastInGroup: [String: Int] = [:]
        var lastOfStyle: [Numeral.Style: Int] = [:]
        var lastBlock: [String: Int] = [:]
        // Blocks that may head something (marked, or unmarked and title-like): a number
        // sequence may restart after one of them ("1" under each new poem).
        let plausible = decisions.map(\.candidate).filter {
            $0.form.isMarked || rejection($0) == nil
        }
        let plausibleBlocks = plausible.map { ($0.block, shapeKey($0)) }
        for index in indices {
            let candidate = decisions[index].candidate
            let key = shapeKey(candidate)
            let group = groups[key] ?? []
            var decision = decisions[index]
            let form = candidate.form
            switch form.kind {
            case .keyword(let word, _): decision.add(4, "keyword ‘\(word)’ and number")
            case .standalone(let word): decision.add(3.5, "keyword ‘\(word)’")
            case .labelledNumber(let word): decision.add(1.5, "word ‘\(word)’ and number")
            case .numberedTitle: decision.add(2, "number and title")
            case .bareNumber: decision.add(1.5, "number alone")
            case .unmarked: break
            }
            let attached = candidate.layout == .runIn || candidate.layout == .firstLine
            if !attached && candidate.blanksBefore >= 1 && candidate.blanksAfter >= 1 {
                decision.add(1, "stands alone")
            }
            if attached && !form.kind.isKeyword {
                let hasStandalone = group.contains {
                    let layout = decisions[$0].candidate.layout
                    return layout != .runIn && layout != .firstLine
                }
                if !hasStandalone { decision.add(-3, "runs into its paragraph") }
            }
            if group.count >= 3 {
                decision.add(1, "shape repeats \(group.count)×")
            } else if group.count == 2 {
                decision.add(0.5, "shape repeats 2×")
            }
            if let numeral = form.numeral, !form.kind.isStandalone {
                let previous = lastInGroup[key]
                let otherHeadingSince =
                    lastBlock[key].map { previousBlock in
                        plausibleBlocks.contains {
                            $0.0 > previousBlock && $0.0 < candidate.block && $0.1 != key
                        }
                    } ?? false
                if let previous {
                    if numeral.value == previous + 1 {
                        decision.add(1.5, "follows \(previous)")
                    } else if numeral.value <= 1 && otherHeadingSince {
                        decision.add(1, "restarts at \(numeral.value)")
                    } else if numeral.value != previous {
                        decision.add(-2, "out of sequence after \(previous)")
                    }
                } else if numeral.value <= 1 {
                    decision.add(1, "starts at \(numeral.value)")
                } else if lastOfStyle[numeral.style] == numeral.value - 1 {
                    decision.add(1.5, "continues from \(numeral.value - 1)")
                }
                lastInGroup[key] = numeral.value
                lastOfStyle[numeral.style] = numeral.value
            }
            lastBlock[key] = candidate.block
            if let contents, isConfirmed(candidate, by: contents) {
                decision.add(2, "listed in the contents")
            }
            if isMidSentence(candidate) { decision.add(-4, "in mid-sentence (a page number?)") }
            if candidate.block == blocks.count - 1 && candidate.layout != .runIn
                && candidate.layout != .firstLine
            {
                decision.add(-10, "nothing follows it")
            }
            if case .numberedTitle = form.kind,
                isListLike(candidate, group: group.map { decisions[$0].candidate })
            {
                decision.add(-3, "next to another item (a list)")
            }
            if let title = headingTitle(of: candidate) {
                if title.first?.isLowercase == true {
                    decision.add(-10, "title starts in lower case (a sentence)")
                }
                if case .numberedTitle = form.kind, readsAsSentence(title) {
                    decision.add(-2, "title reads as a sentence")
                }
                if title.split(separator: " ").count > 12 && candidate.layout != .runIn {
                    decision.add(-2, "title over 12 words")
                }
                if let last = title.unicodeScalars.last, last == "," || last == ";" {
                    decision.add(-3, "ends with ‘\(last)’")
                }
            }
            if candidate.layout == .whole, candidate.line.span * 10 > profile.wrapWidth * 9,
                (form.title?.split(separator: " ").count ?? 0) > 6
            {
                decision.add(-1.5, "as long as a line of prose")
            }
            decision.isHeading = decision.score >= Self.threshold
            decisions[index] = decision
        }
        // A number line with no title whose "title" was a run-in sentence is not a heading.
        for index in indices
        where decisions[index].candidate.layout == .runIn && decisions[index].isHeading {
            if RunInHeading.split(decisions[index].candidate.text) == nil {
                decisions[index].add(-10, "no sentence end to split the run-in heading at")
                decisions[index].isHeading = false
            }
        }
    }

    /// Candidates with the same kind, number style and indent belong together.
    private func shapeKey(_ candidate: HeadingCandidate) -> String {
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
        let indent = candidate.centred ? "c" : String(min(candidate.line.indent, 12))
        return "\(kind)|\(style)|\(indent)"
    }

    private func isConfirmed(_ candidate: HeadingCandidate, by contents: ContentsList) -> Bool {
        if case .keyword(let word, _) = candidate.form.kind, let numeral = candidate.form.numeral,
            contents.markers.contains(ContentsList.Marker(word: word, value: numeral.value))
        {
            return true
        }
        return contents.confirms(candidate.text)
    }

    /// A bare number between a line that does not end a sentence and one that starts in lower
    /// case sits in mid-sentence: a page number of a scanned book.
    private func isMidSentence(_ candidate: HeadingCandidate) -> Bool {
        guard candidate.form.kind == .bareNumber, candidate.block > 0,
            candidate.block + 1 < blocks.count
        else {
            return false
        }
        let previous = table.lines[blocks[candidate.block - 1].upperBound - 1].content
        let next = table.lines[blocks[candidate.block + 1].lowerBound].content
        return !previous.endsSentence && next.first?.isLowercase == true
    }

    /// Numbered lines with nothing between them are list items, not sections: a one-line item
    /// next to another, or run-in items in a group where no item stands above its own text.
    private func isListLike(_ candidate: HeadingCandidate, group: [HeadingCandidate]) -> Bool {
        let blocksInGroup = Set(group.map(\.block))
        if candidate.layout != .runIn {
            return blocksInGroup.contains(candidate.block - 1)
                || blocksInGroup.contains(candidate.block + 1)
        }
        let standsAboveText = group.contains {
            $0.layout != .runIn && !blocksInGroup.contains($0.block + 1)
        }
        return !standsAboveText && group.contains { abs($0.block - candidate.block) == 1 }
    }

    /// The words after the marker; for a run-in heading, only up to where the heading ends.
    private func headingTitle(of candidate: HeadingCandidate) -> Substring? {
        guard candidate.layout == .runIn else { return candidate.form.title }
        return RunInHeading.split(candidate.text).flatMap { HeadingForm($0.heading).title }
    }

    /// A title that is a long sentence: "A Fast-Fish belongs to the party fast to it." has
    /// several lower-case words that title case would capitalise, and a full stop.
    private func readsAsSentence(_ title: Substring) -> Bool {
        let words = title.split(separator: " ")
        let lowerContentWords = words.filter { word in
            word.first?.isLowercase == true && !HeadingForm.minorWords.contains(word.lowercased())
                && !Self.determiners.contains(word.lowercased())
        }
        return words.count > 4 && lowerContentWords.count >= 2 && title.hasSuffix(".")
    }

    static let determiners: Set<String> = [
        "this", "that", "these", "those", "its", "your", "our", "my", "his", "her", "their", "not",
        "any", "all", "no", "other",
    ]

    // MARK: Title lines under number lines

    /// "CHAPTER I" then, in the next block, a short title line: one heading with a subtitle.
    /// A title line set off by a wider gap is a heading of its own (a poem under "BOOK II").
    private func mergeTitleLines(_ decisions: inout [HeadingDecision]) {
        for index in decisions.indices.dropLast() {
            let decision = decisions[index]
            guard decision.isHeading, decision.candidate.form.title == nil,
                decision.candidate.subtitle == nil,
                decision.candidate.layout == .whole
            else { continue }
            let next = decisions[index + 1].candidate
            guard next.block == decision.candidate.block + 1, !next.form.isMarked,
                next.layout == .whole,
                next.subtitle == nil, next.block + 1 < blocks.count, next.blanksAfter >= 1,
                next.blanksBefore <= max(1, profile.paragraphGap),
                HeadingCandidate.isTitleLine(next.line, profile: profile)
            else { continue }
            decisions[index].candidate.subtitle = next.text
            decisions[index].candidate.mergesNextBlock = true
            decisions[index].add(0, "title line below")
            decisions[index + 1].add(0, "title of the heading above")
            decisions[index + 1].isMerged = true
        }
    }

    // MARK: Pass 2

    private func scoreUnmarked(_ decisions: inout [HeadingDecision], _ indices: [Int]) {
        let accepted = decisions.filter { $0.isHeading }.map(\.candidate)
        let firstAcceptedBlock = accepted.map(\.block).min() ?? Int.max
        let acceptedGaps = accepted.map(\.blanksBefore).sorted()
        let typicalGap = acceptedGaps.isEmpty ? 0 : acceptedGaps[acceptedGaps.count / 2]
        let acceptedIndents = Set(accepted.map(\.line.indent))
        let articleMode = accepted.isEmpty
        // A wide gap counts when it is close to the accepted headings' own gap (or, without
        // such a gap, at least two blank lines where paragraphs have one).
        let gapThreshold =
            typicalGap > profile.paragraphGap
            ? max(2, typicalGap - 1) : max(2, profile.paragraphGap + 1)
        let eligible = indices.filter {
            passesFilters(decisions[$0].candidate) != nil || isConfirmed(decisions[$0].candidate)
        }
        let groups = Dictionary(grouping: eligible) {
            unmarkedGroupKey(decisions[$0].candidate, gapThreshold)
        }
        // One-line blocks that could be headings; a one-line paragraph ending in a full stop is
        // not one of them.
        let candidateBlocks = Set(
            decisions.map(\.candidate).filter { rejection($0) == nil || $0.form.isMarked }.map(
                \.block))
        let acceptedBlocks = Set(accepted.map(\.block))
        let divisionBlocks = Set(
            accepted.filter {
                if case .keyword(_, .division) = $0.form.kind { true } else { false }
            }.map(\.block))
        for index in indices {
            var decision = decisions[index]
            let candidate = decision.candidate
            let confirmed = isConfirmed(candidate)
            if let rejection = rejection(candidate), !confirmed {
                decision.add(-10, rejection)
                decisions[index] = decision
                continue
            }
            decision.add(1, "short line")
            if confirmed { decision.add(4, "listed in the contents") }
            if case .setext = candidate.layout { decision.add(3, "underlined") }
            if candidate.centred { decision.add(1.5, "centred") }
            switch candidate.form.letterCase {
            case .upper: decision.add(1, "all capitals")
            case .title: decision.add(1, "title case")
            case .other: break
            }
            if candidate.blanksBefore >= gapThreshold {
                decision.add(1.5, "\(min(candidate.blanksBefore, 9)) blank lines above")
            }
            if candidate.blanksBefore >= 1 && candidate.blanksAfter >= 1 {
                decision.add(0.5, "stands alone")
            }
            if let last = candidate.text.unicodeScalars.last, last == "?" || last == "!" {
                decision.add(-1, "ends with ‘\(last)’")
            }
            let groupKey = unmarkedGroupKey(candidate, gapThreshold)
            let group = groups[groupKey] ?? []
            if group.count >= 3 && !groupKey.hasSuffix("tight") {
                decision.add(1.5, "shape repeats \(group.count)×")
            }
            if shortRun(around: candidate.block, excluding: acceptedBlocks) >= 3 {
                decision.add(-3, "one of a run of short lines (a list, a sign, a poem)")
            }
            let sameIndent =
                acceptedIndents.contains(candidate.line.indent)
                && candidate.line.indent != profile.bodyIndent
            let sameGap = typicalGap > profile.paragraphGap && candidate.blanksBefore >= typicalGap
            if !accepted.isEmpty && (sameIndent || sameGap) {
                decision.add(1.5, "spaced like the other headings")
            }
            if divisionBlocks.contains(candidate.block - 1) && candidate.blanksBefore >= 2 {
                decision.add(1.5, "first title under a part heading")
            }
            if articleMode && isBetweenParagraphs(candidate, candidateBlocks: candidateBlocks) {
                decision.add(2.5, "short line between paragraphs")
            }
            if hasFrontMatter && candidate.block < firstAcceptedBlock && !confirmed {
                decision.add(-10, "front matter before the first heading")
            }
            decision.isHeading = decision.score >= Self.threshold
            decisions[index] = decision
        }
    }

    private func isConfirmed(_ candidate: HeadingCandidate) -> Bool {
        contents.map { isConfirmed(candidate, by: $0) } ?? false
    }

    private func passesFilters(_ candidate: HeadingCandidate) -> HeadingCandidate? {
        rejection(candidate) == nil ? candidate : nil
    }

    /// Why an unmarked line cannot be a heading, or nil when it can.
    private func rejection(_ candidate: HeadingCandidate) -> String? {
        let text = candidate.text
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
            return "empty"
        }
        if case .setext = candidate.layout { return nil }
        if candidate.layout == .runIn { return "runs into its paragraph" }
        if first.properties.isLowercase { return "starts in lower case" }
        if Self.dialogueOpeners.contains(first) && !isQuotedTitle(text) {
            return "starts like dialogue or a quotation"
        }
        let lastWord = text.split(separator: " ").last ?? ""
        if Self.clauseEndings.contains(last) && !(last == "." && Self.isAbbreviation(lastWord)) {
            return "ends like a sentence"
        }
        if text.split(separator: " ").count > 12 { return "over 12 words" }
        let widthLimit = candidate.blanksBefore >= 2 ? profile.wrapWidth * 4 : profile.wrapWidth * 3
        if candidate.line.width * 4 > widthLimit { return "as long as a line of prose" }
        if !text.contains(where: \.isLetter) { return "no letters" }
        if containsSentenceBreak(text) { return "holds two sentences" }
        return nil
    }

    /// A title in quotation marks: the whole line quoted, two words or more, title case.
    private func isQuotedTitle(_ text: Substring) -> Bool {
        guard let first = text.first, let last = text.last, "\"“'‘«".contains(first),
            "\"”'’»".contains(last)
        else {
            return false
        }
        let inner = text.dropFirst().dropLast()
        return inner.split(separator: " ").count >= 2 && HeadingForm.letterCase(of: inner) != .other
            && !inner.contains(where: { "\"“”".contains($0) })
    }

    /// ". " and a capital inside the line ("FRANCISCO. Barnardo?"), after a word that is no
    /// initial or abbreviation ("G. P.", "Mr. Smith").
    private func containsSentenceBreak(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        for (word, next) in zip(words, words.dropFirst()) where word.hasSuffix(".") {
            if next.first?.isUppercase == true && !Self.isAbbreviation(word) { return true }
        }
        return false
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "etc", "vs", "no", "mt", "ft", "rev", "prof",
        "gen", "col", "capt", "lt", "sgt", "hon", "messrs", "vol", "ch", "pt", "fig",
    ]

    /// "G.", "Etc.", "Mr." (a single letter is an initial).
    static func isAbbreviation(_ word: Substring) -> Bool {
        let bare = word.trimmingCharacters(in: [".", "(", "[", ","])
        return bare.count == 1 || abbreviations.contains(bare.lowercased())
    }

    private func unmarkedGroupKey(_ candidate: HeadingCandidate, _ gapThreshold: Int) -> String {
        if candidate.centred { return "centred" }
        let gap = candidate.blanksBefore >= gapThreshold ? "gap" : "tight"
        return
            "\(min(candidate.line.indent, 12))|\(candidate.form.letterCase == .other ? "other" : "capitalised")|\(gap)"
    }

    /// How many consecutive short one-line fragments (not sentences, not already headings)
    /// surround this one.
    private func shortRun(around block: Int, excluding accepted: Set<Int>) -> Int {
        func isShort(_ index: Int) -> Bool {
            guard index >= 0, index < blocks.count, blocks[index].count == 1,
                !accepted.contains(index)
            else {
                return false
            }
            let line = table.lines[blocks[index].lowerBound]
            let fragment = !line.content.endsSentence || !line.content.contains(" ")
            return fragment && line.span * 10 <= profile.wrapWidth * 6
        }
        var start = block
        var end = block
        while isShort(start - 1) { start -= 1 }
        while isShort(end + 1) { end += 1 }
        return end - start + 1
    }

    /// Neither neighbour is itself a heading candidate (a run of short lines is a list), and
    /// some text follows.
    private func isBetweenParagraphs(_ candidate: HeadingCandidate, candidateBlocks: Set<Int>)
        -> Bool
    {
        let block = candidate.block
        guard block + 1 < blocks.count else { return false }
        let previousIsShort = block > 0 && candidateBlocks.contains(block - 1)
        let nextIsShort = candidateBlocks.contains(block + 1)
        return !(previousIsShort && nextIsShort) && !nextIsShort
            || (!previousIsShort && nextIsShort && block + 2 < blocks.count
                && !candidateBlocks.contains(block + 2))
    }

    // MARK: Levels

    /// Ranks from the keywords (parts over chapters over sections); a standalone word ranks
    /// as a part when the chapters after it start again at 1; a bare number under a titled
    /// chapter is a minor heading left out of the contents. Ranks in use become levels 1, 2, 3.
    private func assignLevels(_ decisions: inout [HeadingDecision]) {
        let headings = decisions.indices.filter { decisions[$0].isHeading }
        var sawChapter = false
        for (position, index) in headings.enumerated() {
            let candidate = decisions[index].candidate
            var rank: HeadingKeywords.Rank = .chapter
            switch candidate.form.kind {
            case .keyword(_, let keywordRank): rank = keywordRank
            case .standalone:
                let next = headings.dropFirst(position + 1).first.map { decisions[$0] }
                if sawChapter, let next,
                    next.rank == .chapter || next.candidate.form.kind.isChapterKeyword,
                    (next.candidate.form.numeral?.value ?? 2) <= 1
                {
                    rank = .division
                }
            case .bareNumber:
                let parent = headings.prefix(position).last {
                    decisions[$0].candidate.form.kind != .bareNumber
                }
                if let parent, decisions[parent].rank != .division {
                    rank = .section
                    decisions[index].listed = false
                }
            default:
                if case .setext(let setextRank) = candidate.layout { rank = setextRank }
            }
            decisions[index].rank = rank
            if rank == .chapter { sawChapter = true }
        }
        let ranks = Set(headings.filter { decisions[$0].listed }.map { decisions[$0].rank })
            .sorted()
        var lastLevel = 1
        for index in headings {
            if decisions[index].listed {
                let level = (ranks.firstIndex(of: decisions[index].rank) ?? 0) + 1
                decisions[index].level = level
                lastLevel = level
            } else {
                decisions[index].level = lastLevel + 1
            }
        }
    }
}

extension HeadingForm.Kind {
    var isKeyword: Bool {
        if case .keyword = self { return true }
        return false
    }

    var isStandalone: Bool {
        if case .standalone = self { return true }
        return false
    }

    var isChapterKeyword: Bool {
        if case .keyword(_, let rank) = self { return rank == .chapter }
        return false
    }
}
