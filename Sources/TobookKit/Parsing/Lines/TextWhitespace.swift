/// Whitespace as plain text uses it: ASCII space and tab plus the Unicode spaces people paste
/// (no-break, narrow no-break, ideographic, the typographic spaces U+2000–U+200A).
extension Unicode.Scalar {
    var isTextWhitespace: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Han, kana and CJK punctuation: scripts written without spaces between words, so a line
    /// break between two of them joins without a space.
    var isWrittenWithoutSpaces: Bool {
        switch value {
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF,
            0x20000...0x3FFFF:
            true
        default: false
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingTextWhitespace() -> Substring {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isTextWhitespace }),
            let last = scalars.lastIndex(where: { !$0.isTextWhitespace })
        else { return "" }
        return Substring(scalars[first...last])
    }
}
