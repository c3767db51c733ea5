/// UTF-8 text with stray bytes that are not UTF-8, as files pasted together from several
/// sources have (a Windows-1252 `»` or `é` among UTF-8 text): the valid sequences are kept and
/// each stray byte is read as Windows-1252, so no character is lost or replaced with U+FFFD.
enum MixedUTF8 {
    /// Counts of valid multi-byte sequences and of stray bytes.
    struct Evidence {
        var multiByteSequences = 0
        var strayBytes = 0

        /// UTF-8 explains the text better than Windows-1252 does: more real UTF-8 characters
        /// than stray bytes (Windows-1252 text almost never forms valid UTF-8 sequences).
        var isMostlyUTF8: Bool { multiByteSequences > strayBytes }
    }

    static func evidence(in bytes: UnsafeBufferPointer<UInt8>) -> Evidence {
        var evidence = Evidence()
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
            } else if let length = UTF8Validator.sequenceLength(at: index, in: bytes) {
                evidence.multiByteSequences += 1
                index += length
            } else {
                evidence.strayBytes += 1
                index += 1
            }
        }
        return evidence
    }

    /// The bytes as valid UTF-8, stray bytes converted from Windows-1252, and how many there were.
    static func repair(_ bytes: UnsafeBufferPointer<UInt8>) -> (utf8: [UInt8], strayBytes: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 16)
        var strayBytes = 0
        var index = 0
        var runStart = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
            } else if let length = UTF8Validator.sequenceLength(at: index, in: bytes) {
                index += length
            } else {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                UTF8Encoding.append(Windows1252.scalar(for: bytes[index]), to: &output)
                strayBytes += 1
                index += 1
                runStart = index
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        return (output, strayBytes)
    }
}
