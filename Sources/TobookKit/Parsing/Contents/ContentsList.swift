/// A table of contents typed into the text. Its lines are never headings themselves; they are
/// evidence for the real headings further on, and the list becomes the book's own contents page
/// when it is confidently one (see `ContentsResolver`).
struct ContentsList: Equatable, Sendable {
    /// Block indices the list covers, its label included.
    let blocks: Range<Int>
    /// Whether the first block is a label line ("CONTENTS") rather than an entry.
    let isLabelled: Bool
    /// Each entry line, normalised for comparison (lower case, letters and digits).
    let entries: [String]
    /// Keyword and number pairs found in the entries ("chapter", 3).
    let markers: [Marker]
    /// Every entry and each of its word-boundary prefixes, for `confirms`.
    private let entryPrefixes: Set<String>
    /// Entries of two words or more.
    private let multiWordEntries: Set<String>

    struct Marker: Hashable, Sendable {
        let word: String
        let value: Int
    }

    static let labels: Set<String> = [
        "contents", "table of contents", "content", "inhalt", "inhaltsverzeichnis",
        "table des matières", "table des matieres", "sommaire", "índice", "indice", "contenido",
        "содержание", "оглавление", "目录", "目錄", "目次",
    ]

    /// Looks in the first 40% of the text for a labelled list ("CONTENTS" followed by entry-like
    /// blocks) or an unlabelled one (a block of three or more numbered title lines).
    static func find(in blocks: [Range<Int>], of table: LineTable, profile: DocumentProfile)
        -> ContentsList?
    {
        let searchLimit = max(10, blocks.count * 2 / 5)
        for (index, block) in blocks.prefix(searchLimit).enumerated() {
            let first = table.lines[block.lowerBound]
            if block.count == 1, labels.contains(normalisedLabel(first.content)) {
                var end = index + 1
                var entries = 0
                while end < blocks.count {
                    let gap = table.blanks(before: blocks[end].lowerBound)
                    if entries > 0 && gap >= 3 { break }
                    guard isEntryLike(blocks[end], table: table, profile: profile) else { break }
                    entries += 1
                    end += 1
                }
                // The body's first heading, with its prose right under it, is no entry
                // ("CHAPTER I" / "THERE IS NO ONE LEFT" / "When Mary Lennox was sent…").
                if end < blocks.count, isProse(blocks[end], table: table, profile: profile) {
                    var trimmed = 0
                    while trimmed < 2, end - 1 > index + 1, blocks[end - 1].count == 1 {
                        let line = table.lines[blocks[end - 1].lowerBound].content
                        let form = HeadingForm(line)
                        guard trimmed == 0 || form.isMarked && form.title == nil else { break }
                        end -= 1
                        entries -= 1
                        trimmed += 1
                        if form.isMarked { break }
                    }
                }
                if entries >= 2 {
                    return ContentsList(
                        blocks: index..<end, isLabelled: true, table: table, all: blocks)
                }
            }
            if block.count >= 3,
                block.allSatisfy({ isNumberedEntry(table.lines[$0], profile: profile) })
            {
                return ContentsList(
                    blocks: index..<(index + 1), isLabelled: false, table: table, all: blocks)
            }
        }
        return nil
    }

    private init(blocks range: Range<Int>, isLabelled: Bool, table: LineTable, all: [Range<Int>]) {
        blocks = range
        self.isLabelled = isLabelled
        var entries: [String] = []
        var markers: [Marker] = []
        for block in all[range] {
            for line in block.map({ table.lines[$0] }) {
                let text = Self.strippingPageNumber(line.content)
                entries.append(Self.normalised(text))
                markers += Self.markers(in: text)
            }
        }
        self.entries = entries
        self.markers = markers
        var prefixes = Set<String>()
        for entry in entries {
            let words = entry.split(separator: " ")
            for count in 1...max(1, words.count) where count <= words.count {
                prefixes.insert(words.prefix(count).joined(separator: " "))
            }
        }
        entryPrefixes = prefixes
        multiWordEntries = Set(entries.filter { $0.contains(where: { $0 == " " }) })
    }

    /// Running text: two lines or more, the first as wide as the text's lines.
    private static func isProse(_ block: Range<Int>, table: LineTable, profile: DocumentProfile)
        -> Bool
    {
        block.count >= 2 && table.lines[block.lowerBound].span * 10 >= profile.wrapWidth * 7
    }

