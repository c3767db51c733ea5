/// Text inside a block.
public indirect enum Inline: Equatable, Sendable {
    case text(String)
    /// `_words_` or `*words*` in the source.
    case emphasis([Inline])
    /// A footnote marker as typed ("[1]"), linked to the note with that label.
    case noteReference(label: String, text: String)
    /// A speaker's name at the start of a speech in a play ("HAMLET.").
    case speaker(String)
}

extension Array where Element == Inline {
    /// The concatenated text of all runs.
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text), .speaker(let text), .noteReference(_, let text): result += text
            case .emphasis(let inner): result += inner.plainText
            }
        }
        return result
    }
}

extension Array where Element == Inline {
    /// The same runs with neighbouring plain text joined into one.
    public var coalesced: [Inline] {
        var result: [Inline] = []
        for inline in self {
            if case .text(let text) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(inline)
            }
        }
        return result
    }
}

extension Array where Element == Inline {
    /// The same runs with footnote markers as plain text, for text inside a link.
    var withoutNoteLinks: [Inline] {
        map { inline in
            switch inline {
            case .noteReference(_, let text): .text(text)
            case .emphasis(let inner): .emphasis(inner.withoutNoteLinks)
            default: inline
            }
        }
    }
}
