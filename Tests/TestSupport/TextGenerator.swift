/// Random but reproducible texts for property tests: the shapes real plain text takes (titles,
/// chapter headings, wrapped or unwrapped paragraphs, dialogue, lists, verse, scene breaks,
/// block quotes), drawn from a seeded generator so a failure names its seed.
public struct TextGenerator {
    /// SplitMix64: tiny, fast, and the same sequence on every platform.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    var random: SplitMix64

    public init(seed: UInt64) {
        random = SplitMix64(state: seed)
    }

    static let vocabulary = [
        "the", "and", "of", "river", "said", "she", "he", "was", "quite", "morning", "letter",
        "walked", "garden", "never", "Élise", "naïve", "café", "über", "Straße", "señor", "ça",
        "don't", "it's", "o'clock", "’tis", "1848", "3.5", "well-known", "twenty-one", "&", "<",
        ">", "AT&T", "x<y", "a>b", "--", "...", "e.g.", "Mr.", "Dr.", "#hash", "50%", "$10",
        "http://example.org/a?b=c&d=e", "mail@example.com", "_emphasis_", "*strong*", "[1]",
    ]

    mutating func word() -> String {
        Self.vocabulary.randomElement(using: &random)!
    }

    mutating func sentence() -> String {
        let count = Int.random(in: 3...18, using: &random)
        var words = (0..<count).map { _ in word() }
        words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
        let end = [".", ".", ".", "?", "!", "…", ":"].randomElement(using: &random)!
        return words.joined(separator: " ") + end
    }

    mutating func paragraph(wrapAt width: Int?) -> String {
        var text = (0..<Int.random(in: 1...6, using: &random)).map { _ in sentence() }
            .joined(separator: " ")
        if Bool.random(using: &random) {
            text =
                "\"" + text + "\" " + ["she said.", "he asked.", "'Quite,' said I."]
                .randomElement(using: &random)!
        }
        guard let width else { return text }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + word.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    mutating func heading(_ number: Int) -> String {
        let roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return "CHAPTER \(number)"
        case 1: return "Chapter \(roman[(number - 1) % roman.count])"
        case 2: return roman[(number - 1) % roman.count] + "."
        case 3: return "CHAPTER \(number).\n\n\(sentence().dropLast().uppercased())"
        default: return "Part \(number): \(word().capitalized) and \(word().capitalized)"
        }
    }

    mutating func block(wrapAt width: Int?) -> String {
        switch Int.random(in: 0..<12, using: &random) {
        case 0: return "* * *"
        case 1:
            return (1...Int.random(in: 2...5, using: &random)).map { _ in "- " + sentence() }
                .joined(separator: "\n")
        case 2:
            return (1...Int.random(in: 2...5, using: &random)).map { "\($0). " + sentence() }
                .joined(separator: "\n")
        case 3:
            return (1...Int.random(in: 4...8, using: &random)).map { _ in
                "    "
                    + (0..<Int.random(in: 3...7, using: &random)).map { _ in word() }
                    .joined(separator: " ")
            }.joined(separator: "\n")
        case 4: return "    " + paragraph(wrapAt: width).replacingLines(prefix: "    ")
        default: return paragraph(wrapAt: width)
        }
    }

    /// A whole text: maybe a title and by-line, then chapters of blocks.
    public mutating func text() -> String {
        var parts: [String] = []
        if Bool.random(using: &random) {
            parts.append("The \(word().capitalized) of the \(word().capitalized)")
            if Bool.random(using: &random) { parts.append("by Ann \(word().capitalized)") }
        }
        let width: Int? =
            Bool.random(using: &random) ? Int.random(in: 50...78, using: &random) : nil
        let chapters = Int.random(in: 0...6, using: &random)
        for chapter in 0...chapters {
            if chapter > 0 { parts.append(heading(chapter)) }
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                parts.append(block(wrapAt: width))
            }
        }
        let gap = Int.random(in: 0..<4, using: &random) == 0 ? "\n\n\n" : "\n\n"
        return parts.joined(separator: gap) + "\n"
    }
}

extension String {
    fileprivate func replacingLines(prefix: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + prefix)
    }
}
