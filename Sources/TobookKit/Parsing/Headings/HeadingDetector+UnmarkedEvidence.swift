/// Stage 2: headings with no marker, judged against what stage 1 found.
extension HeadingDetector {
    func scoreUnmarked(
        _ decisions: inout [HeadingDecision], _ indices: [Int], _ statistics: CandidateStatistics
    ) {
        let context = UnmarkedContext(
            detector: self, decisions: decisions, indices: indices, statistics: statistics)
        var weighed: [Int] = []
        for index in indices {
            let candidate = decisions[index].candidate
            if let rejection = context.rejections[index] ?? veto(candidate),
                !context.confirmations[index]
            {
                decisions[index].overrule(rejection)
                continue
            }
            // `===` or `---` under a line is the text's own mark of a heading (Markdown's).
            if case .setext = candidate.layout {
                decisions[index].rule("underlined: the text marks it a heading")
                continue
            }
            let headingAbove = context.gapAboveHeading[candidate.block - 1]
            decisions[index].judge(
                unmarkedEvidence(
                    candidate, context, confirmed: context.confirmations[index],
                    headingAbove: headingAbove),
                by: model.unmarked)
            weighed.append(index)
        }
        // A title right under an unmarked heading this stage accepted ("TABLEAUX PARISIENS"
        // over "LE SOLEIL") shares the gap above it, as under a marked one.
        let headingByBlock = Dictionary(
            weighed.filter { decisions[$0].isHeading }.map {
                (decisions[$0].candidate.block, decisions[$0].candidate.blanksBefore)
            }, uniquingKeysWith: { first, _ in first })
        for index in weighed where !decisions[index].isHeading {
            let candidate = decisions[index].candidate
            guard context.gapAboveHeading[candidate.block - 1] == nil,
                let gap = headingByBlock[candidate.block - 1]
            else { continue }
            decisions[index].judge(
                unmarkedEvidence(
                    candidate, context, confirmed: context.confirmations[index], headingAbove: gap),
                by: model.unmarked)
        }
    }

    /// What stage 1 found, and each candidate's rejection and contents confirmation, worked
    /// out once for stage 2.
    struct UnmarkedContext {
        let statistics: CandidateStatistics
        let accepted: [HeadingCandidate]
        /// A Gutenberg book's transcribed title page comes before its first marked heading,
        /// when that heading comes early; a late one says the headings before it are unmarked.
        let frontMatterEnd: Int
        let typicalGap: Int
        let acceptedIndents: Set<Int>
        /// An article's own evidence (a short line between paragraphs) holds unless the text
        /// has a run of marked headings: one "Conclusion" or "Part One:" among its sections
        /// does not make a book of it.
        let articleMode: Bool
        let rejections: [String?]
        let confirmations: [Bool]
        let groups: [String: [Int]]
        /// One-line blocks that could be headings; a one-line paragraph ending in a full stop
        /// is not one of them.
        let candidateBlocks: Set<Int>
        let acceptedBlocks: Set<Int>
        /// The gap above each accepted heading, by block.
        let gapAboveHeading: [Int: Int]
        let divisionBlocks: Set<Int>

        init(
            detector: HeadingDetector, decisions: [HeadingDecision], indices: [Int],
            statistics: CandidateStatistics
        ) {
            self.statistics = statistics
            accepted = decisions.filter { $0.isHeading }.map(\.candidate)
            let firstAcceptedBlock = accepted.map(\.block).min() ?? Int.max
            frontMatterEnd =
                firstAcceptedBlock <= detector.blocks.count / 10 ? firstAcceptedBlock : 0
            let acceptedGaps = accepted.map(\.blanksBefore).sorted()
            typicalGap = acceptedGaps.isEmpty ? 0 : acceptedGaps[acceptedGaps.count / 2]
            acceptedIndents = Set(accepted.map(\.line.indent))
            articleMode = accepted.count < 3
            let rejections = decisions.map { detector.rejection($0.candidate) }
            var confirmations = [Bool](repeating: false, count: decisions.count)
            for index in indices {
                confirmations[index] = detector.isConfirmed(decisions[index].candidate)
            }
            let eligible = indices.filter { rejections[$0] == nil || confirmations[$0] }
            groups = Dictionary(grouping: eligible) {
                detector.unmarkedGroupKey(decisions[$0].candidate, statistics.wideGap)
            }
            candidateBlocks = Set(
                decisions.indices.filter {
                    decisions[$0].candidate.form.isMarked
                        || rejections[$0] == nil
                            && !detector.endsLikeSentence(decisions[$0].candidate.text)
                }
                .map { decisions[$0].candidate.block })
            acceptedBlocks = Set(accepted.map(\.block))
            var gapAboveHeading: [Int: Int] = [:]
            for heading in accepted { gapAboveHeading[heading.block] = heading.blanksBefore }
            self.gapAboveHeading = gapAboveHeading
            divisionBlocks = Set(accepted.filter(\.form.kind.isDivision).map(\.block))
            self.rejections = rejections
            self.confirmations = confirmations
        }
    }

