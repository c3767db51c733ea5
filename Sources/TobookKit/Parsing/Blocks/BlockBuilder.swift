/// Turns one run of non-blank lines (that is not a heading) into blocks: the kinds are tried in
/// order, and a block that matches none is a paragraph, so nothing is ever dropped.
struct BlockBuilder: Sendable {
    let profile: DocumentProfile
    /// Set for plays, where speeches start with a capitalised speaker name.
    let isDramatic: Bool
    let inlines: InlineParser
    /// Set for poetry: when most blocks read as verse, every block whose lines start with
    /// capitals is verse, even where the fit test cannot tell (a line as long as the wrap).
    var isVerseDocument = false
    /// In a play, the speakers' names as the speeches print them in capitals (`MARCELLUS`),
    /// so that a speech opened by a short form (`Mar.`, `Both.`) is a speech too.
    var speakers: Set<String> = []

    func blocks(for lines: ArraySlice<SourceLine>) -> [Block] {
        guard let first = lines.first else { return [] }
        if lines.count == 1, SceneBreak.matches(first.content) { return [.sceneBreak] }
        if lines.count == 1, profile.isWebPaste, PictureCredit.matches(first.content) {
            return [.caption(inlines.parse(String(first.content)))]
        }
        if lines.count == 1, isVerseDocument, first.indent > 0 || profile.bodyIndent == 0 {
            return [.verse([VerseLine(text: inlines.parse(String(first.content)))])]
        }
        if let label = Footnotes.bodyLabel(of: first.content), inlines.noteLabels.contains(label) {
            return [
                .footnote(
                    Footnote(
                        label: label, text: inlines.parse(LineJoiner.join(lines.map(\.content)))))
            ]
        }
        if let list = list(from: lines) { return [.list(list)] }
        if let table = tabTable(from: lines) { return [.table(table)] }
        if let shaped = shapedLines(lines) { return [.verse(shaped)] }
        if isPreformatted(lines) || isCode(lines) {
            return [.preformatted(preformattedText(lines))]
        }
        if let list = unmarkedList(from: lines) { return [.list(list)] }
        if let verse = verse(from: lines) { return [.verse(verse)] }
        let minimumIndent = lines.map(\.indent).min() ?? 0
        if lines.count >= 2, minimumIndent >= profile.bodyIndent + 2 {
            return [.blockQuote(paragraphs(from: lines))]
        }
        return paragraphs(from: lines)
    }

    // MARK: Paragraphs

    /// Splits a block into paragraphs by the document's paragraph style, then joins each.
    func paragraphs(from lines: ArraySlice<SourceLine>) -> [Block] {
        var result: [Block] = []
        var current: [SourceLine] = []
        let base = lines.map(\.indent).min() ?? 0
        for line in lines {
            if let previous = current.last, startsParagraph(line, after: previous, base: base) {
                result.append(paragraph(current))
                current = []
            }
            current.append(line)
        }
        if !current.isEmpty { result.append(paragraph(current)) }
        return result
    }

    /// - Indented first lines: a line indented past the block's margin opens a paragraph.
    /// - One paragraph per line when the text is not wrapped at a fixed width.
    /// - Unformatted hard-wrapped text: a short line ending a sentence closes a paragraph.
    private func startsParagraph(_ line: SourceLine, after previous: SourceLine, base: Int) -> Bool
    {
        let indentedStart = line.indent >= base + 2 && line.indent > previous.indent
        switch profile.paragraphStyle {
        case .indentedFirstLines:
            return line.indent >= base + 2
        case .linePerParagraph:
            return true
        case .unformatted:
            return indentedStart
                || (profile.isIntentionalBreak(after: previous, before: line)
                    && previous.content.endsSentence)
        case .blankLines:
            return indentedStart && profile.isIntentionalBreak(after: previous, before: line)
        }
    }

    private func paragraph(_ lines: [SourceLine]) -> Block {
        let text = LineJoiner.join(lines.map(\.content))
        if isDramatic,
            let speech = Speech.opening(of: text)
                ?? Speech.shortOpening(of: text, speakers: speakers)
        {
            return .paragraph([.speaker(speech.speaker)] + inlines.parse(speech.rest))
        }
        if isDramatic, Speech.isStageDirection(text) {
            return .paragraph([.emphasis(inlines.parse(text))])
        }
        return .paragraph(inlines.parse(text))
    }

    // MARK: Lists

