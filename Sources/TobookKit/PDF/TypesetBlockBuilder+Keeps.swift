extension TypesetBlockBuilder {
    /// Whether a paragraph is a line that introduces what follows it, and so must not be left
    /// alone at a page's foot: a short line in capitals (`CHORUS.`, `SCENE II.`) or a short one
    /// ending in a colon (`(In which the cook and the baby joined):—`).
    /// - 60 characters: a heading-like line, not a sentence of prose.
    /// - two letters at least, every one a capital: a label, not `I.` or a numeral alone.
    ///
    /// Trimmed scalar by scalar, as `trimmingCharacters(in: .whitespaces)` trimmed, and counted
    /// only up to the 61st character: Foundation's trimming copied every paragraph of prose
    /// through UTF-16 (8% of a novel's PDF time) only to find it long.
    static func introducesNext(_ text: String) -> Bool {
        let trimmed = text.trimmingBlanks()
        guard !trimmed.isEmpty else { return false }
        guard trimmed.dropFirst(60).isEmpty else { return false }
        let letters = trimmed.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return true }
        let end = trimmed.trimmingScalars(in: "—–-")
        return end.hasSuffix(":")
    }
}

extension Array where Element == Inline {
    /// The text with a word joiner (U+2060) after each hyphen between letters, so Pango never
    /// ends a heading's line inside a compound (`Rabbit-/Hole`); the joiner has no width and
    /// no glyph.
    var keepingCompoundsWhole: [Inline] {
        map { inline in
            guard case .text(let text) = inline, text.contains("-") else { return inline }
            let characters = [Character](text)
            var result = ""
            for (index, character) in characters.enumerated() {
                result.append(character)
                if character == "-", index > 0, index + 1 < characters.count,
                    characters[index - 1].isLetter, characters[index + 1].isLetter
                {
                    result.append("\u{2060}")
                }
            }
            return .text(result)
        }
    }
}
