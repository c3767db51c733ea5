/// A list item's marker at the start of a line: `-`, `*`, `+`, `•`, `1.`, `2)`, `a)`, `(iv)`.
/// En and em dashes are left out: French, Spanish and Russian dialogue opens with them.
struct ListMarker: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case bullet(Character)
        case number(Int)
        case letter(Character)
        case parenthesised
    }

    let kind: Kind
    /// The marker as typed, "1." or "(a)".
    let label: Substring
    /// The text after the marker.
    let text: Substring

    var isOrdered: Bool {
        if case .bullet = kind { false } else { true }
    }

    init?(_ content: Substring) {
        guard let first = content.first else { return nil }
        let afterFirst = content.dropFirst()
        if "-*+•·".contains(first), afterFirst.first == " " {
            let text = afterFirst.trimmingTextWhitespace()
            guard !text.isEmpty else { return nil }
            self.init(kind: .bullet(first), label: content.prefix(1), text: text)
            return
        }
        if first == "(", let close = content.firstIndex(of: ")") {
            let inside = content[content.index(after: content.startIndex)..<close]
            let rest = content[content.index(after: close)...]
            guard (1...4).contains(inside.count), inside.allSatisfy({ $0.isLetter || $0.isNumber }),
                rest.first == " ", !rest.trimmingTextWhitespace().isEmpty
            else { return nil }
            self.init(
                kind: .parenthesised, label: content[...close], text: rest.trimmingTextWhitespace())
            return
        }
        let digits = content.prefix { $0.isASCII && $0.isNumber }
        let terminatorIndex = content.index(content.startIndex, offsetBy: max(digits.count, 1))
        guard terminatorIndex < content.endIndex else { return nil }
        let terminator = content[terminatorIndex]
        guard terminator == "." || terminator == ")" else { return nil }
        let rest = content[content.index(after: terminatorIndex)...]
        guard rest.first == " ", !rest.trimmingTextWhitespace().isEmpty else { return nil }
        let label = content[...terminatorIndex]
        if (1...3).contains(digits.count), let value = Int(digits) {
            self.init(kind: .number(value), label: label, text: rest.trimmingTextWhitespace())
        } else if digits.isEmpty, first.isLetter, first.isLowercase, terminator == ")" {
            self.init(kind: .letter(first), label: label, text: rest.trimmingTextWhitespace())
        } else {
            return nil
        }
    }

    private init(kind: Kind, label: Substring, text: Substring) {
        self.kind = kind
        self.label = label
        self.text = text
    }

    /// Whether `next` can follow this marker in the same list.
    func isFollowed(by next: ListMarker) -> Bool {
        switch (kind, next.kind) {
        case (.bullet(let a), .bullet(let b)): return a == b
        case (.number(let a), .number(let b)): return b == a + 1
        case (.letter(let a), .letter(let b)):
            return b.unicodeScalars.first?.value == (a.unicodeScalars.first?.value ?? 0) + 1
        case (.parenthesised, .parenthesised): return true
        default: return false
        }
    }
}
