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
            appendCollapsingSpaces(trimmed, to: &result)
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

    static func appendCollapsingSpaces(_ text: Substring, to result: inout [UInt8]) {
        var pendingSpace: Unicode.Scalar?
        var pendingCount = 0
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            // Bytes copied as they are; only a scalar that could be a space is decoded.
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let end = utf8.index(index, offsetBy: length)
            var space: Unicode.Scalar?
            if byte < 0x80 {
                if byte == 0x20 || byte == 0x09 { space = Unicode.Scalar(byte) }
            } else if let scalar = text.unicodeScalars[index..<end].first, scalar.isTextWhitespace {
                space = scalar
            }
            if let space {
                pendingSpace = space
                pendingCount += 1
            } else {
                if let space = pendingSpace {
                    let kept: Unicode.Scalar = pendingCount == 1 && space != "\t" ? space : " "
                    UTF8.encode(kept) { result.append($0) }
                    pendingSpace = nil
                    pendingCount = 0
                }
                if length == 1 {
                    result.append(byte)
                } else {
                    result.append(contentsOf: utf8[index..<end])
                }
            }
            index = end
        }
    }
}