    /// A block of lines opening with list markers, each item followed by its wrapped lines.
    private func list(from lines: ArraySlice<SourceLine>) -> ListBlock? {
        guard let firstMarker = ListMarker(lines[lines.startIndex].content) else { return nil }
        var items: [(marker: ListMarker, lines: [Substring])] = [(firstMarker, [firstMarker.text])]
        for line in lines.dropFirst() {
            if let marker = ListMarker(line.content), let last = items.last?.marker,
                last.isFollowed(by: marker)
            {
                items.append((marker, [marker.text]))
            } else {
                items[items.count - 1].lines.append(line.content)
            }
        }
        let ordered = firstMarker.isOrdered
        return ListBlock(
            ordered: ordered,
            items: items.map { item in
                ListItem(
                    label: ordered ? String(item.marker.label) : nil,
                    text: inlines.parse(LineJoiner.join(item.lines)),
                    typedMarker: String(item.marker.label))
            })
    }

    /// Text copied from a web page gives a list as one item per line, with no marker and no
    /// blank line between items, where paragraphs are one long line each with blank lines
    /// between them. In such a text a block of three or more lines (two when both are short,
    /// or an enumeration) is a list, unless it reads as verse or wrapped prose: lines ending in
    /// commas or starting in lower case, where they are not an enumeration.
    private func unmarkedList(from lines: ArraySlice<SourceLine>) -> ListBlock? {
        guard profile.separatesParagraphsByBlankLines,
            !isVerseDocument,
            lines.count >= 3 || (lines.count == 2 && lines.allSatisfy { $0.width <= 60 })
                || (lines.count == 2 && Self.isEnumeration(lines))
        else { return nil }
        let base = lines[lines.startIndex].indent
        var continued = 0
        for line in lines {
            guard line.indent == base else { return nil }
            let content = line.content
            if content.last == "," || content.first?.isLowercase == true { continued += 1 }
        }
        // Quantities (`22,5 dkg vaj`, `1 tk só`, `késhegynyi sütőpor`): a recipe's ingredients
        // start with numbers, and the rest may start in lower case.
        let quantities = lines.count(where: { $0.content.first?.isNumber == true })
        guard
            continued * 3 <= lines.count || quantities * 2 >= lines.count
                || Self.isEnumeration(lines)
        else { return nil }
        return ListBlock(
            ordered: false,
            items: lines.map { line in
                ListItem(label: nil, text: inlines.parse(String(line.content)), typedMarker: "")
            })
    }

    /// Items of one sentence, each but the last closed by `;` or by a comma or semicolon and
    /// a word such as `and`: `der Export … gestiegen;` / `der Import … angestiegen;`. Such
    /// lines may start in lower case and still be a list; verse is not punctuated so.
    private static func isEnumeration(_ lines: ArraySlice<SourceLine>) -> Bool {
        lines.dropLast().allSatisfy { line in
            let content = line.content
            if content.last == ";" { return true }
            guard let space = content.lastIndex(of: " "), space > content.startIndex else {
                return false
            }
            let before = content[content.index(before: space)]
            let word = content[content.index(after: space)...].quickLowercased()
            return (before == "," || before == ";") && Self.joiningWords.contains(word)
        }
    }

    /// `and` and `or` in the languages the detector knows (Dutch `of` left out: it is English
    /// `of`, which ends no item).
    private static let joiningWords: Set<String> = [
        "and", "or", "und", "oder", "et", "ou", "y", "o", "e", "i", "oraz", "lub", "en", "и",
        "или",
    ]

    /// A web page's table, which a browser copies one row per line with its cells apart by
    /// tabs: in a web paste, a block of two or more lines that all hold a tab.
    private func tabTable(from lines: ArraySlice<SourceLine>) -> Table? {
        guard profile.isWebPaste, lines.count >= 2,
            lines.allSatisfy({ $0.content.contains("\t") })
        else { return nil }
        return Table(
            rows: lines.map { line in
                TableRow(
                    cells: line.content.split(separator: "\t", omittingEmptySubsequences: false)
                        .map { inlines.parse(String($0.trimmingTextWhitespace())) })
            })
    }

    /// Most lines look like program code or markup (`CodeLine`).
    private func isCode(_ lines: ArraySlice<SourceLine>) -> Bool {
        guard lines.count >= 2 else { return false }
        return Self.countReaches(lines) { CodeLine.looksLikeCode($0.content) }
    }

