extension BlockBuilder {
    /// A few lines the fit test took for a paragraph that read as verse beside the stanzas
    /// around them: a refrain between two stanzas (`Would not, could not, … join the dance.`
    /// twice), or a song's first stanza whose lines ran close to the wrap width. The fit test
    /// alone cannot tell a long verse line from a wrapped one; the stanzas next to it can.
    /// - Every line starts with a capital (after any opening quote) and fits the wrap width;
    ///   wrapped prose continues in lower case.
    /// - Between two stanzas, that is enough.
    /// - Beside one stanza, the lines also match its count and each ends in punctuation, as
    ///   verse lines do and wrapped prose lines mostly do not.
    func stanza(_ lines: ArraySlice<SourceLine>, before: [VerseLine]?, after: [VerseLine]?)
        -> [VerseLine]?
    {
        guard (2...8).contains(lines.count), before != nil || after != nil,
            lines.allSatisfy({ startsWithCapital($0.content) && $0.span <= profile.wrapWidth })
        else { return nil }
        let fitsColumns = zip(lines, lines.dropFirst()).allSatisfy { line, next in
            line.span + 1 + next.firstWordWidth <= profile.wrapWidth
        }
        if before != nil && after != nil {
            guard fitsColumns || isRefrain(lines) else { return nil }
        } else {
            let neighbour = before ?? after ?? []
            guard neighbour.count == lines.count, fitsColumns,
                lines.allSatisfy({ endsWithPunctuation($0.content) })
            else { return nil }
        }
        return verseLines(lines)
    }

    /// `Would not, could not, …` on every line.
    private func isRefrain(_ lines: ArraySlice<SourceLine>) -> Bool {
        let openings = Set(lines.map { $0.content.prefix(while: { $0 != " " }) })
        return openings.count == 1
    }

    private func startsWithCapital(_ content: Substring) -> Bool {
        content.first(where: { !Self.openers.contains($0) })?.isUppercase == true
    }

    private func endsWithPunctuation(_ content: Substring) -> Bool {
        guard let last = content.last(where: { !Self.closers.contains($0) }) else { return false }
        return ".,;:!?—–-".contains(last)
    }

    private static let openers: Set<Character> = ["\"", "'", "“", "‘", "„", "«", "(", "["]
    private static let closers: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]"]
}
