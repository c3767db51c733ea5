/// Decoders from single-byte and wide encodings into UTF-8 bytes, one linear pass each.
enum WideDecoding {
    static func windows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                UTF8Encoding.append(Windows1252.scalar(for: byte), to: &output)
            }
        }
        return output
    }

    /// UTF-16 with surrogate pairing; a lone surrogate or a dangling odd byte becomes U+FFFD.
    static func utf16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> (
        utf8: [UInt8], replaced: Int
    ) {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var replaced = 0
        let unitCount = bytes.count / 2
        @inline(__always) func unit(_ index: Int) -> UInt32 {
            let first = UInt32(bytes[2 * index])
            let second = UInt32(bytes[2 * index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        var index = 0
        while index < unitCount {
            let lead = unit(index)
            index += 1
            switch lead {
            case 0xD800..<0xDC00:
                if index < unitCount, case 0xDC00..<0xE000 = unit(index) {
                    let trail = unit(index)
                    index += 1
                    UTF8Encoding.append(
                        0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00), to: &output)
                } else {
                    replaced += 1
                    UTF8Encoding.append(UTF8Encoding.replacementCharacter, to: &output)
                }
            case 0xDC00..<0xE000:
                replaced += 1
                UTF8Encoding.append(UTF8Encoding.replacementCharacter, to: &output)
            default:
                UTF8Encoding.append(lead, to: &output)
            }
        }
        if bytes.count % 2 == 1 {
            replaced += 1
            UTF8Encoding.append(UTF8Encoding.replacementCharacter, to: &output)
        }
        return (output, replaced)
    }

    /// UTF-32; values above U+10FFFF, surrogates and trailing partial units become U+FFFD.
    static func utf32(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> (
        utf8: [UInt8], replaced: Int
    ) {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count / 2)
        var replaced = 0
        var index = 0
        while index + 3 < bytes.count {
            let b = (0..<4).map { UInt32(bytes[index + $0]) }
            index += 4
            let value =
                bigEndian
                ? b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]
                : b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0]
            if value > 0x10FFFF || (0xD800..<0xE000).contains(value) {
                replaced += 1
                UTF8Encoding.append(UTF8Encoding.replacementCharacter, to: &output)
            } else {
                UTF8Encoding.append(value, to: &output)
            }
        }
        if index < bytes.count {
            replaced += 1
            UTF8Encoding.append(UTF8Encoding.replacementCharacter, to: &output)
        }
        return (output, replaced)
    }
}
