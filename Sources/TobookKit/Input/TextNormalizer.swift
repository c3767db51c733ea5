/// Brings decoded UTF-8 to the one form the parser expects: LF line ends, NFC, and nothing XML 1.0
/// forbids. Works on bytes so a 100 MB file takes one linear pass.
enum TextNormalizer {
    struct Result {
        var text: String
        var removedCount: Int
    }

    /// - CRLF, CR, NEL, LS, VT and FF end a line; PS (U+2029) ends a paragraph (a blank line).
    /// - C0 controls other than TAB and LF, DEL, C1 controls, U+FFFE/U+FFFF and byte-order marks
    ///   inside the text are removed and counted: XML forbids most of them and readers show the
    ///   rest as boxes.
    ///
    /// Composition (NFC) runs line by line, only on the lines that need it: it never crosses a
    /// line end, and a whole 100 MB text composed at once costs several times its size. The
    /// standard library composes (`_nfcCodeUnits`, public though underscored), as ICU did for
    /// Foundation's `precomposedStringWithCanonicalMapping`, without linking either.
    static func normalize(_ utf8: [UInt8]) -> Result {
        utf8.withUnsafeBufferPointer { normalize($0) }
    }

    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var removed = 0
        var lineStart = 0
        var lineNeedsComposition = false
        /// Ends the line in `output` with `terminator`, composing it first when it needs it.
        func endLine(_ terminator: UInt8, count: Int = 1) {
            if lineNeedsComposition {
                let line = String(decoding: output[lineStart...], as: UTF8.self)
                output.replaceSubrange(lineStart..., with: line._nfcCodeUnits)
                lineNeedsComposition = false
            }
            for _ in 0..<count { output.append(terminator) }
            lineStart = output.count
        }
        do {
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte >= 0x20 && byte < 0x7F {
                    // A run of printable ASCII is copied whole: one byte at a time cost more
                    // than the rest of the pass.
                    var end = index + 1
                    while end < count, bytes[end] >= 0x20, bytes[end] < 0x7F { end += 1 }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                    continue
                }
                if byte < 0x80 {
                    switch byte {
                    case 0x09:
                        output.append(byte)
                    case 0x0A:
                        endLine(0x0A)
                    case 0x0D:
                        endLine(0x0A)
                        if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                    case 0x0B, 0x0C:
                        endLine(0x0A)
                    default:
                        removed += 1
                    }
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let scalar = UTF8Encoding.scalar(in: bytes, at: index, length: length)
                index += length
                switch scalar {
                case 0x85, 0x2028:
                    endLine(0x0A)
                case 0x2029:
                    endLine(0x0A, count: 2)
                case 0x80..<0xA0, 0xFEFF, 0xFFFE, 0xFFFF:
                    removed += 1
                default:
                    if !isComposed(scalar) { lineNeedsComposition = true }
                    output.append(contentsOf: bytes[(index - length)..<index])
                }
            }
        }
        if lineNeedsComposition { endLine(0x0A, count: 0) }
        return Result(text: String(decoding: output, as: UTF8.self), removedCount: removed)
    }

    /// Whether a scalar is unchanged by NFC in any context (Unicode's NFC_QC=Yes), for the blocks
    /// most text lives in: below the combining marks, Cyrillic letters, general punctuation
    /// (curly quotes, dashes; U+2000 and U+2001 map to U+2002 and U+2003) and CJK ideographs.
    /// Text made only of these skips the costly composition pass.
    @inline(__always)
    private static func isComposed(_ scalar: UInt32) -> Bool {
        scalar < 0x300 || (0x400..<0x483).contains(scalar) || (0x2002..<0x2070).contains(scalar)
            || (0x4E00..<0xA000).contains(scalar)
    }
}
