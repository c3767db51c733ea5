extension Unicode.Scalar {
    /// Whether Foundation's `CharacterSet.whitespaces` held the scalar: the tab, the space
    /// separators (Zs) and the zero-width space, which Core Foundation's table still counts.
    /// Listed here so trimming stays as it was without linking Foundation.
    /// That is the parser's text whitespace and the zero-width space.
    var isBlank: Bool {
        isTextWhitespace || value == 0x200B
    }

    /// Whether `CharacterSet.whitespacesAndNewlines` held the scalar: the blanks, and the line
    /// and paragraph breaks (U+000A–U+000D, U+0085, U+2028, U+2029).
    var isBlankOrNewline: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: isBlank
        }
    }
}
