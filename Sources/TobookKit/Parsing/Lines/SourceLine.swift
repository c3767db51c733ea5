/// One line of the decoded text with the measurements structure detection needs.
struct SourceLine: Equatable, Sendable {
    /// 1-based line number in the decoded text.
    let number: Int
    /// The line without its leading and trailing whitespace.
    let content: Substring
    /// Columns of leading whitespace (a tab advances to the next multiple of 8).
    let indent: Int
    /// Display columns of the content: East Asian wide characters count 2.
    let width: Int

    var isBlank: Bool { content.isEmpty }

    /// Columns from the margin to the end of the content.
    var span: Int { indent + width }

    /// The same span counted in UTF-8 bytes: some tools that wrapped Gutenberg texts counted
    /// bytes, so "Dmítrievna" took one column more than it shows.
    var byteSpan: Int { indent + content.utf8.count }

    var firstWordBytes: Int {
        content.utf8.prefix { $0 != 0x20 && $0 != 0x09 }.count
    }

    init(number: Int, content: Substring, indent: Int, width: Int) {
        self.number = number
        self.content = content
        self.indent = indent
        self.width = width
    }

    init(number: Int, text: Substring) {
        self.number = number
        content = text.trimmingTextWhitespace()
        var columns = 0
        for scalar in text.unicodeScalars {
            guard scalar.isTextWhitespace else { break }
            columns =
                scalar == "\t" ? (columns / 8 + 1) * 8 : columns + (scalar == "\u{3000}" ? 2 : 1)
        }
        indent = content.isEmpty ? 0 : columns
        width = Self.columns(of: content)
    }

    /// Display columns, counted on UTF-8 bytes: only scalars of three or four bytes (U+0800 on)
    /// can be wide, so only those are decoded.
    static func columns(of text: Substring) -> Int {
        text.withUTF8Bytes(columns(of:))
    }

    private static func columns(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var columns = 0
        var value: UInt32 = 0
        var remaining = 0
        for byte in bytes {
            if byte < 0x80 {
                columns += 1
            } else if byte >= 0xC0 {
                if byte < 0xE0 {
                    columns += 1
                    remaining = 0
                } else {
                    remaining = byte >= 0xF0 ? 3 : 2
                    value = UInt32(byte & (byte >= 0xF0 ? 0x07 : 0x0F))
                }
            } else if remaining > 0 {
                value = value << 6 | UInt32(byte & 0x3F)
                remaining -= 1
                if remaining == 0 { columns += Unicode.Scalar(value)?.isWide == true ? 2 : 1 }
            }
        }
        return columns
    }

    /// The first word of the content, for the fit test.
    var firstWordWidth: Int {
        content.withUTF8Bytes { bytes in
            var width = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x20 || byte == 0x09 { break }
                    width += 1
                    index += 1
                    continue
                }
                let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                let value = UTF8Encoding.scalar(
                    in: bytes, at: index, length: min(length, bytes.count - index))
                guard let scalar = Unicode.Scalar(value), !scalar.isTextWhitespace else { break }
                width += scalar.isWide ? 2 : 1
                index += length
            }
            return width
        }
    }
}

extension Unicode.Scalar {
    /// East Asian wide and fullwidth characters (CJK, kana, Hangul, fullwidth forms), which take
    /// two columns in a monospaced text.
    var isWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default: false
        }
    }
}
