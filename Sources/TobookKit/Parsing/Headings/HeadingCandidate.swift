/// A block (or the first line of one) that could be a heading, with the measurements the
/// detector scores.
struct HeadingCandidate: Equatable, Sendable {
    enum Layout: Equatable, Sendable {
        /// The whole block is the heading (one line, or a wrapped two-line title).
        case whole
        /// A number line with a title line under it, in one block.
        case numberOverTitle
        /// A line underlined with `===` or `---`.
        case setext(HeadingKeywords.Rank)
        /// The heading runs into its paragraph: "2. Grant of Copyright License. Subject to…"
        case runIn
        /// A number or keyword line with its text directly under it, no blank line between.
        case firstLine
    }

    /// Index of the block in the document's block list.
    let block: Int
    let layout: Layout
    let form: HeadingForm
    let text: Substring
    var subtitle: Substring?
    let line: SourceLine
    let blanksBefore: Int
    let blanksAfter: Int
    let centred: Bool
    /// Set when the next block is a title line joined to this heading as its subtitle.
    var mergesNextBlock = false

    /// The heading shares its block with the text under it (run in, or its first line).
    var isAttached: Bool { layout == .runIn || layout == .firstLine }

    /// Reads the candidate of a block, if its shape allows one.
    static func make<Lines: RandomAccessCollection<SourceLine>>(
        block index: Int, lines: Lines, table: LineTable, profile: DocumentProfile,
        firstIndex: Int
    ) -> HeadingCandidate? where Lines.Index == Int {
        guard let first = lines.first, let initial = first.content.unicodeScalars.first else {
            return nil
        }
        // A line that starts in lower case is never a heading; under it, no marker is possible.
        if initial.properties.isLowercase { return nil }
        let form = HeadingForm(first.content.strippingEmphasisMarks)
        let before = table.blanks(before: firstIndex)
        let centred = isCentred(first, profile: profile)
        func candidate(_ layout: Layout, text: Substring, subtitle: Substring? = nil, after: Int)
            -> HeadingCandidate
        {
            HeadingCandidate(
                block: index, layout: layout, form: form, text: text.strippingEmphasisMarks,
                subtitle: subtitle?.strippingEmphasisMarks, line: first,
                blanksBefore: before, blanksAfter: after, centred: centred)
        }
        let blanksAfterBlock = table.blanks(after: firstIndex + lines.count - 1)
        switch lines.count {
        case 1:
            return candidate(.whole, text: first.content, after: blanksAfterBlock)
        case 2:
            let second = lines[lines.startIndex + 1]
            if let rank = setextRank(second.content) {
                return candidate(.setext(rank), text: first.content, after: blanksAfterBlock)
            }
            if form.isMarked, form.title == nil,
                isTitleLine(second, profile: profile, allowingFullStop: true)
            {
                return candidate(
                    .numberOverTitle, text: first.content, subtitle: second.content,
                    after: blanksAfterBlock)
            }
            if form.isMarked, form.title != nil, first.span * 10 >= profile.wrapWidth * 6,
                second.width * 10 <= profile.wrapWidth * 7, second.indent <= first.indent
            {
                let joined = Substring(LineJoiner.join([first.content, second.content]))
                return candidate(.whole, text: joined, after: blanksAfterBlock)
            }
            // A title in capitals wrapped over two lines: one heading, its lines joined.
            if !form.isMarked, HeadingForm.letterCase(of: first.content) == .upper,
                HeadingForm.letterCase(of: second.content) == .upper,
                !first.content.endsSentence,
                first.content.wordCount + second.content.wordCount <= 16
            {
                let joined = Substring(LineJoiner.join([first.content, second.content]))
                return candidate(.whole, text: joined, after: blanksAfterBlock)
            }
            let bracketed = second.content.first == "[" || second.content.first == "("
            if !form.isMarked, bracketed || second.indent > first.indent,
                second.width * 10 <= profile.wrapWidth * (bracketed ? 10 : 8)
            {
                return candidate(
                    .whole, text: first.content, subtitle: second.content, after: blanksAfterBlock)
            }
            return bodyFollows(form, first)
                ?? (runIn(form) ? candidate(.runIn, text: first.content, after: 0) : nil)
        default:
            return bodyFollows(form, first)
                ?? (runIn(form) ? candidate(.runIn, text: first.content, after: 0) : nil)
        }

        /// "CHAPTER IV" or a bare "12" with its text right under it.
        func bodyFollows(_ form: HeadingForm, _ line: SourceLine) -> HeadingCandidate? {
            guard form.title == nil, form.isMarked else { return nil }
            if case .labelledNumber = form.kind { return nil }
            return candidate(.firstLine, text: line.content, after: 0)
        }
    }

    /// Numbered sections may run into their first paragraph; other headings stand alone.
    private static func runIn(_ form: HeadingForm) -> Bool {
        guard form.title != nil else { return false }
        switch form.kind {
        case .keyword, .numberedTitle, .standalone: return true
        default: return false
        }
    }

    /// A line whose margins balance (to a sixth of the text width) and that starts well inside.
    static func isCentred(_ line: SourceLine, profile: DocumentProfile) -> Bool {
        guard line.indent >= 8 else { return false }
        let centre = Double(line.indent) + Double(line.width) / 2
        return abs(centre - Double(profile.wrapWidth) / 2) <= Double(profile.wrapWidth) / 6
    }

    /// `====` makes a chapter-rank heading, `----` a section.
    static func setextRank(_ content: Substring) -> HeadingKeywords.Rank? {
        guard content.count >= 3 else { return nil }
        if content.allSatisfy({ $0 == "=" }) { return .chapter }
        if content.allSatisfy({ $0 == "-" }) { return .section }
        return nil
    }

    /// A short line that reads as a title: no sentence-final punctuation besides `?` and `!`,
    /// no lower-case start, no dialogue.
    static func isTitleLine(
        _ line: SourceLine, profile: DocumentProfile, allowingFullStop: Bool = false
    ) -> Bool {
        let content = line.content
        guard line.width * 10 <= profile.wrapWidth * 7, content.split(separator: " ").count <= 12,
            let first = content.unicodeScalars.first, let last = content.unicodeScalars.last
        else { return false }
        if first.properties.isLowercase || HeadingDetector.dialogueOpeners.contains(first) {
            return false
        }
        if allowingFullStop && last == "." { return true }
        return !HeadingDetector.clauseEndings.contains(last)
    }
}

extension Substring {
    /// The text without `_` or `*` wrapping the whole of it (`_To Mrs. Saville._`), which marks
    /// emphasis, not part of the words a heading test looks at.
    var strippingEmphasisMarks: Substring {
        for mark: Character in ["_", "*"] where first == mark && last == mark && count > 2 {
            return dropFirst().dropLast()
        }
        return self
    }
}
