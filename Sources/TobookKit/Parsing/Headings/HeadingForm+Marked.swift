extension HeadingForm {
    /// What one reading of a line's opening made of it: a heading's form, a firm no (a
    /// keyword with no number after it, the pronoun "I"), or nothing, so the next reading
    /// tries.
    fileprivate enum Match {
        case form(HeadingForm)
        case rejected
        case unmatched
    }

    /// A line's opening words, read in turn by each marked form, the first match winning.
    fileprivate struct Opening {
        let line: Substring
        let words: [Substring]
        let letterCase: Case
        var first: Substring { words[0] }
        var firstBare: Substring { first.trimmingHeadingSeparators() }
        var firstKey: String { firstBare.quickLowercased() }

        func form(_ kind: Kind, _ numeral: Numeral?, titleAfter count: Int) -> Match {
            .form(
                HeadingForm(
                    kind: kind, numeral: numeral, title: HeadingForm.rest(of: line, after: count),
                    letterCase: letterCase))
        }
    }

    /// A heading's marked forms, tried in order: a keyword with a number, a number alone or
    /// before a title, a standalone word, a label with a number.
    static func marked(_ line: Substring, letterCase: Case) -> HeadingForm? {
        let words = Self.leadingWords(of: line)
        guard !words.isEmpty else { return nil }
        let opening = Opening(line: line, words: words, letterCase: letterCase)
        let readings: [(Opening) -> Match] = [
            numberBeforeKeyword, keywordThenNumber, gluedKeyword, standaloneWord,
            numberDashTitleForm, numberFirst, { trailingDivision($0) }, labelledNumber,
        ]
        for reading in readings {
            switch reading(opening) {
            case .form(let form): return form
            case .rejected: return nil
            case .unmatched: continue
            }
        }
        return nil
    }

    /// "THE SECOND CHAPTER" (the article before an ordinal and its keyword); "FIRST
    /// EPILOGUE", "Erstes Kapitel", "1. Kapitel" (an ordinal or number before a keyword).
    private static func numberBeforeKeyword(_ opening: Opening) -> Match {
        let words = opening.words
        if words.count >= 3, opening.firstKey == "the", let numeral = Numeral(words[1]),
            numeral.style == .word,
            let rank = HeadingKeywords.numbered[
                words[2].trimmingHeadingSeparators().quickLowercased()]
        {
            let word = words[2].trimmingHeadingSeparators().quickLowercased()
            return opening.form(.keyword(word: word, rank: rank), numeral, titleAfter: 3)
        }
        guard words.count >= 2, let numeral = Numeral(opening.firstBare) else { return .unmatched }
        let secondKey = words[1].trimmingHeadingSeparators().quickLowercased()
        if let rank = HeadingKeywords.numbered[secondKey] {
            return opening.form(.keyword(word: secondKey, rank: rank), numeral, titleAfter: 2)
        }
        if HeadingKeywords.standalone.contains(secondKey), numeral.style == .word {
            return opening.form(.standalone(word: secondKey), numeral, titleAfter: 2)
        }
        return .unmatched
    }

    /// Keyword then number: "CHAPTER I.", "Chapter 12: Title", "chapitre premier". A keyword
    /// with no number after it is no heading of this kind, nor of any other.
    private static func keywordThenNumber(_ opening: Opening) -> Match {
        guard let rank = HeadingKeywords.numbered[opening.firstKey] else { return .unmatched }
        guard opening.words.count >= 2,
            let numeral = Numeral(opening.words[1].trimmingHeadingSeparators())
        else { return .rejected }
        return opening.form(.keyword(word: opening.firstKey, rank: rank), numeral, titleAfter: 2)
    }

    /// A keyword glued to a roman number, a typo seen in Gutenberg texts: "BOOKXXXV."
    private static func gluedKeyword(_ opening: Opening) -> Match {
        let firstBare = opening.firstBare
        guard firstBare.startsUppercase else { return .unmatched }
        let firstBytes = Array(firstBare.utf8)
        for (keyword, upperKeyword, upperBytes, rank) in HeadingKeywords.upperCaseNumbered
        where firstBytes.starts(with: upperBytes) && firstBare.count > keyword.count {
            let number = firstBare.dropFirst(upperKeyword.count)
            if let value = Numeral.roman(number), number.allSatisfy(\.isUppercase) {
                return opening.form(
                    .keyword(word: keyword, rank: rank), Numeral(value: value, style: .roman),
                    titleAfter: 1)
            }
        }
        return .unmatched
    }

    /// "Preface", "Appendix A": a standalone word; a letter label stays the title.
    private static func standaloneWord(_ opening: Opening) -> Match {
        guard HeadingKeywords.standalone.contains(opening.firstKey) else { return .unmatched }
        return opening.form(.standalone(word: opening.firstKey), nil, titleAfter: 1)
    }

    /// A number and a dash run together with the title: "I.--Haydn", "2.—The Storm".
    private static func numberDashTitleForm(_ opening: Opening) -> Match {
        guard let split = numberDashTitle(opening.first), let numeral = Numeral(split.number)
        else { return .unmatched }
        let title = nonEmpty(opening.line[split.title.startIndex...])
        return .form(
            HeadingForm(
                kind: title == nil ? .bareNumber : .numberedTitle, numeral: numeral, title: title,
                letterCase: opening.letterCase))
    }

    /// A number first: "VII. THE ADVENTURE…", "I.", "12", "0. Definitions."
    /// - A lone "I" without a period is the pronoun far more often than a number, and so is
    ///   an "I" with a dash ("I-- I should like to"); a numeral between dashes ("-I-") is a
    ///   heading's ornament.
    /// - "L. of G.'s Purport": an initial, not the number 50, when the title runs on in lower
    ///   case; and "D. Gloria", "M. Dupont": L, C, D and M with a title are initials, since no
    ///   book numbers a titled chapter 50, 100, 500 or 1000 that way.
    private static func numberFirst(_ opening: Opening) -> Match {
        let (first, firstBare) = (opening.first, opening.firstBare)
        guard let numeral = Numeral(firstBare), numeral.style != .word,
            first.count == firstBare.count || first.last.map(separators.contains) == true
        else { return .unmatched }
        let dashed = first.hasSuffix("-") || first.hasSuffix("—")
        let ornamented = first.hasPrefix("-") || first.hasPrefix("—")
        if numeral.style == .roman && firstBare.count == 1
            && (first.count == 1 && opening.words.count > 1 || dashed && !ornamented)
        {
            return .rejected
        }
        let title = rest(of: opening.line, after: 1)
        if title?.first?.isLowercase == true { return .rejected }
        if title != nil, numeral.style == .roman, firstBare.count == 1,
            "LCDMlcdm".contains(firstBare)
        {
            return .rejected
        }
        return .form(
            HeadingForm(
                kind: title == nil ? .bareNumber : .numberedTitle, numeral: numeral, title: title,
                letterCase: opening.letterCase))
    }

    /// A title with a part keyword and number at its end: "LITTLE WOMEN PART 2", the heading
    /// of a book's second half.
    private static func trailingDivision(_ opening: Opening) -> Match {
        trailingDivision(opening.line, letterCase: opening.letterCase).map { .form($0) }
            ?? .unmatched
    }

    /// "FEDERALIST No. 10", "Letter No. 4" (a word, "No." and a number); "ADVENTURE I. A
    /// SCANDAL…", "Lesson 4" (a capitalised word then a number that ends the line or a
    /// clause, but not "Once I Pass'd…", where "I" is the pronoun).
    private static func labelledNumber(_ opening: Opening) -> Match {
        let (words, first) = (opening.words, opening.first)
        guard words.count >= 2, first.startsUppercase, first.allSatisfy(\.isLetter) else {
            return .unmatched
        }
        if words.count >= 3, numberSigns.contains(words[1].quickLowercased()),
            let numeral = Numeral(words[2].trimmingHeadingSeparators()),
            numeral.style == .arabic || numeral.style == .roman
        {
            return opening.form(.labelledNumber(word: opening.firstKey), numeral, titleAfter: 3)
        }
        guard words.count == 2 || words[1].last.map(separators.contains) == true,
            let numeral = Numeral(words[1].trimmingHeadingSeparators()),
            numeral.style == .arabic || numeral.style == .roman
        else { return .unmatched }
        return opening.form(.labelledNumber(word: opening.firstKey), numeral, titleAfter: 2)
    }

    /// "LITTLE WOMEN PART 2": words, then a part keyword and a number ending the line, the
    /// keyword capitalised as the words before it are.
    fileprivate static func trailingDivision(_ line: Substring, letterCase: Case) -> HeadingForm? {
        guard letterCase != .other else { return nil }
        // Counted on bytes first: most title lines have no part keyword at their end.
        var spaces = 0
        for byte in line.utf8 where byte == 0x20 { spaces += 1 }
        guard spaces >= 2 else { return nil }
        let words = line.split(separator: " ")
        guard words.count >= 3, words.count <= 8 else { return nil }
        let keyword = words[words.count - 2]
        let key = keyword.quickLowercased()
        guard HeadingKeywords.numbered[key] == .division, keyword.startsUppercase,
            let numeral = Numeral(words[words.count - 1].trimmingHeadingSeparators())
        else { return nil }
        return HeadingForm(
            kind: .keyword(word: key, rank: .division), numeral: numeral,
            title: line[words[0].startIndex..<keyword.startIndex].trimmingTextWhitespace(),
            letterCase: letterCase)
    }

    /// "I.--Haydn" → ("I", "Haydn"): a numeral, a full stop and a dash, then the title.
    fileprivate static func numberDashTitle(_ token: Substring) -> (
        number: Substring, title: Substring
    )? {
        guard let stopByte = token.utf8.firstIndex(of: 0x2E), stopByte > token.startIndex else {
            return nil
        }
        let stop = stopByte
        let afterStop = token[token.index(after: stop)...]
        let dashes = afterStop.prefix { $0 == "-" || $0 == "—" || $0 == "–" }
        guard !dashes.isEmpty, dashes.count < afterStop.count else { return nil }
        return (token[..<stop], afterStop.dropFirst(dashes.count))
    }

}
