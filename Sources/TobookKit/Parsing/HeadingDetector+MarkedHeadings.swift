/// Pass 1: headings with a marker (keyword, number, standalone word), scored from their own
/// form and from the numbers and shapes the document repeats.
extension HeadingDetector {
    func scoreMarked(_ decisions: inout [HeadingDecision], _ indices: [Int]) {
        let groups = Dictionary(grouping: indices) { shapeKey(decisions[$0].candidate) }
        var lastInGroup: [String: Int] = [:]
        var lastOfStyle: [Numeral.Style: Int] = [:]
        var lastBlock: [String: Int] = [:]
        // Blocks that may head something (marked, or unmarked and title-like): a number
        // sequence may restart after one of them ("1" under each new poem).
        let plausible = decisions.map(\.candidate).filter {
            $0.form.isMarked || rejection($0) == nil
        }
        let plausibleBlocks = BlockKeys(plausible.map { ($0.block, shapeKey($0)) })
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
                        plausibleBlocks.contains(
                            between: previousBlock, and: candidate.block, notIn: key)
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
        let indent = candidate.centred ? "c" : String(min(candidate.line.indent, 12))
        return "\(kind)|\(style)|\(indent)"
    }

    func isConfirmed(_ candidate: HeadingCandidate, by contents: ContentsList) -> Bool {
        if case .keyword(let word, _) = candidate.form.kind, let numeral = candidate.form.numeral,
            contents.markers.contains(ContentsList.Marker(word: word, value: numeral.value))
        {
            return true
        }
        return contents.confirms(candidate.text)
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

    /// Numbered lines with nothing between them are list items, not sections: a one-line item
    /// next to another, or run-in items in a group where no item stands above its own text.
    func isListLike(_ candidate: HeadingCandidate, group: [HeadingCandidate]) -> Bool {
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
    func headingTitle(of candidate: HeadingCandidate) -> Substring? {
        guard candidate.layout == .runIn else { return candidate.form.title }
        return RunInHeading.split(candidate.text).flatMap { HeadingForm($0.heading).title }
    }

    /// A title that is a long sentence: "A Fast-Fish belongs to the party fast to it." has
    /// several lower-case words that title case would capitalise, and a full stop.
    func readsAsSentence(_ title: Substring) -> Bool {
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
    func mergeTitleLines(_ decisions: inout [HeadingDecision]) {
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
