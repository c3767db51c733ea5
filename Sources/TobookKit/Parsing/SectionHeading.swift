/// Whether a one-line block reads as a section heading of an article.
enum SectionHeading {
    /// Longer lines are sentences or titles of something else, not headings.
    static let maximumLength = 70
    static let maximumWords = 12

    /// - exactly one line, at most 70 characters and 12 words, holding a letter or digit;
    /// - no sentence-final or continuing punctuation at the end (`.` `!` `?` `…` `:` `;` `,`),
    ///   looking through closing quotes and brackets, since a heading is not a sentence;
    /// - not starting with a lower-case letter (the tail of a sentence) or with a quotation mark
    ///   or dash (dialogue), nor with a list bullet.
    /// Whether a candidate becomes a heading also depends on its neighbours: see `PlainTextParser`.
    static func isCandidate(_ block: TextBlock) -> Bool {
        guard let line = block.singleLine, !line.isEmpty, line.count <= maximumLength else {
            return false
        }
        guard line.split(whereSeparator: { $0 == " " || $0 == "\t" }).count <= maximumWords else {
            return false
        }
        let scalars = line.unicodeScalars
        guard
            scalars.contains(where: {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            })
        else { return false }
        guard let first = scalars.first, !startsAsNonHeading(first) else { return false }
        guard let last = scalars.last(where: { !closingMarks.contains($0) }) else { return false }
        return !finalPunctuation.contains(last)
    }

    static let finalPunctuation: Set<Unicode.Scalar> = [
        ".", "!", "?", "…", ":", ";", ",", "。", "！", "？", "：", "；", "，",
    ]
    static let closingMarks: Set<Unicode.Scalar> = [
        "\"", "'", "”", "’", "»", "«", "›", ")", "]", "}", "」", "』",
    ]
    static let openingNonHeadingMarks: Set<Unicode.Scalar> = [
        "\"", "'", "“", "‘", "„", "‚", "«", "»", "‹", "›", "—", "–", "-", "*", "•", "·", "+", ">",
        "(",
        "[",
    ]

    private static func startsAsNonHeading(_ first: Unicode.Scalar) -> Bool {
        first.properties.isLowercase || openingNonHeadingMarks.contains(first)
    }
}
