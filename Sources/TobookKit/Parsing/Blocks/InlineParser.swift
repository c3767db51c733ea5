/// Finds web addresses, emphasis and footnote markers inside a paragraph's text.
struct InlineParser: Sendable {
    /// Labels of the notes the document holds; a marker links only to a note that exists.
    var noteLabels: Set<String> = []

    /// - Web and e-mail addresses become links (`WebAddress`), first, so that the `_` and `*`
    ///   inside one are never read as emphasis.
    /// - `_words_` and `*words*` become emphasis only when both delimiters are found in the same
    ///   paragraph, the opening one after a space or opening punctuation and the closing one
    ///   before a space or punctuation: `snake_case`, `__init__` and `2*3*4` stay as typed.
    /// - `[1]`, `[A]`, `[*]` become links when a note with that label exists.
    func parse(_ text: String) -> [Inline] {
        let addresses = WebAddress.find(in: text)
        guard !addresses.isEmpty else { return parseMarkers(text) }
        let scalars = Array(text.unicodeScalars)
        func string(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[range]))
        }
        var result: [Inline] = []
        var position = 0
        for address in addresses {
            result += parseMarkers(string(position..<address.range.lowerBound))
            result.append(.link(url: address.url, text: [.text(string(address.range))]))
            position = address.range.upperBound
        }
        result += parseMarkers(string(position..<scalars.count))
        return result.coalesced
    }

    /// Emphasis and note markers in text without addresses.
    private func parseMarkers(_ text: String) -> [Inline] {
        // Most paragraphs hold no marker at all.
        if !text.utf8.contains(where: { $0 == 0x2A || $0 == 0x5F || $0 == 0x5B }) {
            return text.isEmpty ? [] : [.text(text)]
        }
        let scalars = Array(text.unicodeScalars)
        var result: [Inline] = []
        // Plain text gathers as UTF-8 bytes: appending scalars to a String is far slower.
        var plain: [UInt8] = []
        var index = 0
        func flush() {
            if !plain.isEmpty {
                result.append(.text(String(decoding: plain, as: UTF8.self)))
                plain.removeAll(keepingCapacity: true)
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
            UTF8.encode(scalar) { plain.append($0) }
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
