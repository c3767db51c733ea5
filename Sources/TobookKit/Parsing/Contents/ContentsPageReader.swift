/// Reads the lines of a typed contents list into a contents page whose entries are not linked
/// yet (`ContentsResolver` links them): each entry as typed, its printed page number set apart,
/// its indent in steps.
///
/// - A line opens an entry unless it continues the one before: a line indented past the
///   entry's first (a wrapped title hanging under its start), a line after one that was wrapped
///   rather than ended on purpose, a title under a bare number ("CHAPTER I" over "The Mail",
///   with or without a blank line between), or, in a list that prints page numbers, any line
///   after one without a number ("OF INDIVIDUALITY, AS ONE OF THE ELEMENTS" over "OF
///   WELL-BEING    103"). A line with a marker (a keyword and number, a numbered title)
///   always opens an entry, and a printed page number always closes one.
/// - A column heading ("PAGE", "CHAPTER" over the numbers) is a line of its own.
/// - An entry that runs on into further markers ("ACT I Scene I. Elsinore. … Scene II. …", as
///   a play's contents is often typed) is cut before each marker whose number ends with a full
///   stop or colon, so that every scene has an entry, and a link, of its own.
/// - Entries start at a few columns: those within two columns of each other make one indent
///   level, and there are three levels at most (a chapter under its part under its book). A
///   numbered title ("  IV. MARTHA") starts where its words do, since its numbers are often set
///   flush right ("XIII. A WARNING"). A list typed as running text steps in by keyword rank.
enum ContentsPageReader {
    static func read(
        _ list: [ArraySlice<SourceLine>], isLabelled: Bool, profile: DocumentProfile,
        inlines: InlineParser
    ) -> ContentsPage {
        var blocks = list[...]
        var label: [Inline]?
        if isLabelled, let first = blocks.first?.first {
            label = inlines.parse(String(first.content))
            blocks = blocks.dropFirst()
        }
        let lines = blocks.flatMap { $0 }
        let printsPages = lines.filter(hasPageNumber).count * 3 >= lines.count
        var units: [[SourceLine]] = []
        for block in blocks {
            for (position, line) in block.enumerated() {
                let joins =
                    position == 0
                    ? units.last.map { isBareNumber($0) && opensTitle(line) } ?? false
                    : continues(line, units.last ?? [], printsPages: printsPages, profile: profile)
                if joins {
                    units[units.count - 1].append(line)
                } else {
                    units.append([line])
                }
            }
        }
        let entries = units.filter { !($0.count == 1 && isColumnHeading($0[0])) }
        // Columns of the entries that surely are entries (a marker, a page number) set the
        // steps: a line of text among them ("LIST OF ILLUSTRATIONS" at the margin) does not.
        let anchored = entries.filter { unit in
            unit.first.map { HeadingForm($0.content).isMarked } == true
                || unit.last.map(hasPageNumber) == true
        }
        let steps = stepColumns((anchored.isEmpty ? entries : anchored).compactMap(column))
        var items: [ContentsPage.Item] = []
        var runsOn = false
        for unit in units {
            if unit.count == 1, let line = unit.first, isColumnHeading(line) {
                items.append(.text(inlines.parse(String(line.content))))
                continue
            }
            let column = column(of: unit) ?? 0
            let step = min(2, steps.lastIndex { $0 <= column + 2 } ?? 0)
            let pieces = Self.entries(from: unit, indent: step, inlines: inlines)
            runsOn = runsOn || pieces.count > 1
            items += pieces.map { .entry($0) }
        }
        return ContentsPage(label: label, items: runsOn ? indentedByRank(items) : items)
    }

    /// Where each indent step starts: the columns sorted, a new step where two are more than
    /// two apart.
    private static func stepColumns(_ columns: [Int]) -> [Int] {
        var starts: [Int] = []
        var previous: Int?
        for column in Set(columns).sorted() {
            if previous.map({ column - $0 > 2 }) ?? true { starts.append(column) }
            previous = column
        }
        return starts
    }

    /// A list typed as running text ("ACT I Scene I. … Scene II. …") shows no columns: its
    /// entries with a keyword step in by the keyword's rank (acts, then scenes).
    private static func indentedByRank(_ items: [ContentsPage.Item]) -> [ContentsPage.Item] {
        func rank(_ entry: ContentsPage.Entry) -> HeadingKeywords.Rank? {
            let form = HeadingForm(Substring(entry.text.plainText))
            if case .keyword(_, let rank) = form.kind { return rank }
            return nil
        }
        var ranks = Set<HeadingKeywords.Rank>()
        for case .entry(let entry) in items { if let found = rank(entry) { ranks.insert(found) } }
        let order = ranks.sorted()
        return items.map { item in
            guard case .entry(var entry) = item, let rank = rank(entry),
                let step = order.firstIndex(of: rank)
            else { return item }
            entry.indent = min(2, step)
            return .entry(entry)
        }
    }

