/// Footnote labels and bodies as Gutenberg and plain-text writers type them: `[1]` markers with
/// `[1] …` or `[Footnote 1: …]` bodies, and `*`, `*(2)` markers with `* …`, `*(2) …` bodies
/// (War and Peace's convention).
enum Footnotes {
    /// One to three digits, one capital letter, or an asterisk.
    static func isLabel(_ text: String) -> Bool {
        if text == "*" { return true }
        if (1...3).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return true
        }
        guard text.count == 1, let letter = text.first else { return false }
        return letter.isASCII && letter.isUppercase
    }

    /// The label of a note body: `[Footnote 3: …]`, `[3] …`, `* …` or `*(2) …` at the start of
    /// a block.
    static func bodyLabel(of firstLine: Substring) -> String? {
        // Every form opens with "[" or "*": most lines are dismissed on their first byte.
        guard let lead = firstLine.utf8.first,
            lead == UInt8(ascii: "[") || lead == UInt8(ascii: "*")
        else { return nil }
        if firstLine.hasPrefix("[Footnote ") {
            let rest = firstLine.dropFirst("[Footnote ".count)
            let label = rest.prefix { $0 != ":" && $0 != "]" && $0 != " " }
            return isLabel(String(label)) ? String(label) : nil
        }
        if let label = asteriskLabel(at: firstLine[...]),
            firstLine.dropFirst(label.count).first == " "
        {
            return label
        }
        guard firstLine.hasPrefix("["), let close = firstLine.firstIndex(of: "]") else {
            return nil
        }
        let label = String(firstLine[firstLine.index(after: firstLine.startIndex)..<close])
        let after = firstLine[firstLine.index(after: close)...]
        guard isLabel(label), after.first == " ",
            after.dropFirst().first.map({ !$0.isWhitespace }) == true
        else { return nil }
        return label
    }

    /// `*` or `*(2)` at the start of the text.
    static func asteriskLabel(at text: Substring) -> String? {
        guard text.first == "*" else { return nil }
        let rest = text.dropFirst()
        if rest.first == "(", let close = rest.firstIndex(of: ")") {
            let digits = rest[rest.index(after: rest.startIndex)..<close]
            if (1...2).contains(digits.count), digits.allSatisfy(\.isNumber) {
                return "*(\(digits))"
            }
        }
        return rest.first == "*" ? nil : "*"
    }

    /// Labels of the markers in a line of text: `[3]` anywhere after the start, `*` or `*(2)`
    /// standing after a space or punctuation.
    static func markers(in text: Substring) -> [String] {
        guard
            text.withUTF8Bytes({
                $0.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "[") }
            })
        else {
            return []
        }
        var labels: [String] = []
        // Only a "*" or a "[" can open a marker: jump from one to the next on the bytes.
        var searchFrom = text.startIndex
        while let index = text.utf8[searchFrom...].firstIndex(where: {
            $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "[")
        }) {
            searchFrom = text.utf8.index(after: index)
            let character = text[index]
            let before = index > text.startIndex ? text[text.index(before: index)] : nil
            if character == "*", let before, before == " " || before.isPunctuation,
                let label = asteriskLabel(at: text[index...])
            {
                let end = text.index(index, offsetBy: label.count)
                if end == text.endIndex || text[end] == " " || text[end].isPunctuation {
                    labels.append(label)
                }
            } else if character == "[", before != nil,
                let close = text[index...].firstIndex(of: "]")
            {
                let label = String(text[text.index(after: index)..<close])
                if isLabel(label) && label != "*" { labels.append(label) }
            }
        }
        return labels
    }
}
