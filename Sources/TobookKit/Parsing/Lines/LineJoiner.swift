/// Joins the lines of a hard-wrapped paragraph into one line of text.
enum LineJoiner {
    /// - Lines join with one space; after a hyphen between letters ("well-" / "known") or an
    ///   unspaced dash ("Antichrist—" / "I"), and between two CJK characters, with nothing.
    /// - A run of two or more whitespace characters (two spaces after a full stop, or a space
    ///   next to a no-break space pasted from the web) becomes one space; a single no-break or
    ///   narrow no-break space is kept, since French and numbers rely on it; a tab becomes a space.
    /// - A letter-spaced word keeps its word gaps (`LetterSpacing`).
    static func join<Lines: Sequence>(_ lines: Lines) -> String where Lines.Element == Substring {
        // Built as UTF-8 bytes: appending scalars to a String one by one is several times slower.
        var result: [UInt8] = []
        var previousLast: Unicode.Scalar?
        var previousBeforeLast: Unicode.Scalar?
        for line in lines {
            let untouched = line.trimmingTextWhitespace()
            let trimmed = LetterSpacing.marked(untouched) ?? untouched
            guard let first = trimmed.unicodeScalars.first else { continue }
            if let last = previousLast,
                needsSpace(between: last, before: previousBeforeLast, and: first)
            {
                result.append(0x20)
            }
            appendCollapsingSpaces(trimmed, to: &result)
            // Two steps back from the end: `dropLast()` would count the whole line first.
            let scalars = trimmed.unicodeScalars
            let lastIndex = scalars.index(before: scalars.endIndex)
            previousLast = scalars[lastIndex]
            previousBeforeLast =
                lastIndex > scalars.startIndex ? scalars[scalars.index(before: lastIndex)] : nil
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
        let done: Void? = text.utf8.withContiguousStorageIfAvailable {
            appendCollapsingSpaces($0, to: &result)
        }
        if done == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendCollapsingSpaces($0, to: &result) }
        }
    }

    /// The same on raw bytes: runs without a space are copied whole; only a lead byte that
    /// could begin a Unicode space (C2, E1, E2, E3) is decoded.
    private static func appendCollapsingSpaces(
        _ bytes: UnsafeBufferPointer<UInt8>, to result: inout [UInt8]
    ) {
        result.reserveCapacity(result.count + bytes.count)
        var pendingSpace: UInt32 = 0
        var pendingCount = 0
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            var length = 1
            var space: UInt32 = 0
            if byte < 0x80 {
                // A lone space before an ASCII character stays as it is, inside the run.
                if byte == 0x09
                    || byte == 0x20
                        && (pendingCount > 0 || index + 1 == count || bytes[index + 1] >= 0x80
                            || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09)
                {
                    space = UInt32(byte)
                }
            } else {
                length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                if byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3), index + length <= count {
                    let value = UTF8Encoding.scalar(in: bytes, at: index, length: length)
                    if let scalar = Unicode.Scalar(value), scalar.isTextWhitespace { space = value }
                }
            }
            if space != 0 {
                if runStart < index {
                    result.append(
                        contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
                pendingSpace = space
                pendingCount += 1
                runStart = min(count, index + length)
            } else if pendingCount > 0 {
                let kept = pendingCount == 1 && pendingSpace != 0x09 ? pendingSpace : 0x20
                UTF8.encode(Unicode.Scalar(kept)!) { result.append($0) }
                pendingSpace = 0
                pendingCount = 0
            }
            index += length
        }
        if runStart < min(index, count) {
            result.append(
                contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<min(index, count)]))
        }
    }
}