    private static func isEntryLike(_ block: Range<Int>, table: LineTable, profile: DocumentProfile)
        -> Bool
    {
        let first = table.lines[block.lowerBound]
        if HeadingForm(first.content).isMarked { return true }
        return block.allSatisfy { index in
            let line = table.lines[index]
            let text = strippingPageNumber(line.content)
            return line.width * 10 <= profile.wrapWidth * 7
                && text.split(separator: " ").count <= 12
        }
    }

    private static func isNumberedEntry(_ line: SourceLine, profile: DocumentProfile) -> Bool {
        guard line.span * 10 <= profile.wrapWidth * 8 else { return false }
        switch HeadingForm(line.content).kind {
        case .keyword, .numberedTitle, .labelledNumber: return true
        default: return false
        }
    }

    /// Whether an unmarked heading's text is one of the entries, or the start of one
    /// ("EXTRACTS." for "EXTRACTS (Supplied by a Sub-Sub-Librarian)."), or ends with one of
    /// several words ("ADVENTURE I. A SCANDAL IN BOHEMIA" for "I. A Scandal in Bohemia").
    func confirms(_ text: Substring) -> Bool {
        let key = Self.normalised(text)
        guard !key.isEmpty else { return false }
        if entryPrefixes.contains(key) { return true }
        var rest = Substring(key)
        while let space = rest.firstIndex(of: " ") {
            rest = rest[rest.index(after: space)...]
            if multiWordEntries.contains(String(rest)) { return true }
        }
        return false
    }

    static func normalisedLabel(_ text: Substring) -> String {
        var label = text.quickLowercased()
        while let last = label.last, last == "." || last == ":" { label.removeLast() }
        return label
    }

    /// Lower case, letters and digits only, single spaces.
    /// Works on scalars (a combining mark stays with its letter): it runs on every candidate.
    static func normalised<Text: StringProtocol>(_ text: Text) -> String {
        if let ascii = asciiNormalised(text.utf8) { return ascii }
        // Gathered as UTF-8 bytes: appending to a scalar view costs hundreds of instructions a
        // scalar.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var inWord = false
        // Lower-cased scalar by scalar, as `lowercased()` does, without the lower-cased copy.
        for original in text.unicodeScalars {
            original.forEachLowercased { scalar in
                if isWordScalar(scalar, inWord: inWord) {
                    if pendingSpace && !result.isEmpty { result.append(0x20) }
                    pendingSpace = false
                    inWord = true
                    UTF8.encode(scalar) { result.append($0) }
                } else {
                    pendingSpace = true
                    inWord = false
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `normalised` on ASCII bytes, with no lower-cased copy or scalar decoding; nil when the
    /// text has any other byte.
    private static func asciiNormalised<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            let lower = byte | 0x20
            let isLetter = lower >= 0x61 && lower <= 0x7A
            if isLetter || byte >= 0x30 && byte <= 0x39 {
                if pendingSpace && !result.isEmpty { result.append(0x20) }
                pendingSpace = false
                result.append(isLetter ? lower : byte)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar, inWord: Bool) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || (0x30...0x39).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return inWord
        default:
            return false
        }
    }

    /// "Chapter 3 .......... 45" → "Chapter 3".
    static func strippingPageNumber(_ text: Substring) -> Substring {
        var trimmed = text
        while let last = trimmed.last, last.isNumber { trimmed = trimmed.dropLast() }
        guard trimmed.count < text.count else { return text }
        let beforeNumber = trimmed
        while let last = trimmed.last, last == "." || last == " " || last == "…" {
            trimmed = trimmed.dropLast()
        }
        return beforeNumber.count - trimmed.count >= 2 ? trimmed : text
    }

    /// Keyword and number pairs anywhere in an entry: "ACT I Scene I. … Scene II." gives
    /// (act, 1), (scene, 1), (scene, 2).
    static func markers(in text: Substring) -> [Marker] {
        let words = text.split(separator: " ").map {
            $0.trimmingCharacters(in: HeadingForm.separators)
        }
        var found: [Marker] = []
        for (word, next) in zip(words, words.dropFirst()) {
            let key = word.quickLowercased()
            if HeadingKeywords.numbered[key] != nil, let numeral = Numeral(next) {
                found.append(Marker(word: key, value: numeral.value))
            }
        }
        return found
    }
}
