/// The title, standfirst, by-line and date at the top of a text that has no Gutenberg header:
/// an article's headline and the lines a site prints under it, or a document's title block.
struct TitleBlock: Equatable, Sendable {
    var title: String
    /// Lines between the title and the by-line ("Version 3, 29 June 2007", an article's
    /// standfirst), as written.
    var subtitle: [String] = []
    /// The by-line as written ("By Jane Doe · March 3, 2019") and the names in it.
    var byline: String?
    var authors: [String] = []
    /// Lines under the by-line (a date line), as written: the title page shows them there.
    var dateline: [String] = []
    /// The printed date as `dc:date` wants it.
    var date: String?
    /// How many leading blocks the title block took.
    var blockCount = 1
    /// Set when the title block is only the first lines of a longer first block (a paste
    /// with no blank line at all, whose lines are too short to read as paragraphs): how many.
    var linesOfFirstBlock: Int?

    /// A headline may be long; past this many columns a first line is a paragraph.
    static let maximumWidth = 300
    /// Endings that make a lone first line a sentence or a clause rather than a title ("?" and
    /// "!" do not: "What Is Love?" is a title). A title followed by a by-line or a date may
    /// end in anything but a comma or a semicolon.
    static let sentencePunctuation: Set<Unicode.Scalar> = [".", ",", ";", ":", "。", "，", "；", "："]
    static let clausePunctuation: Set<Unicode.Scalar> = [",", ";", "，", "；"]

    /// What one header line under the title is.
    private enum HeaderLine {
        case byline(BylineLine)
        case date(DateLine)
        case other
    }

    /// - The first block has at most six lines; the first is the title unless it is a
    ///   numbered heading ("Chapter 1"), ends in a comma, or (without a by-line or date under
    ///   it) reads as a sentence.
    /// - Its other lines are by-lines, date lines or subtitle lines; a standfirst (a sentence)
    ///   counts as a subtitle only above a by-line or a date.
    /// - One-line blocks right under it may hold the by-line and the date (and, above them, a
    ///   standfirst), as a paste with one line per paragraph gives them.
    /// - Something must follow: a text that is only one block is body text, not a title.
    static func read(_ blocks: [Range<Int>], table: LineTable, profile: DocumentProfile)
        -> TitleBlock?
    {
        guard let first = blocks.first else { return nil }
        if first.count > 6 { return headerOpening(first, table: table) }
        guard blocks.count >= 2, first.count <= 6 else { return nil }
        let lines = first.map { table.lines[$0] }
        let titleLine = lines[0]
        guard isTitleLine(titleLine.content), titleLine.width <= maximumWidth else { return nil }
        // A short text's own wrap width says little; measure against at least 72 columns.
        let width = max(profile.wrapWidth, 72)
        var header = lines.dropFirst().map { ($0, classify($0.content, nearTitle: true)) }
        var blockCount = 1
        if header.allSatisfy({ if case .other = $0.1 { false } else { true } }) {
            // One-line blocks under the title: a standfirst, then by-line and date lines.
            var index = 1
            // Only as close as paragraphs stand: a heading after a wider gap opens the body.
            while index < blocks.count - 1, index <= 4, blocks[index].count == 1,
                table.blanks(before: blocks[index].lowerBound) <= profile.paragraphGap
            {
                let line = table.lines[blocks[index].lowerBound]
                let kind = classify(line.content, nearTitle: index <= 2)
                if case .other = kind {
                    guard header.isEmpty, index == 1, blocks[2].count == 1 else { break }
                    let next = table.lines[blocks[2].lowerBound]
                    if case .other = classify(next.content, nearTitle: true) { break }
                }
                header.append((line, kind))
                index += 1
            }
            blockCount = index
        }
        var result = TitleBlock(title: String(titleLine.content))
        result.blockCount = blockCount
        let hasDetails = header.contains { if case .other = $0.1 { false } else { true } }
        // "Chapter 1" opens a body; "7 Places to Look" over a by-line is a headline.
        guard
            (isTitleShaped(titleLine.content) && !HeadingForm(titleLine.content).isMarked)
                || hasDetails
        else { return nil }
        if lines.count > 1 && titleLine.width * 4 > width * 3 && !hasDetails { return nil }
        for (offset, (line, kind)) in header.enumerated() {
            switch kind {
            case .byline, .date:
                result.take(line.content, kind)
            case .other:
                let isShortLine =
                    line.width * 5 <= width * 4
                    && (line.content.last != "." || line.content.hasSuffix("..."))
                let detailsFollow = header[(offset + 1)...].contains {
                    if case .other = $0.1 { false } else { true }
                }
                guard result.byline == nil, result.dateline.isEmpty,
                    isShortLine || detailsFollow
                else { return nil }
                result.subtitle.append(String(line.content))
            }
        }
        return result
    }

