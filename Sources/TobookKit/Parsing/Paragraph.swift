/// Builds paragraph text from the lines of a block.
enum Paragraph {
    /// - Lines are joined with one space: hard-wrapped text has no meaningful line breaks.
    ///   Between two CJK characters the break joins with nothing, as those scripts use no spaces.
    /// - A run of two or more whitespace characters (two spaces after a full stop, or a space
    ///   next to a no-break space pasted from the web) becomes one space; a single no-break or
    ///   narrow no-break space is kept, since French and numbers rely on it; a tab becomes a space.
    static func text(of lines: [Substring]) -> String {
        var result = String.UnicodeScalarView()
        var previousLast: Unicode.Scalar?
        for line in lines {
            let trimmed = line.trimmingTextWhitespace()
            guard let first = trimmed.unicodeScalars.first else { continue }
            if let previousLast,
                !(previousLast.isWrittenWithoutSpaces && first.isWrittenWithoutSpaces)
            {
                result.append(" ")
            }
            appendCollapsingSpaces(trimmed.unicodeScalars, to: &result)
            previousLast = trimmed.unicodeScalars.last
        }
        return String(result)
    }

    private static func appendCollapsingSpaces(
        _ scalars: Substring.UnicodeScalarView, to result: inout String.UnicodeScalarView
    ) {
        var pendingSpace: Unicode.Scalar?
        var pendingCount = 0
        for scalar in scalars {
            if scalar.isTextWhitespace {
                pendingSpace = scalar
                pendingCount += 1
                continue
            }
            if let space = pendingSpace {
                result.append(pendingCount == 1 && space != "\t" ? space : " ")
                pendingSpace = nil
                pendingCount = 0
            }
            result.append(scalar)
        }
    }
}
