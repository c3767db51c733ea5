/// Joins the lines of a hard-wrapped paragraph into one line of text.
enum LineJoiner {
    /// - Lines join with one space; after a hyphen between letters ("well-" / "known") or an
    ///   unspaced dash ("Antichrist—" / "I"), and between two CJK characters, with nothing.
    /// - A run of two or more whitespace characters (two spaces after a full stop, or a space
    ///   next to a no-break space pasted from the web) becomes one space; a single no-break or
    ///   narrow no-break space is kept, since French and numbers rely on it; a tab becomes a space.
    static func join<Lines: Sequence>(_ lines: Lines) -> String where Lines.Element == Substring {
        // Built as UTF-8 bytes: appending scalars to a String one by one is several times slower.
        var result: [UInt8] = []
        var previousLast: Unicode.Scalar?
        var previousBeforeLast: Unicode.Scalar?
        for line in lines {
            let trimmed = line.trimmingTextWhitespace()
            guard let first = trimmed.unicodeScalars.first else { continue }
            if let last = previousLast,
                needsSpace(between: last, before: previousBeforeLast, and: first)
            {
                result.append(0x20)
            }
            appendCollapsingSpaces(trimmed.unicodeScalars, to: &result)
            previousLast = trimmed.unicodeScalars.last
            previousBeforeLast = trimmed.unicodeScalars.dropLast().last
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func needsSpace(
        between last: Unicode.Scalar, before beforeLast: Unicode.Scalar?, and first: Unicode.Scalar
    ) -> Bool {
        if last.isWrittenWithoutSpaces && first.isWrittenWithoutSpaces { return false }
        let letterBefore = beforeLast.map { $0.properties.isAlphabetic } ?? false
        if (last == "-" || last == "—" || last == "–") && letterBefore
            && first.properties.isAlphabetic
        {
            return false
        }
        return true
    }

    static func appendCollapsingSpaces(
        _ scalars: Substring.UnicodeScalarView, to result: inout [UInt8]
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
                let kept: Unicode.Scalar = pendingCount == 1 && space != "\t" ? space : " "
                UTF8.encode(kept) { result.append($0) }
                pendingSpace = nil
                pendingCount = 0
            }
            UTF8.encode(scalar) { result.append($0) }
        }
    }
}