    /// The evidence on one unmarked candidate; `headingAbove` is the gap above the heading
    /// right over it, which sets the pair off together.
    private func unmarkedEvidence(
        _ candidate: HeadingCandidate, _ context: UnmarkedContext, confirmed: Bool,
        headingAbove: Int?
    ) -> HeadingEvidence {
        var evidence = HeadingEvidence()
        if confirmed { evidence.add(.inContents, "listed in the contents") }
        addLayoutEvidence(
            candidate, context.statistics,
            gapAbove: headingAbove.map { max($0, candidate.blanksBefore) }, to: &evidence)
        addPunctuationEvidence(candidate.text, to: &evidence)
        let groupKey = unmarkedGroupKey(candidate, context.statistics.wideGap)
        let group = context.groups[groupKey] ?? []
        if group.count >= 3 && !groupKey.hasSuffix("tight") {
            evidence.add(
                .shapeRepeats, "shape repeats \(group.count)×",
                value: min(4, Double(group.count).squareRoot() - 1))
        }
        if shortRun(around: candidate.block, excluding: context.acceptedBlocks) >= 3 {
            evidence.add(.shortRun, "one of a run of short lines (a list, a sign, a poem)")
        }
        let sameIndent =
            context.acceptedIndents.contains(candidate.line.indent)
            && candidate.line.indent != profile.bodyIndent
        let sameGap =
            context.typicalGap > profile.paragraphGap
            && candidate.blanksBefore >= context.typicalGap
        if !context.accepted.isEmpty && (sameIndent || sameGap) {
            evidence.add(.spacedLikeHeadings, "spaced like the other headings")
        }
        if context.divisionBlocks.contains(candidate.block - 1) && candidate.blanksBefore >= 2 {
            evidence.add(.underPart, "first title under a part heading")
        }
        addPlacementEvidence(candidate, context, to: &evidence)
        if hasFrontMatter && candidate.block < context.frontMatterEnd && !confirmed {
            evidence.add(.beforeFirstHeading, "front matter before the first heading")
        }
        return evidence
    }

    /// A short line between paragraphs (in an article, in a pasted page) and a question
    /// standing alone in a pasted page.
    private func addPlacementEvidence(
        _ candidate: HeadingCandidate, _ context: UnmarkedContext,
        to evidence: inout HeadingEvidence
    ) {
        if isBetweenParagraphs(candidate, candidateBlocks: context.candidateBlocks) {
            evidence.add(.betweenParagraphs, "short line between paragraphs")
            if context.articleMode {
                evidence.add(.articleBetweenParagraphs, "no marked headings in the text")
            }
            if profile.isWebPaste && !endsLikeSentence(candidate.text) {
                evidence.add(.pasteBetweenParagraphs, "between a pasted page's paragraphs")
            }
        }
        if profile.isWebPaste, let last = candidate.text.unicodeScalars.last,
            "?!？！".unicodeScalars.contains(last)
        {
            evidence.add(.pasteQuestion, "a question standing alone in a pasted page")
        }
    }

