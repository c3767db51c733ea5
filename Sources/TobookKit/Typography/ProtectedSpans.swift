/// Stretches of text that smart punctuation must not touch: web addresses and e-mail addresses.
enum ProtectedSpans {
    /// Ranges of scalar offsets covering `http://…`, `https://…`, `ftp://…`, `www.…` and
    /// `name@host.tld`, each running to the next whitespace, less opening quotes or brackets
    /// before it and punctuation after it.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard index == 0 || scalars[index - 1].isTextWhitespace else {
                index += 1
                continue
            }
            var start = index
            while start < scalars.count, isOpening(scalars[start]) { start += 1 }
            var end = start
            while end < scalars.count, !scalars[end].isTextWhitespace,
                scalars[end] != Typographer.boundary
            {
                end += 1
            }
            // Most words are neither: skip building a string unless one could be.
            guard mayBeAddress(scalars[start..<end]) else {
                index = max(end, index + 1)
                continue
            }
            let word = String(String.UnicodeScalarView(scalars[start..<end])).quickLowercased()
            if word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("ftp://")
                || word.hasPrefix("www.") || isEmail(word)
            {
                var trimmed = end
                while trimmed > start,
                    ".,;:!?)]}'\"”’»“".unicodeScalars.contains(scalars[trimmed - 1])
                {
                    // A closing parenthesis the address opened is its own (`wiki/Swift_(language)`).
                    if scalars[trimmed - 1] == ")", isBalanced(scalars[start..<trimmed]) { break }
                    trimmed -= 1
                }
                result.append(start..<trimmed)
            }
            index = max(end, index + 1)
        }
        return result
    }

    /// Whether the span opens as many parentheses as it closes.
    private static func isBalanced(_ span: ArraySlice<Unicode.Scalar>) -> Bool {
        span.count { $0 == "(" } == span.count { $0 == ")" }
    }

    /// `(`, `[`, `<`, quotes and guillemets that may stand before an address.
    @inline(__always)
    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x28, 0x5B, 0x3C, 0x22, 0x27, 0x201C, 0x2018, 0xAB, 0x201E: true
        default: false
        }
    }

    /// Whether the word holds `:/`, `@` or starts with `www.` (any case): a cheap first test.
    private static func mayBeAddress(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in word {
            if scalar == "@" || (scalar == "/" && previous == ":") { return true }
            previous = scalar
        }
        guard word.count > 4 else { return false }
        let start = word.startIndex
        return (word[start] == "w" || word[start] == "W") && word[start + 3] == "."
    }

    private static func isEmail(_ word: String) -> Bool {
        guard let at = word.firstIndex(of: "@"), at != word.startIndex else { return false }
        let domain = word[word.index(after: at)...]
        return domain.contains(".") && domain.first?.isLetter == true
    }
}
