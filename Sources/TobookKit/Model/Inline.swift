/// Text inside a block.
public indirect enum Inline: Equatable, Sendable {
    case text(String)
    /// `_words_` or `*words*` in the source.
    case emphasis([Inline])
    /// A footnote marker as typed ("[1]"), linked to the note with that label.
    case noteReference(label: String, text: String)
    /// A speaker's name at the start of a speech in a play ("HAMLET.").
    case speaker(String)
    /// `**words**` in Markdown: strong importance, set bold.
    case strong([Inline])
    /// Code in a line of Markdown (`` `x` ``): kept as typed, never smartened or hyphenated.
    case code(String)
    /// A link to a web page or a mailbox (`https://…`, `mailto:…`): a Markdown link, or an
    /// address found in the text. The text is what the reader sees.
    case link(url: String, text: [Inline])
}

extension Array where Element == Inline {
    /// The concatenated text of all runs.
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text), .speaker(let text), .noteReference(_, let text), .code(let text):
                result += text
            case .emphasis(let inner), .strong(let inner), .link(_, let inner):
                result += inner.plainText
            }
        }
        return result
    }
}

extension Array where Element == Inline {
    /// Whether these runs are the address `url` itself (`www.example.org` for
    /// `http://www.example.org`, `ann@example.org` for `mailto:ann@example.org`): text that
    /// must stay exactly as typed, never smartened or hyphenated.
    func isAddress(_ url: String) -> Bool {
        let text = plainText
        guard !text.isEmpty else { return false }
        return url == text || url.hasSuffix("//" + text) || url == "mailto:" + text
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
            case .strong(let inner): .strong(inner.withoutNoteLinks)
            case .link(_, let inner): .text(inner.plainText)
            default: inline
            }
        }
    }
}
