/// A run of non-blank lines between blank lines: the unit the article parser classifies.
struct TextBlock: Equatable, Sendable {
    var lines: [Substring]
    /// 1-based number of the first line in the decoded text, for messages and explanations.
    var firstLineNumber: Int

    /// The only line when the block has exactly one, trimmed.
    var singleLine: Substring? {
        lines.count == 1 ? lines[0].trimmingTextWhitespace() : nil
    }
}
