/// A scene break: a line of only marks, such as `* * *`, `*****`, `#`, `~~~`, `- - -`, or an
/// ornament (⁂ ❦ ※ § •). `---` or `===` directly under a line of text is a setext heading
/// instead; that case never reaches here as a one-line block.
enum SceneBreak {
    static let marks: Set<Unicode.Scalar> = [
        "*", "-", "#", "~", "=", "_", "⁂", "❦", "※", "§", "•", "·", "◆", "◇", "❧", "☙", "✱", "✻",
    ]

    static func matches(_ content: Substring) -> Bool {
        guard !content.isEmpty, content.unicodeScalars.count <= 80 else { return false }
        var sawMark = false
        for scalar in content.unicodeScalars {
            if marks.contains(scalar) {
                sawMark = true
            } else if !scalar.isTextWhitespace {
                return false
            }
        }
        return sawMark
    }
}
