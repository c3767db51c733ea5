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

    /// The same separators as scalars.
    @inline(__always)
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x3A, 0x2014, 0x2013, 0x2D, 0x29: true
        default: false
        }
    }

    init(kind: Kind, numeral: Numeral?, title: Substring?, letterCase: Case) {
        self.kind = kind
        self.numeral = numeral
        self.title = title
        self.letterCase = letterCase
    }

    /// Reads a trimmed line. A no-break space separates words as a space does ("ACT\u{A0}I.").
    init(_ line: Substring) {
        if line.utf8.contains(0xA0) && line.contains("\u{A0}") {
            self.init(Substring(line.replacing("\u{A0}", with: " ")))
            return
        }
        let letterCase = Self.letterCase(of: line)
        if let form = Self.chinese(line, letterCase: letterCase)
            ?? Self.marked(line, letterCase: letterCase)
        {
            self = form
        } else {
            self.init(kind: .unmarked, numeral: nil, title: nil, letterCase: letterCase)
        }
    }

    /// Abbreviations of "number" between a label and its number.
    static let numberSigns: Set<String> = ["no.", "no", "nr.", "n°", "nº", "núm.", "num."]

    /// The first three space-separated words and, as a fourth, the rest of the line: split on
    /// UTF-8 bytes (a space is one byte), as this runs on the first line of every block.
    static func leadingWords(of line: Substring) -> [Substring] {
        var words: [Substring] = []
        let bytes = line.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            guard bytes[index] != 0x20 else {
                index = bytes.index(after: index)
                continue
            }
            let start = index
            if words.count == 3 {
                words.append(line[start..<bytes.endIndex])
                break
            }
            while index != bytes.endIndex, bytes[index] != 0x20 {
                index = bytes.index(after: index)
            }
            words.append(line[start..<index])
        }
        return words
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
    static func rest(of line: Substring, after count: Int) -> Substring? {
        var remainder = line[...]
        for _ in 0..<count {
            remainder = remainder.drop { $0 == " " }
            remainder = remainder.drop { $0 != " " }
        }
        remainder = remainder.drop { $0 == " " || separators.contains($0) }
        return nonEmpty(remainder)
    }

    static func nonEmpty(_ text: Substring) -> Substring? {
        let trimmed = text.trimmingTextWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// All letters upper case; or most words capitalised (short function words aside).
    /// Works on Unicode scalars: this runs on the first line of every block.
    static func letterCase(of line: Substring) -> Case {
        var sawUpper = false
        var sawLower = false
        for scalar in line.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // ASCII without a Unicode property lookup: most text is ASCII.
                if value >= 0x61 && value <= 0x7A {
                    sawLower = true
                } else if value >= 0x41 && value <= 0x5A {
                    sawUpper = true
                }
            } else if scalar.properties.isAlphabetic {
                if scalar.properties.isLowercase {
                    sawLower = true
                } else if scalar.properties.isUppercase {
                    sawUpper = true
                }
            }
            if sawLower && sawUpper { break }
        }
        guard sawUpper || sawLower else { return .other }
        if sawUpper && !sawLower { return .upper }
        return isTitleCase(line) ? .title : .other
    }

    /// The title-case test on the line's UTF-8 bytes, decoding scalars only beyond ASCII: words
    /// are runs of letters (with the combining marks on them) and apostrophes; only an ASCII word
    /// can be a minor word, looked up by its bytes packed into an integer.
    private static func isTitleCase(_ line: Substring) -> Bool {
        line.withUTF8Bytes { bytes in
            var significant = 0
            var capitalised = 0
            var isFirstWord = true
            var index = 0
            while index < bytes.count {
                var (initial, length) = scalar(in: bytes, at: index)
                guard isWordScalar(initial, continuing: false) else {
                    index += length
                    continue
                }
                var isASCII = true
                var letters = 0
                var packed: UInt32 = 0
                var current = initial
                while isWordScalar(current, continuing: true) {
                    let value = current.value
                    if value >= 0x80 || letters > 8 {
                        isASCII = false
                    } else {
                        let lowered = value | (value >= 0x41 && value <= 0x5A ? 0x20 : 0)
                        if letters < 4 { packed |= lowered << (8 * UInt32(letters)) }
                        letters += 1
                    }
                    index += length
                    guard index < bytes.count else { break }
                    (current, length) = scalar(in: bytes, at: index)
                }
                let upper = isUppercase(initial)
                if isFirstWord {
                    guard upper else { return false }
                    isFirstWord = false
                }
                if isASCII, letters <= 4, minorWordKeys.contains(packed) { continue }
                significant += 1
                if upper || initial.properties.numericType != nil { capitalised += 1 }
            }
            return significant > 0 && capitalised * 3 >= significant * 2
        }
    }

    /// The scalar at `index` of valid UTF-8 and its length in bytes.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
        Unicode.Scalar, Int
    ) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let value = UTF8Encoding.scalar(
            in: bytes, at: index, length: min(length, bytes.count - index))
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Letters and apostrophes make words; combining marks continue one.
    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar, continuing: Bool) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || value == 0x27
        }
        if value == 0x2019 { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return continuing
        default:
            return false
        }
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Words title case leaves in lower case.
    static let minorWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
        "with", "from", "as", "into", "upon", "o", "de", "la", "le", "du", "des", "der", "die",
        "das", "und", "von", "zu", "im", "el", "y", "en", "del", "di", "e", "il", "i", "au", "aux",
    ]

    /// The minor words' bytes packed into integers (first byte lowest), for the title-case test.
    private static let minorWordKeys = Set(
        minorWords.map { word in
            word.utf8.enumerated().reduce(UInt32(0)) {
                $0 | UInt32($1.element) << (8 * UInt32($1.offset))
            }
        })
}

extension Substring {
    /// The text without leading and trailing heading separators (`.` `:` `—` `–` `-` `)`),
    /// tested on scalars: this runs on the first words of every block.
    func trimmingHeadingSeparators() -> Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, HeadingForm.isSeparator(scalars[start]) {
            start = scalars.index(after: start)
        }
        while end > start {
            let before = scalars.index(before: end)
            guard HeadingForm.isSeparator(scalars[before]) else { break }
            end = before
        }
        return self[start..<end]
    }

    /// The text without leading and trailing characters from the set.
    func trimmingCharacters(in set: Set<Character>) -> Substring {
        var text = self
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        return text
    }
}

extension Substring {
    /// Whether the first character is upper case, answered from its scalar when that is ASCII
    /// (asking a `Character` costs over a thousand instructions; this runs on every candidate).
    var startsUppercase: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return first?.isUppercase == true
    }
}