    /// Whether at least two lines, and at least half of them, pass `test`; stops as soon as
    /// the answer is known (prose fails it line after line: half the lines settle it).
    private static func countReaches(
        _ lines: ArraySlice<SourceLine>, _ test: (SourceLine) -> Bool
    ) -> Bool {
        var (passed, failed) = (0, 0)
        for line in lines {
            if test(line) { passed += 1 } else { failed += 1 }
            if passed >= 2 && passed * 2 >= lines.count { return true }
            let possible = lines.count - failed
            if possible < 2 || possible * 2 < lines.count { return false }
        }
        return false
    }

    // MARK: Preformatted text and verse

    /// Tables and drawings: several lines with column gaps (three spaces or a tab inside the
    /// text) or box-drawing characters; or short lines set at four or more different indents,
    /// a shape drawn with text (the mouse's tail in Alice).
    private func isPreformatted(_ lines: ArraySlice<SourceLine>) -> Bool {
        guard lines.count >= 2 else { return false }
        if isStaggered(lines) { return true }
        return Self.countReaches(lines) { line in
            line.content.withUTF8Bytes(Self.looksColumned)
        }
    }

    /// Short lines set at four or more different indents.
    private func isStaggered(_ lines: ArraySlice<SourceLine>) -> Bool {
        lines.count >= 4 && Set(lines.map(\.indent)).count >= 4
            && lines.allSatisfy({ $0.width * 10 < profile.wrapWidth * 6 })
    }

    /// Staggered lines that are lines of words, not a drawing: an address set step by step
    /// (`ALICE'S RIGHT FOOT, ESQ.` / `  HEARTHRUG,`), a letter's close and signature, a
    /// dedication, an epigraph with its attribution far to the right. Kept as lines, with
    /// their indents, in the book's face and with its typography, where a preformatted block
    /// would set them in a monospace face with quotes and dashes as typed.
    /// - Three lines in four hold mostly letters and digits (an epigraph may have a row of
    ///   dots): a drawing made of `/`, `|` and `_` does not.
    /// - Under a third of the lines open in lower case: a shape cut from running text (the
    ///   mouse's tail: `mouse, That he` / `met in the`) breaks its phrases anywhere.
    /// - Column gaps (three spaces, or two after a word) in at most a quarter of the lines: a
    ///   table, a contents list (`TWENTY-FOUR  GOSSIP`) stays as typed.
    private func shapedLines(_ lines: ArraySlice<SourceLine>) -> [VerseLine]? {
        guard isStaggered(lines) else { return nil }
        var (lowerStarts, columned, symbolic) = (0, 0, 0)
        for line in lines {
            let content = line.content
            let alphanumerics = content.count(where: { $0.isLetter || $0.isNumber })
            if alphanumerics * 2 < content.count(where: { $0 != " " }) { symbolic += 1 }
            let opening = content.first(where: { $0.isLetter || $0.isNumber })
            if opening?.isLowercase == true { lowerStarts += 1 }
            if content.withUTF8Bytes(Self.looksColumned) || Self.hasWordGap(content) {
                columned += 1
            }
        }
        guard symbolic * 4 <= lines.count, lowerStarts * 3 < lines.count,
            columned * 4 <= lines.count
        else { return nil }
        let base = lines.lazy.map(\.indent).min() ?? 0
        return lines.map { line in
            VerseLine(
                indent: min(8, (line.indent - base) / 2),
                text: inlines.parse(LineJoiner.join([line.content])))
        }
    }

    /// Two spaces after a word, not after a sentence's end: a gap between columns.
    private static func hasWordGap(_ content: Substring) -> Bool {
        guard let gap = content.firstRange(of: "  "), gap.lowerBound > content.startIndex else {
            return false
        }
        let before = content[content.index(before: gap.lowerBound)]
        return before.isLetter || before.isNumber
    }

