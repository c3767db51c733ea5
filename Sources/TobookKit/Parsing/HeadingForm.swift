/// What a single line looks like as a heading, read from its words alone: the first stage of
/// heading detection, before the document's context is weighed.
struct HeadingForm: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// "CHAPTER IV", "Part Two: The Storm", "1. Kapitel", "第三章".
        case keyword(word: String, rank: HeadingKeywords.Rank)
        /// "Epilogue", "FIRST EPILOGUE: 1813 - 20", "APPENDIX: How to apply…".
        case standalone(word: String)
        /// "ADVENTURE I. A SCANDAL IN BOHEMIA": a capitalised word and a number, which becomes a
        /// heading only if the document repeats it with rising numbers.
        case labelledNumber(word: String)
        /// "VII. THE ADVENTURE OF THE BLUE CARBUNCLE", "0. Definitions."
        case numberedTitle
        /// "I.", "12", "III"
        case bareNumber
        /// No marker: "Preamble", "One's-Self I Sing", "TERMS AND CONDITIONS".
        case unmarked
    }

    enum Case: Equatable, Sendable {
        case upper, title, other
    }

    let kind: Kind
    let numeral: Numeral?
    /// The words after the marker and number, if any.
    let title: Substring?
    let letterCase: Case

    /// Markers (keyword or number) make a form; everything else is `.unmarked`.
    var isMarked: Bool { kind != .unmarked }

    static let separators: Set<Character> = [".", ":", "—", "–", "-", ")"]

    init(kind: Kind, numeral: Numeral?, title: Substring?, letterCase: Case) {
        self.kind = kind
        self.numeral = numeral
        self.title = title
        self.letterCase = letterCase
    }

    /// Reads a trimmed line.
    init(_ line: Substring) {
        let letterCase = Self.letterCase(of: line)
        if let form = Self.chinese(line, letterCase: letterCase)
            ?? Self.marked(line, letterCase: letterCase)
        {
            self = form
        } else {
            self.init(kind: .unmarked, numeral: nil, title: nil, letterCase: letterCase)
        }
    }

    private static func marked(_ line: Substring, letterCase: Case) -> HeadingForm? {
        let words = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard let first = words.first else { return nil }
        let firstBare = first.trimmingCharacters(in: separators)
        let firstKey = firstBare.lowercased()

        // Ordinal or number before a keyword: "FIRST EPILOGUE", "Erstes Kapitel", "1. Kapitel".
        if words.count >= 2, let numeral = Numeral(firstBare) {
            let secondBare = words[1].trimmingCharacters(in: separators)
            let secondKey = secondBare.lowercased()
            if let rank = HeadingKeywords.numbered[secondKey] {
                return HeadingForm(
                    kind: .keyword(word: secondKey, rank: rank), numeral: numeral,
                    title: rest(of: line, after: 2), letterCase: letterCase)
            }
            if HeadingKeywords.standalone.contains(secondKey), numeral.style == .word {
                return HeadingForm(
                    kind: .standalone(word: secondKey), numeral: numeral,
                    title: rest(of: line, after: 2),
                    letterCase: letterCase)
            }
        }
        // Keyword then number: "CHAPTER I.", "Chapter 12: Title", "chapitre premier".
        if let rank = HeadingKeywords.numbered[firstKey] {
            guard words.count >= 2 else { return nil }
            let numberToken = words[1].trimmingCharacters(in: separators)
            guard let numeral = Numeral(numberToken) else { return nil }
            return HeadingForm(
                kind: .keyword(word: firstKey, rank: rank), numeral: numeral,
                title: rest(of: line, after: 2),
                letterCase: letterCase)
        }
        // Keyword glued to a roman number, a typo seen in Gutenberg texts: "BOOKXXXV."
        for (keyword, upperKeyword, rank) in HeadingKeywords.upperCaseNumbered
        where firstBare.count > keyword.count && firstBare.first?.isUppercase == true {
            if firstBare.hasPrefix(upperKeyword),
                let value = Numeral.roman(firstBare.dropFirst(upperKeyword.count)),
                firstBare.dropFirst(upperKeyword.count).allSatisfy(\.isUppercase)
            {
                return HeadingForm(
                    kind: .keyword(word: keyword, rank: rank),
                    numeral: Numeral(value: value, style: .roman),
                    title: rest(of: line, after: 1), letterCase: letterCase)
            }
        }
        if HeadingKeywords.standalone.contains(firstKey) {
            let title = rest(of: line, after: 1)
            // "Appendix A" keeps its letter label as the title.
            return HeadingForm(
                kind: .standalone(word: firstKey), numeral: nil, title: title,
                letterCase: letterCase)
        }
        // A number first: "VII. THE ADVENTURE…", "I.", "12", "0. Definitions."
        if let numeral = Numeral(firstBare), numeral.style != .word,
            first.count == firstBare.count || first.last.map(separators.contains) == true
        {
            // A lone "I" without a period is the pronoun far more often than a number.
            if numeral.style == .roman && firstBare.count == 1 && first.count == 1
                && words.count > 1
            {
                return nil
            }
            let title = rest(of: line, after: 1)
            // "L. of G.'s Purport": an initial, not the number 50, when the title runs on in
            // lower case.
            if title?.first?.isLowercase == true { return nil }
            return HeadingForm(
                kind: title == nil ? .bareNumber : .numberedTitle, numeral: numeral, title: title,
                letterCase: letterCase)
        }
        // A capitalised word then a number that ends the line or a clause: "ADVENTURE I. A
        // SCANDAL…", "Lesson 4" (but not "Once I Pass'd…", where "I" is the pronoun).
        if words.count >= 2, first.first?.isUppercase == true, first.allSatisfy(\.isLetter),
            words.count == 2 || words[1].last.map(separators.contains) == true
        {
            let numberToken = words[1].trimmingCharacters(in: separators)
            if let numeral = Numeral(numberToken),
                numeral.style == .arabic || numeral.style == .roman
            {
                return HeadingForm(
                    kind: .labelledNumber(word: firstKey), numeral: numeral,
                    title: rest(of: line, after: 2),
                    letterCase: letterCase)
            }
        }
        return nil
    }

    /// "第十二章 标题", "第3卷", "序章".
    private static func chinese(_ line: Substring, letterCase: Case) -> HeadingForm? {
        if HeadingKeywords.chineseStandalone.contains(String(line.prefix(2))) {
            return HeadingForm(
                kind: .standalone(word: String(line.prefix(2))), numeral: nil,
                title: nonEmpty(line.dropFirst(2)), letterCase: letterCase)
        }
        guard line.first == "第" else { return nil }
        let body = line.dropFirst().drop { $0 == " " || $0 == "\u{3000}" }
        let digits = body.prefix {
            Numeral.cjk(Substring(String($0))) != nil || "十百千".contains($0)
                || $0.isASCII && $0.isNumber
        }
        guard !digits.isEmpty else { return nil }
        let afterDigits = body.dropFirst(digits.count).drop { $0 == " " || $0 == "\u{3000}" }
        guard let mark = afterDigits.first, let rank = HeadingKeywords.chineseDivisionMarks[mark]
        else { return nil }
        guard let numeral = Numeral(digits) else { return nil }
        return HeadingForm(
            kind: .keyword(word: String(mark), rank: rank), numeral: numeral,
            title: nonEmpty(afterDigits.dropFirst()), letterCase: letterCase)
    }

    /// The line after its first `count` words and any separator, trimmed; nil when empty.
    private static func rest(of line: Substring, after count: Int) -> Substring? {
        var remainder = line[...]
        for _ in 0..<count {
            remainder = remainder.drop { $0 == " " }
            remainder = remainder.drop { $0 != " " }
        }
        remainder = remainder.drop { $0 == " " || separators.contains($0) }
        return nonEmpty(remainder)
    }

    private static func nonEmpty(_ text: Substring) -> Substring? {
        let trimmed = text.trimmingTextWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// All letters upper case; or most words capitalised (short function words aside).
    /// Works on Unicode scalars: this runs on the first line of every block.
    static func letterCase(of line: Substring) -> Case {
        var sawUpper = false
        var sawLower = false
        for scalar in line.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase {
                sawLower = true
            } else if scalar.properties.isUppercase {
                sawUpper = true
            }
            if sawLower && sawUpper { break }
        }
        guard sawUpper || sawLower else { return .other }
        if sawUpper && !sawLower { return .upper }
        let words = line.split { !$0.isLetter && $0 != "'" && $0 != "’" }
        let significant = words.filter { !minorWords.contains($0.lowercased()) }
        guard !significant.isEmpty else { return .other }
        let capitalised = significant.filter {
            $0.first?.isUppercase == true || $0.first?.isNumber == true
        }
        return capitalised.count * 10 >= significant.count * 8
            && words.first?.first?.isUppercase == true
            ? .title : .other
    }

    /// Words title case leaves in lower case.
    static let minorWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
        "with", "from", "as", "into", "upon", "o", "de", "la", "le", "du", "des", "der", "die",
        "das", "und", "von", "zu", "im", "el", "y", "en", "del", "di", "e", "il", "i", "au", "aux",
    ]
}

extension Substring {
    /// The text without leading and trailing characters from the set.
    func trimmingCharacters(in set: Set<Character>) -> Substring {
        var text = self
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        return text
    }
}