    /// A title-like line: no rejection, and no full stop or colon that ends a sentence.
    func isTitleLike(_ candidate: HeadingCandidate) -> Bool {
        rejection(candidate) == nil && !endsLikeSentence(candidate.text)
    }

    func endsLikeSentence(_ text: Substring) -> Bool {
        guard let last = text.unicodeScalars.last, Self.clauseEndings.contains(last) else {
            return false
        }
        return !(last == "." && Self.isAbbreviation(Self.lastWord(of: text)))
    }

    /// How the line ends and begins, for lines that have no marker to speak for them.
    func addPunctuationEvidence(_ text: Substring, to evidence: inout HeadingEvidence) {
        guard let last = text.unicodeScalars.last else { return }
        switch last {
        case ".", "。":
            if !Self.isAbbreviation(Self.lastWord(of: text)) {
                evidence.add(.endsFullStop, "ends with ‘.’")
                if HeadingForm.letterCase(of: text) != .other {
                    evidence.add(.capitalisedFullStop, "capitalised, with a full stop")
                }
            }
        case ":", "：": evidence.add(.endsClause, "ends with ‘:’")
        case "?", "!", "？", "！": evidence.add(.endsQuestion, "ends with ‘\(last)’")
        default: break
        }
        if isQuotedTitle(text) { evidence.add(.quotedTitle, "a title in quotation marks") }
    }