    /// Whether a line of the same block goes on with the entry `unit` holds so far.
    private static func continues(
        _ line: SourceLine, _ unit: [SourceLine], printsPages: Bool, profile: DocumentProfile
    ) -> Bool {
        guard let first = unit.first, let previous = unit.last, !hasPageNumber(previous),
            !isColumnHeading(previous), opensTitle(line)
        else { return false }
        return line.indent > first.indent || isBareNumber(unit) || printsPages
            || !profile.isIntentionalBreak(after: previous, before: line)
    }

    /// A line that can go on with an entry: no marker of its own, no number first ("I     LA
    /// GRAND'SALLE.", which the heading rules leave unmarked), no column heading.
    private static func opensTitle(_ line: SourceLine) -> Bool {
        guard !HeadingForm(line.content).isMarked, !isColumnHeading(line) else { return false }
        let first = line.content.prefix { $0 != " " }.trimmingHeadingSeparators()
        return Numeral(first).map { $0.style == .word } ?? true
    }

    /// An entry so far that is a number alone ("CHAPTER I", "IV."), its title still to come.
    private static func isBareNumber(_ unit: [SourceLine]) -> Bool {
        guard unit.count == 1, let line = unit.first, !hasPageNumber(line) else { return false }
        let form = HeadingForm(line.content)
        return form.numeral != nil && form.title == nil
    }

    private static func hasPageNumber(_ line: SourceLine) -> Bool {
        ContentsList.strippingPageNumber(line.content).count < line.content.count
    }

    /// "PAGE" over the page numbers, "CHAPTER" over the chapter numbers.
    private static func isColumnHeading(_ line: SourceLine) -> Bool {
        let word = line.content.trimmingCharacters(in: [".", ":"]).quickLowercased()
        return !word.contains(" ")
            && (columnHeadings.contains(word) || HeadingKeywords.numbered[word] != nil)
    }

    static let columnHeadings: Set<String> = [
        "page", "pages", "pp", "seite", "seiten", "página", "páginas", "pagina", "pagine", "стр",
    ]

    /// The column an entry starts at: where a numbered title's words start, else its indent.
    private static func column(of unit: [SourceLine]) -> Int? {
        guard let first = unit.first else { return nil }
        let content = first.content
        let number = content.prefix { $0 != " " }
        let title = content[number.endIndex...].drop { $0 == " " }
        guard !title.isEmpty, let numeral = Numeral(number.trimmingHeadingSeparators()),
            numeral.style != .word
        else { return first.indent }
        return first.indent + content.distance(from: content.startIndex, to: title.startIndex)
    }

    /// One unit's entries: its text joined, the printed page number taken off its last line,
    /// and cut before further markers.
    private static func entries(from unit: [SourceLine], indent: Int, inlines: InlineParser)
        -> [ContentsPage.Entry]
    {
        var contents = unit.map(\.content)
        var pageNumber: String?
        if let last = contents.last {
            let title = ContentsList.strippingPageNumber(last)
            // A number with nothing before it but its leader stays the line it is.
            if title.count < last.count, !(unit.count == 1 && title.isEmpty) {
                pageNumber = String(last.reversed().prefix(while: \.isNumber).reversed())
                contents[contents.count - 1] = title
            }
        }
        let text = LineJoiner.join(contents)
        let pieces = pieces(of: Substring(text))
        return pieces.enumerated().map { position, piece in
            ContentsPage.Entry(
                text: inlines.parse(String(piece)),
                pageNumber: position == pieces.count - 1 ? pageNumber : nil,
                indent: position == 0 ? indent : min(indent + 1, 2))
        }
    }

    /// The text cut before each marker after its first word: a capitalised keyword followed by
    /// a number that ends with a full stop or colon ("Scene II.").
    static func pieces(of text: Substring) -> [Substring] {
        let words = text.split(separator: " ")
        var cuts: [Substring.Index] = []
        for (index, word) in words.enumerated().dropFirst() where index + 1 < words.count {
            let number = words[index + 1]
            guard word.startsUppercase,
                HeadingKeywords.numbered[word.quickLowercased()] != nil,
                number.last == "." || number.last == ":",
                Numeral(number.trimmingHeadingSeparators()) != nil
            else { continue }
            cuts.append(word.startIndex)
        }
        var pieces: [Substring] = []
        var start = text.startIndex
        for cut in cuts {
            pieces.append(text[start..<cut].trimmingTextWhitespace())
            start = cut
        }
        pieces.append(text[start...].trimmingTextWhitespace())
        return pieces.filter { !$0.isEmpty }
    }
}
