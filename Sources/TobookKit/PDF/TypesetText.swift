/// Text ready for Pango: inline runs flattened to one string with soft hyphens at the
/// dictionary's break points and style attributes by UTF-8 offset.
struct TypesetText {
    var text = ""
    var attributes: [TextAttribute] = []

    init() {}

    init(_ inlines: [Inline], hyphenator: Hyphenator?) {
        append(inlines, hyphenator: hyphenator, style: nil)
    }

    mutating func append(_ inlines: [Inline], hyphenator: Hyphenator?, style: TextAttribute.Kind?) {
        for inline in inlines {
            switch inline {
            case .text(let run): append(run, hyphenator: hyphenator, style: style)
            case .emphasis(let inner): append(inner, hyphenator: hyphenator, style: .italic)
            case .strong(let inner): append(inner, hyphenator: hyphenator, style: .bold)
            case .code(let code): append(code, hyphenator: nil, style: .code)
            case .link(_, let inner): append(inner, hyphenator: nil, style: style)
            case .speaker(let name): append(name, hyphenator: nil, style: .speaker)
            case .noteReference(_, let marker): append(marker, hyphenator: nil, style: style)
            }
        }
    }

    /// Appends a run, breaking its words with soft hyphens (U+00AD) where the dictionary allows.
    mutating func append(_ run: String, hyphenator: Hyphenator?, style: TextAttribute.Kind?) {
        let start = text.utf8.count
        if let hyphenator {
            var word = Substring()
            var rest = Substring(run)
            while let first = rest.first {
                if first.isLetter {
                    let end = rest.firstIndex { !$0.isLetter } ?? rest.endIndex
                    word = rest[..<end]
                    rest = rest[end...]
                    appendHyphenated(word, hyphenator)
                } else {
                    let end = rest.firstIndex { $0.isLetter } ?? rest.endIndex
                    text += rest[..<end]
                    rest = rest[end...]
                }
            }
        } else {
            text += run
        }
        if let style, text.utf8.count > start {
            attributes.append(TextAttribute(kind: style, start: start, end: text.utf8.count))
        }
    }

    private mutating func appendHyphenated(_ word: Substring, _ hyphenator: Hyphenator) {
        let whole = String(word)
        let breaks = hyphenator.breaks(in: whole)
        guard !breaks.isEmpty else {
            text += whole
            return
        }
        let bytes = Array(whole.utf8)
        var start = 0
        for offset in breaks {
            text += String(decoding: bytes[start..<offset], as: UTF8.self)
            text += "\u{AD}"
            start = offset
        }
        text += String(decoding: bytes[start...], as: UTF8.self)
    }
}
