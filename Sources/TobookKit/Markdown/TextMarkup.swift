/// How an input's markup is read: `--markdown` and `--plain` force it, otherwise
/// `MarkdownDetector` decides from the text.
public enum TextMarkup: Sendable, Equatable {
    case detect
    case markdown
    case plain

    /// Whether `text` is read as Markdown.
    func readsMarkdown(_ text: String) -> Bool {
        switch self {
        case .detect: MarkdownDetector().isMarkdown(text)
        case .markdown: true
        case .plain: false
        }
    }
}