    /// A title with a by-line or a date right under it, opening a block that goes on (a list
    /// pasted with single newlines, headline and all): only the lines that classify are taken.
    private static func headerOpening(_ block: Range<Int>, table: LineTable) -> TitleBlock? {
        let lines = block.map { table.lines[$0] }
        let titleLine = lines[0]
        guard isTitleLine(titleLine.content), titleLine.width <= maximumWidth else { return nil }
        var result = TitleBlock(title: String(titleLine.content))
        var taken = 1
        header: for line in lines.dropFirst().prefix(3) {
            // Each line must add what the block lacks: a second by-line or date ends it.
            let kind = classify(line.content, nearTitle: taken <= 2)
            switch kind {
            case .byline where result.byline == nil, .date where result.date == nil:
                result.take(line.content, kind)
            default:
                break header
            }
            taken += 1
        }
        // Something must follow the header.
        guard taken >= 2, taken < lines.count else { return nil }
        result.linesOfFirstBlock = taken
        return result
    }

    /// A by-line or date line of the header: the first by-line gives the names (and its date),
    /// a date line the date; lines above the by-line are subtitle, lines under it the date
    /// line, each as written.
    private mutating func take(_ line: Substring, _ kind: HeaderLine) {
        switch kind {
        case .byline(let found) where byline == nil:
            byline = String(line)
            authors = found.names
            if date == nil { date = found.date?.w3c }
        case .byline, .date:
            if case .date(let found) = kind, date == nil { date = found.w3c }
            if byline == nil {
                subtitle.append(String(line))
            } else {
                dateline.append(String(line))
            }
        case .other:
            subtitle.append(String(line))
        }
    }

    private static func classify(_ line: Substring, nearTitle: Bool) -> HeaderLine {
        // "Erstes Kapitel" or "BOOK I" under a title is the first heading, not a name.
        // "Dramatis Personæ" under a play's title opens its list of persons.
        let bareNameAllowed =
            nearTitle && !HeadingForm(line).isMarked && !CastList.isTitle(line, inPlay: false)
        if let byline = BylineLine(line, allowsBareName: bareNameAllowed) {
            return .byline(byline)
        }
        if let date = DateLine(line) { return .date(date) }
        return .other
    }

    /// Letters, and no comma or semicolon at the end.
    static func isTitleLine(_ line: Substring) -> Bool {
        guard !line.isEmpty, line.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
            let last = line.unicodeScalars.last
        else { return false }
        return !clausePunctuation.contains(last)
    }

    /// A lone first line that reads as a title: no sentence end, though "...", "::" and an
    /// abbreviation ("… N.Y.C.", "… Inc.") are fine.
    static func isTitleShaped(_ line: Substring) -> Bool {
        guard isTitleLine(line), let last = line.unicodeScalars.last else { return false }
        guard sentencePunctuation.contains(last) else { return true }
        if line.hasSuffix("...") || line.hasSuffix("::") { return true }
        guard last == "." else { return false }
        let word = line.split(separator: " ").last ?? ""
        // "N.Y.C.", "U.S.", "Inc.", "Jr.": a full stop inside the word or a short capitalised
        // abbreviation.
        return word.dropLast().contains(".")
            || (word.count <= 4 && word.first?.isUppercase == true && word.count >= 3)
    }
}
