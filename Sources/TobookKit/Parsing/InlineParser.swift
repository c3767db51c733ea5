/// Finds emphasis and footnote markers inside a paragraph's text.
struct InlineParser: Sendable {
    /// Labels of the notes the document holds; a marker links only to a note that exists.
    var noteLabels: Set<String> = []

    /// - `_words_` and `*words*` become emphasis only when both delimiters are found in the same
    ///   paragraph, the opening one after a space or opening punctuation and the closing one
    ///   before a space or punctuation: `snake_case`, `__init__` and `2*3*4` stay as typed.
    /// - `[1]`, `[A]`, `[*]` become links when a note with that label exists.
    func parse(_ text: String) -> [Inline] {
        let scalars = Array(text.unicodeScalars)
        var result: [Inline] = []
        var plain = String.UnicodeScalarView()
        var index = 0
        func flush() {
            if !plain.isEmpty {
                result.append(.text(String(plain)))
                plain = String.UnicodeScalarView()
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "*", index > 0, let label = asteriskMarker(in: scalars, at: index) {
                flush()
                result.append(.noteReference(label: label, text: label))
                index += label.unicodeScalars.count
                continue
            }
            if (scalar == "_" || scalar == "*"),
                let end = closingDelimiter(in: scalars, openingAt: index)
            {
                flush()
                let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                result.append(.emphasis(parse(inner)))
                index = end + 1
                continue
            }
            if scalar == "[", index > 0, let (label, end) = noteMarker(in: scalars, at: index),
                noteLabels.contains(label)
            {
                flush()
                result.append(
                    .noteReference(
                        label: label, text: String(String.UnicodeScalarView(scalars[index...end]))))
                index = end + 1
                continue
            }
            plain.append(scalar)
            index += 1
        }
        flush()
        return result
    }

    private static let openingContext: Set<Unicode.Scalar> = [
        "(", "[", "{", "\"", "'", "“", "‘", "«", "—", "–", "/",
    ]

    private func closingDelimiter(in scalars: [Unicode.Scalar], openingAt start: Int) -> Int? {
        let delimiter = scalars[start]
        if start > 0 {
            let before = scalars[start - 1]
            guard before.isTextWhitespace || Self.openingContext.contains(before) else {
                return nil
            }
        }
        guard start + 1 < scalars.count else { return nil }
        let first = scalars[start + 1]
        guard !first.isTextWhitespace, first != delimiter else { return nil }
        var index = start + 1
        while index < scalars.count {
            if scalars[index] == delimiter {
                let before = scalars[index - 1]
                let after = index + 1 < scalars.count ? scalars[index + 1] : nil
                let closes =
                    !before.isTextWhitespace
                    && (after.map {
                        !$0.properties.isAlphabetic && $0.properties.numericType == nil
                            && $0 != delimiter
                    } ?? true)
                return closes && index > start + 1 ? index : nil
            }
            index += 1
        }
        return nil
    }

    /// A `*` or `*(2)` note marker at `start`, when the document has a note with that label and
    /// the marker stands alone (after a space or punctuation, before a space, punctuation or the
    /// end).
    private func asteriskMarker(in scalars: [Unicode.Scalar], at start: Int) -> String? {
        let before = scalars[start - 1]
        guard before.isTextWhitespace || before.properties.generalCategory.isPunctuation else {
            return nil
        }
        let text = Substring(
            String(String.UnicodeScalarView(scalars[start..<min(scalars.count, start + 6)])))
        guard let label = Footnotes.asteriskLabel(at: text), noteLabels.contains(label) else {
            return nil
        }
        let end = start + label.unicodeScalars.count
        guard
            end == scalars.count || scalars[end].isTextWhitespace
                || scalars[end].properties.generalCategory.isPunctuation
        else { return nil }
        return label
    }

    /// `[12]`, `[A]`, `[*]` at `start`: the label and the index of the closing bracket.
    func noteMarker(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start + 1
        var label = String.UnicodeScalarView()
        while index < scalars.count, scalars[index] != "]", label.count < 4 {
            label.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, scalars[index] == "]" else { return nil }
        let text = String(label)
        return Footnotes.isLabel(text) ? (text, index) : nil
    }
}

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
        var labels: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
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
            index = text.index(after: index)
        }
        return labels
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            true
        default: false
        }
    }
}