    /// Three spaces in a row, a tab, or box drawing: a table or a drawing, not prose.
    private static func looksColumned(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var spaces = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x20 {
                spaces += 1
                if spaces == 3 { return true }
            } else {
                if byte == 0x09 { return true }
                spaces = 0
            }
            // Box drawing, U+2500–U+257F: E2 94 80 … E2 95 BF in UTF-8.
            if previous == 0xE2 && (byte == 0x94 || byte == 0x95) { return true }
            previous = byte
        }
        return false
    }

    private func preformattedText(_ lines: ArraySlice<SourceLine>) -> String {
        let base = lines.map(\.indent).min() ?? 0
        return lines.map { String(repeating: " ", count: $0.indent - base) + $0.content }.joined(
            separator: "\n")
    }

    /// Lines kept as lines (verse, an address, a signature):
    /// - in text whose lines run past 100 columns (not wrapped), a block of short lines;
    /// - two lines with a break made on purpose, the second not starting in lower case;
    /// - three or more, when two thirds of the breaks pass `isIntentionalBreak` and at most a
    ///   quarter of the lines start in lower case (wrapped prose continues in lower case);
    /// - lines with hanging indents (a long line's continuation set deeper), as Gutenberg
    ///   prints long verse lines, when the lines they continue start with capitals.
    /// A continuation joins the line it continues.
    private func verse(from lines: ArraySlice<SourceLine>) -> [VerseLine]? {
        guard lines.count >= 2 else { return nil }
        let short = { (line: SourceLine) in line.span * 10 < profile.wrapWidth * 6 }
        let isContinuation = { (previous: SourceLine, line: SourceLine) in
            hangs(line, under: previous)
        }
        if profile.wrapWidth > 100 {
            guard lines.allSatisfy({ $0.width <= 60 }) else { return nil }
        } else if lines.count == 2 && !isVerseDocument {
            let (first, second) = (lines[lines.startIndex], lines[lines.startIndex + 1])
            let deliberate = profile.isIntentionalBreak(after: first, before: second)
            guard deliberate, second.content.first?.isLowercase != true,
                short(first) || !isContinuation(first, second)
            else { return nil }
        } else if isVerseDocument && lowerCaseStarts(lines, isContinuation: isContinuation) == 0 {
            // Poetry: keep the lines.
        } else {
            // Counted in one pass, no arrays of line pairs: a block can be 300,000 lines long.
            let first = lines[lines.startIndex]
            var starts = 1
            var lowerStarts = first.content.first?.isLowercase == true ? 1 : 0
            var intentional = 0
            var previous = first
            for line in lines.dropFirst() {
                if !isContinuation(previous, line) {
                    starts += 1
                    if line.content.first?.isLowercase == true { lowerStarts += 1 }
                    if profile.isIntentionalBreak(after: previous, before: line) {
                        intentional += 1
                    }
                }
                previous = line
            }
            let pairs = starts - 1
            let hanging = pairs < lines.count - 1
            let byBreaks = intentional * 3 >= pairs * 2 && lowerStarts * 4 <= starts
            let byCapitals = starts >= 6 && lowerStarts == 0 && !hanging && isBlankVerse(lines)
            let byIndents =
                hanging && lowerStarts * 4 <= starts
                && lines.lazy.map(\.indent).min() == first.indent
            guard byBreaks || byIndents || byCapitals else { return nil }
        }
        return verseLines(lines)
    }

    /// Blank verse runs its lines to the width, so the fit test fails it; but where six lines
    /// or more all open with a capital, they are lines, unless they read as wrapped prose:
    /// - a line ends in a hyphen (a word cut by the wrapping);
    /// - the lines open in capitals throughout (a licence's disclaimer, a heading's summary);
    /// - over a tenth of them end on a word no verse line ends on, an article or a short
    ///   preposition (`the`, `a`, `of`): where a wrapping tool cuts, and a poet does not (an
    ///   older English prose that capitalises its nouns opens many lines with capitals too).
    private func isBlankVerse(_ lines: ArraySlice<SourceLine>) -> Bool {
        var weakEnds = 0
        var capitalWords = 0
        for line in lines {
            let content = line.content
            if content.last == "-" { return false }
            let firstWord = content.prefix(while: { $0 != " " })
            if !firstWord.contains(where: \.isLowercase) { capitalWords += 1 }
            let lastWord = content.split(separator: " ").last?.quickLowercased() ?? ""
            if Self.weakEndings.contains(lastWord) { weakEnds += 1 }
        }
        return capitalWords * 2 < lines.count && weakEnds * 10 <= lines.count
    }

    /// Words a wrapped line of prose often ends on and a line of verse seldom does.
    private static let weakEndings: Set<String> = [
        "the", "a", "an", "of", "to", "in", "by", "le", "la", "les", "de", "des", "du", "un",
        "une", "der", "die", "das", "den", "dem", "ein", "eine", "el", "los", "las", "il", "lo",
        "o", "os", "um", "uma",
    ]

    /// A long line's continuation set deeper, as Gutenberg prints long verse lines. In
    /// indented-paragraph text a deeper line opens a paragraph; it continues nothing.
    private func hangs(_ line: SourceLine, under previous: SourceLine) -> Bool {
        profile.paragraphStyle != .indentedFirstLines && line.indent >= previous.indent + 3
            && previous.span * 4 >= profile.wrapWidth * 3
    }

    /// The lines of a block read as verse, each with its continuations joined to it and its
    /// indent in steps of two columns from the block's margin.
    func verseLines(_ lines: ArraySlice<SourceLine>) -> [VerseLine] {
        let base = lines.lazy.map(\.indent).min() ?? 0
        var verse: [(indent: Int, lines: [Substring])] = []
        var previous: SourceLine?
        var previousTurnsOver = false
        for line in lines {
            // A line cut twice: its third part stands where its second did.
            let continuesTurnover =
                previousTurnsOver && line.indent == previous?.indent
                && line.content.first?.isUppercase != true
            previousTurnsOver = false
            if let previous, !verse.isEmpty,
                hangs(line, under: previous) || isTurnover(line, after: previous)
                    || continuesTurnover
            {
                previousTurnsOver = true
                verse[verse.count - 1].lines.append(line.content)
            } else {
                verse.append((min(8, (line.indent - base) / 2), [line.content]))
            }
            previous = line
        }
        return verse.map {
            VerseLine(indent: $0.indent, text: inlines.parse(LineJoiner.join($0.lines)))
        }
    }

    /// Inside a block already read as verse, a line in lower case that continues a line cut
    /// at the wrap width: `…drest in` / `working dresses,` (set deeper), `…flung on the
    /// dung-hill` / `and dead!` (at the same margin, after a line that fills the width and
    /// ends mid-clause, outside a book of poems). Only joins lines; what is verse is decided
    /// before.
    private func isTurnover(_ line: SourceLine, after previous: SourceLine) -> Bool {
        guard line.content.first?.isLowercase == true else { return false }
        if line.indent >= previous.indent + 3 { return previous.span * 4 >= profile.wrapWidth * 3 }
        // In a book of poems the wrap width is the long lines' width, not a wrapping tool's.
        // Wrapping tools cut at 60 columns or more; shorter lines were set so.
        return !isVerseDocument && line.indent == previous.indent && previous.span >= 60
            && previous.span * 10 >= profile.wrapWidth * 9
            && previous.content.last?.isLetter == true
    }

    private func lowerCaseStarts(
        _ lines: ArraySlice<SourceLine>, isContinuation: (SourceLine, SourceLine) -> Bool
    ) -> Int {
        var count = lines.first?.content.first?.isLowercase == true ? 1 : 0
        for (previous, line) in zip(lines, lines.dropFirst()) where !isContinuation(previous, line)
        {
            if line.content.first?.isLowercase == true { count += 1 }
        }
        return count
    }

    /// Whether most multi-line blocks of a text are verse: a book of poems.
    /// `block(i)` gives block `i` of `count`; it is called on two cores at once.
    func readsAsPoetry(count: Int, block: (Int) -> ArraySlice<SourceLine>) -> Bool {
        // Code, tables and drawings are set as they stand, whatever the rest is: they count
        // neither way (an article's code samples have the short lines of stanzas). Each block
        // is judged on its own, on two cores.
        let multiLine = [ArraySlice<SourceLine>?].concurrentlyMapped(count: count) { index in
            let lines = block(index)
            let counts =
                lines.count >= 2 && tabTable(from: lines) == nil && !isPreformatted(lines)
                && !isCode(lines)
            return counts ? lines : nil
        }
        .compactMap { $0 }
        guard multiLine.count >= 10 else { return false }
        // A web page's lists (one item per line) are not stanzas. The count stops once the
        // answer is known: a novel fails it within its first blocks.
        var (verse, prose) = (0, 0)
        for block in multiLine {
            if unmarkedList(from: block) == nil && self.verse(from: block) != nil {
                verse += 1
                if verse * 10 >= multiLine.count * 6 { return true }
            } else {
                prose += 1
                if (multiLine.count - prose) * 10 < multiLine.count * 6 { return false }
            }
        }
        return verse * 10 >= multiLine.count * 6
    }
}

extension Substring {
    /// Ends like a sentence: `.` `!` `?` `…` or `:`, possibly inside closing quotes.
    var endsSentence: Bool {
        guard let last = unicodeScalars.last(where: { !SentencePunctuation.closers.contains($0) })
        else {
            return false
        }
        return SentencePunctuation.terminal.contains(last)
    }
}

enum SentencePunctuation {
    static let terminal: Set<Unicode.Scalar> = [".", "!", "?", "…", ":", "。", "！", "？"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", "›", ")", "]", "」", "』"]
}
