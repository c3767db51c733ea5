/// Statistics of a document taken before any decision, so that thresholds follow the text
/// (its wrap width, its usual gap between paragraphs) instead of fixed numbers.
struct DocumentProfile: Equatable, Sendable {
    enum ParagraphStyle: Equatable, Sendable {
        /// Blank lines between paragraphs (most Gutenberg books, most articles).
        case blankLines
        /// First lines indented, no blank lines between paragraphs (print style).
        case indentedFirstLines
        /// One paragraph per line: lines not wrapped (past 100 columns), as text copied from
        /// the web, where every line break is meant.
        case linePerParagraph
        /// Hard-wrapped with neither blank lines nor indents: breaks come from the fit test.
        case unformatted
    }

    /// The 95th percentile of non-blank line spans: the column the text was wrapped at.
    let wrapWidth: Int
    /// The same in UTF-8 bytes, for texts wrapped by tools that counted bytes.
    let wrapBytes: Int
    /// Whether lines were broken at a fixed width.
    let isHardWrapped: Bool
    /// The most common run of blank lines between blocks.
    let paragraphGap: Int
    /// The most common indent of non-blank lines.
    let bodyIndent: Int
    let paragraphStyle: ParagraphStyle
    /// Lines past 100 columns (paragraphs that were never wrapped), and how many of them
    /// stand alone between blank lines: nearly all in an article pasted with blank lines
    /// between paragraphs, next to none in one pasted with single newlines.
    let longLines: Int
    let longLinesAlone: Int

    /// Reads the lines' measurements only, never their text: the profile looks at every line
    /// of the book, so it goes through the table's records instead of making each line.
    init(_ lines: Slice<LineTable.Lines>) {
        let table = lines.base
        let filled = lines.indices.lazy.filter { !table.isBlank(at: $0) }
        wrapWidth = Self.percentile95(filled.map(table.span(at:))).map { max(20, $0) } ?? 80
        wrapBytes = Self.percentile95(filled.map(table.byteSpan(at:))).map { max(20, $0) } ?? 80
        var gaps: [Int: Int] = [:]
        var indents: [Int: Int] = [:]
        var run = 0
        var nonBlank = 0
        var followedByText = 0
        var longFollowedByText = 0
        var indentedStarts = 0
        var previous: Int?
        for line in lines.indices {
            if table.isBlank(at: line) {
                run += 1
            } else {
                if run > 0 && previous != nil { gaps[run, default: 0] += 1 }
                run = 0
                nonBlank += 1
                let indent = table.indent(at: line)
                indents[indent, default: 0] += 1
                if let previous, !table.isBlank(at: previous) {
                    followedByText += 1
                    if table.span(at: previous) * 10 >= wrapWidth * 7 { longFollowedByText += 1 }
                    if indent >= table.indent(at: previous) + 2 { indentedStarts += 1 }
                }
            }
            previous = line
        }
        paragraphGap =
            gaps.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 1
        bodyIndent =
            indents.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
            ?? 0
        isHardWrapped =
            wrapWidth <= 100 && followedByText > 0 && longFollowedByText * 10 >= followedByText * 6
        let blankGaps = gaps.values.reduce(0, +)
        var long = 0
        var alone = 0
        for position in lines.indices where table.span(at: position) > 100 {
            long += 1
            let blankAbove = position == lines.startIndex || table.isBlank(at: position - 1)
            let blankBelow = position + 1 == lines.endIndex || table.isBlank(at: position + 1)
            if blankAbove && blankBelow { alone += 1 }
        }
        longLines = long
        longLinesAlone = alone
        if wrapWidth > 100 {
            paragraphStyle = .linePerParagraph
        } else if blankGaps * 20 >= nonBlank {
            paragraphStyle = .blankLines
        } else if indentedStarts * 20 >= nonBlank {
            paragraphStyle = .indentedFirstLines
        } else if isHardWrapped {
            paragraphStyle = .unformatted
        } else {
            paragraphStyle = .linePerParagraph
        }
    }

    /// The value at `count * 95 / 100` of the values in ascending order (the last, when there
    /// are few); nil for none. Counted instead of sorted: spans are small numbers, and a book
    /// has a hundred thousand lines. Spans are never negative.
    static func percentile95(_ values: some Sequence<Int>) -> Int? {
        var counts = [Int](repeating: 0, count: 1024)
        var large: [Int] = []
        var total = 0
        for value in values {
            if value < counts.count { counts[value] += 1 } else { large.append(value) }
            total += 1
        }
        guard total > 0 else { return nil }
        let rank = min(total - 1, total * 95 / 100)
        var below = 0
        for (value, count) in counts.enumerated() where count > 0 {
            below += count
            if below > rank { return value }
        }
        large.sort()
        return large[rank - below]
    }

    /// Text copied from a web page (or typed without wrapping): lines run past 100 columns
    /// and were not broken at a fixed width. Captions, credits, site chrome and code lines
    /// come with such text, never with a hard-wrapped book.
    var isWebPaste: Bool { wrapWidth > 100 && !isHardWrapped }

    /// A web paste whose paragraphs stand between blank lines: lines that touch each other
    /// there are list items, a table or code, not paragraphs. Three long lines standing alone
    /// show it, or half of them in a short text (where a list of long items is the other half).
    var separatesParagraphsByBlankLines: Bool {
        isWebPaste && (longLinesAlone >= 3 || longLinesAlone * 2 >= longLines)
    }

    /// Whether a line break was made on purpose (verse, an address, a paragraph's last line)
    /// rather than by wrapping. The fit test must pass (the next line's first word would have
    /// fitted on this line, counting columns and counting bytes, as either may be what the
    /// wrapping tool counted); then the weighted signals of the structure study decide:
    /// - this line is short (under 60% of the wrap width), +2;
    /// - it ends a sentence, +1; the next line starts with a capital, +0.5;
    /// - it ends with a hyphen, −3; the next line starts in lower case, −2;
    /// - it ends with a comma or a letter (mid-clause), −1.5.
    /// With the fit test's +3, a sum of zero or more keeps the break.
    func isIntentionalBreak(after line: SourceLine, before next: SourceLine) -> Bool {
        guard line.span + 1 + next.firstWordWidth <= wrapWidth,
            line.byteSpan + 1 + next.firstWordBytes <= wrapBytes
        else { return false }
        var score = 3.0
        if line.span * 10 < wrapWidth * 6 { score += 2 }
        if line.content.endsSentence { score += 1 }
        if let first = next.content.first {
            if first.isUppercase { score += 0.5 }
            if first.isLowercase { score -= 2 }
        }
        if let last = line.content.last {
            if last == "-" { score -= 3 }
            if last == "," || last.isLetter { score -= 1.5 }
        }
        return score >= 0
    }
}
