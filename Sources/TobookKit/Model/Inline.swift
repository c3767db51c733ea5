/// Text inside a block. Only plain runs exist so far; emphasis and links will join them.
public enum Inline: Equatable, Sendable {
    case text(String)
}

extension Array where Element == Inline {
    /// The concatenated text of all runs.
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text): result += text
            }
        }
        return result
    }
}