    /// Why an unmarked line cannot be a heading, or nil when it can.
    func rejection(_ candidate: HeadingCandidate) -> String? {
        let text = candidate.text
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
            return "empty"
        }
        if case .setext = candidate.layout { return nil }
        if candidate.layout == .runIn { return "runs into its paragraph" }
        if first.properties.isLowercase { return "starts in lower case" }
        if Self.dialogueOpeners.contains(first) && !isQuotedTitle(text)
            && !(profile.isWebPaste && opensWithQuotedName(text))
        {
            return "starts like dialogue or a quotation"
        }
        if last == "," || last == ";" || last == "，" || last == "；" {
            return "ends like a clause"
        }
        // Chinese and Japanese write no spaces: two wide characters count as a word.
        let wide = text.unicodeScalars.count(where: \.isWide)
        if text.wordCount + wide / 2 > 16 { return "over 16 words" }
        let widthLimit = candidate.blanksBefore >= 2 ? profile.wrapWidth * 4 : profile.wrapWidth * 3
        if candidate.line.width * 4 > widthLimit { return "as long as a line of prose" }
        if !text.contains(where: \.isLetter) { return "no letters" }
        if containsSentenceBreak(text) { return "holds two sentences" }
        guard profile.isWebPaste else { return nil }
        // What a browser copies with an article: never its section headings.
        if text.contains("\t") { return "a table row" }
        if PictureCredit.matches(text) { return "a picture's caption or credit" }
        if DateLine(text) != nil { return "a date line" }
        if CodeLine.looksLikeCode(text) { return "looks like code" }
        if SiteChrome.reason(text) != nil { return "site chrome" }
        if endsQuotedSentence(text) { return "a sentence in quotation marks" }
        if BylineLine(text, allowsBareName: false) != nil { return "a by-line" }
        if namesPersonWithRole(text) { return "a person and their role (a caption)" }
        if text.contains("://") || text.contains("www.") || text.contains("pic.twitter.com") {
            return "holds a web address"
        }
        return nil
    }

    /// A caption under a portrait, or a list of people: one name, then after a comma a role
    /// in lower case or more commas ("Jay Pelham, president, TotalBank", "Luz Edith Vásquez,
    /// psicóloga y consultora"). A section heading that starts with a name goes on with a
    /// statement, not a job title.
    func namesPersonWithRole(_ text: Substring) -> Bool {
        guard let comma = text.firstIndex(of: ","), text.last != "?" else { return false }
        let rest = text[text.index(after: comma)...].trimmingTextWhitespace()
        guard let first = rest.first,
            let names = BylineLine.names(in: text[..<comma], strict: true), names.count == 1
        else { return false }
        return first.isLowercase || rest.contains(",")
    }

    /// Dialogue whose closing quotation mark hides its sentence end ("She looked up. “I
    /// don’t think so.”"): the mark follows a `.`, `!` or `?` inside the line, or a full stop.
    func endsQuotedSentence(_ text: Substring) -> Bool {
        let scalars = Array(text.unicodeScalars.suffix(2))
        guard scalars.count == 2, "\"”’»".unicodeScalars.contains(scalars[1]) else {
            return false
        }
        if scalars[0] == "." || scalars[0] == "…" { return true }
        guard scalars[0] == "!" || scalars[0] == "?" else { return false }
        // "“Why Not?”" as a whole quoted title stays possible; a sentence before the quote
        // does not.
        return text.dropLast().contains { $0 == "“" || $0 == "\"" || $0 == "«" }
            && !(text.first.map { "\"“‘«".contains($0) } ?? false)
    }

    /// A heading that opens with a quoted name and goes on ("“Product Name” ($30)",
    /// "‘Unprecedented’ events"): the quotation closes inside the line after a few words with
    /// no punctuation before its closing mark, as dialogue ("“No,” she said") has.
    func opensWithQuotedName(_ text: Substring) -> Bool {
        let closers: [Character: Character] = ["“": "”", "‘": "’", "\"": "\"", "«": "»", "'": "'"]
        guard let first = text.first, let closer = closers[first] else { return false }
        let rest = text.dropFirst()
        guard let close = rest.firstIndex(of: closer), close != rest.startIndex else {
            return false
        }
        let quoted = rest[..<close]
        guard let last = quoted.last, !",.;:!?…".contains(last), quoted.wordCount <= 6 else {
            return false
        }
        return !rest[rest.index(after: close)...].trimmingTextWhitespace().isEmpty
    }

    /// A title in quotation marks: the whole line quoted, two words or more, title case.
    func isQuotedTitle(_ text: Substring) -> Bool {
        guard let first = text.first, let last = text.last, "\"“'‘«".contains(first),
            "\"”'’»".contains(last)
        else {
            return false
        }
        let inner = text.dropFirst().dropLast()
        return inner.wordCount >= 2 && HeadingForm.letterCase(of: inner) != .other
            && !inner.unicodeScalars.contains(where: { $0 == "\"" || $0 == "“" || $0 == "”" })
    }

    /// ". " and a capital inside the line ("FRANCISCO. Barnardo?"), after a word that is no
    /// initial or abbreviation ("G. P.", "Mr. Smith").
    func containsSentenceBreak(_ text: Substring) -> Bool {
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

    /// The text after the last space (trailing spaces aside).
    static func lastWord(of text: Substring) -> Substring {
        let bytes = text.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 {
            end = bytes.index(before: end)
        }
        var start = end
        while start > bytes.startIndex, bytes[bytes.index(before: start)] != 0x20 {
            start = bytes.index(before: start)
        }
        return Substring(bytes[start..<end])
    }

    /// "G.", "Etc.", "Mr." (a single letter is an initial).
    static func isAbbreviation(_ word: Substring) -> Bool {
        let bare = word.trimmingCharacters(in: [".", "(", "[", ","])
        return bare.count == 1 || abbreviations.contains(bare.quickLowercased())
    }

    func unmarkedGroupKey(_ candidate: HeadingCandidate, _ wideGap: Int) -> String {
        if candidate.centred { return "centred" }
        let gap = candidate.blanksBefore >= wideGap ? "gap" : "tight"
        return
            "\(min(candidate.line.indent, 12))|\(candidate.form.letterCase == .other ? "other" : "capitalised")|\(gap)"
    }

    /// How many consecutive short one-line fragments (not sentences, not already headings)
    /// surround this one.
    func shortRun(around block: Int, excluding accepted: Set<Int>) -> Int {
        func isShort(_ index: Int) -> Bool {
            guard index >= 0, index < blocks.count, blocks[index].count == 1,
                !accepted.contains(index)
            else {
                return false
            }
            let line = table.lines[blocks[index].lowerBound]
            let fragment = !line.content.endsSentence || !line.content.containsBytes(" ")
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
    func isBetweenParagraphs(_ candidate: HeadingCandidate, candidateBlocks: Set<Int>)
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
}
