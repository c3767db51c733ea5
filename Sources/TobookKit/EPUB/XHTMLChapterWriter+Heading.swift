extension XHTMLChapterWriter {
    /// A heading's words, each hyphenated compound ("Rabbit-Hole") kept whole on its line:
    /// `hyphens: none` stops only soft breaks, and a heading split at its hard hyphen
    /// ("Rabbit-/Hole") reads as two words. The style is inline so a reader's own sheet or
    /// the user's keeps it.
    func writeHeadingText(
        _ inlines: [Inline], to writer: inout XMLWriter, context: inout RenderContext
    ) {
        for inline in inlines {
            guard case .text(let text) = inline, text.contains("-") else {
                write([inline], to: &writer, context: &context)
                continue
            }
            var first = true
            for word in text.split(separator: " ", omittingEmptySubsequences: false) {
                if !first { writer.text(" ") }
                first = false
                if Self.isCompound(word) {
                    writer.raw("<span style=\"white-space: nowrap\">")
                    writer.text(String(word))
                    writer.raw("</span>")
                } else {
                    writer.text(String(word))
                }
            }
        }
    }

    /// A hyphen between two letters, as in "Rabbit-Hole" or "well-known".
    static func isCompound(_ word: Substring) -> Bool {
        let characters = [Character](word)
        return characters.indices.dropFirst().dropLast().contains { index in
            characters[index] == "-" && characters[index - 1].isLetter
                && characters[index + 1].isLetter
        }
    }
}
