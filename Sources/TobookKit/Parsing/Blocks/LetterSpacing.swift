/// Letter-spaced words, as Gutenberg types a title page's spaced capitals or German *Sperrsatz*:
/// `K U R T  W O L F F  V E R L A G`, one space between letters and two between words.
/// Joining a line collapses every run of spaces to one, which loses the word gaps
/// (`K U R T W O L F F`), so a letter-spaced word keeps its letters apart by no-break spaces
/// and the gaps either side of it become an em space: the words still read apart, and every
/// letter stays, in order.
enum LetterSpacing {
    /// Between a letter-spaced word and its neighbours: wider than the gaps inside it.
    static let wordGap: Unicode.Scalar = "\u{2003}"
    static let letterGap: Unicode.Scalar = "\u{A0}"

    /// The trimmed line with the gaps of its letter-spaced words set, or nil when it has none
    /// (almost every line: only a line with two spaces in a row is looked at).
    /// - A letter-spaced word is two or more single characters apart by single spaces, at least
    ///   two of them letters or digits, none with a full stop (`U. S. A.` is initials) and
    ///   none with two letters (`I am` is words).
    /// - It counts only beside a gap of two or more spaces: without one there is no word gap
    ///   to lose.
    static func marked(_ line: Substring) -> Substring? {
        guard hasDoubleSpace(line) else { return nil }
        // Groups are apart by two or more spaces; a group's tokens by one.
        var groups: [[Substring]] = [[]]
        var tokenStart: Substring.Index?
        var spaces = 0
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let isSpace = character.unicodeScalars.allSatisfy(\.isTextWhitespace)
            if isSpace {
                if let start = tokenStart {
                    groups[groups.count - 1].append(line[start..<index])
                    tokenStart = nil
                }
                spaces += 1
            } else {
                if spaces >= 2 && !groups[groups.count - 1].isEmpty { groups.append([]) }
                spaces = 0
                if tokenStart == nil { tokenStart = index }
            }
            index = line.index(after: index)
        }
        if let start = tokenStart { groups[groups.count - 1].append(line[start...]) }
        guard groups.count >= 2 else { return nil }
        let spaced = groups.map(isLetterSpaced)
        guard spaced.contains(true) else { return nil }
        var result = String.UnicodeScalarView()
        for (number, group) in groups.enumerated() {
            if number > 0 {
                let besideSpaced = spaced[number] || spaced[number - 1]
                result.append(besideSpaced ? wordGap : " ")
            }
            for (position, token) in group.enumerated() {
                if position > 0 { result.append(spaced[number] ? letterGap : " ") }
                result.append(contentsOf: token.unicodeScalars)
            }
        }
        return Substring(String(result))
    }

    private static func isLetterSpaced(_ tokens: [Substring]) -> Bool {
        guard tokens.count >= 2 else { return false }
        var letters = 0
        for token in tokens {
            guard !token.contains(".") else { return false }
            let count = token.count(where: { $0.isLetter || $0.isNumber })
            guard count <= 1 else { return false }
            letters += count
        }
        return letters >= 2
    }

    /// Two whitespace characters in a row (space, tab, no-break space), found on the bytes.
    private static func hasDoubleSpace(_ line: Substring) -> Bool {
        var previousSpace = false
        var previous: UInt8 = 0
        for byte in line.utf8 {
            // C2 leads a no-break space (C2 A0) or another character: wait for the next byte.
            if byte == 0xC2 {
                previous = byte
                continue
            }
            let space = byte == 0x20 || byte == 0x09 || (byte == 0xA0 && previous == 0xC2)
            if space && previousSpace { return true }
            previousSpace = space
            previous = byte
        }
        return false
    }
}
