/// A stretch of a paragraph's text in one style, and whether its words may be hyphenated:
/// the inline tree flattened for the line setter.
struct StyledRun: Hashable {
    let text: String
    let style: TextAttribute.Kind?
    let hyphenate: Bool
    /// The web address the run links to (a PDF link annotation around its words).
    var link: String?

    init(text: String, style: TextAttribute.Kind?, hyphenate: Bool, link: String? = nil) {
        self.text = text
        self.style = style
        self.hyphenate = hyphenate
        self.link = link
    }

    /// Emphasis becomes italic, strong bold; a speaker's name bold small capitals, never
    /// hyphenated. Code and links are never hyphenated either: a hyphen inside an address or a
    /// name in code reads as part of it (the line may still break after a slash, unmarked).
    static func flatten(
        _ inlines: [Inline], style: TextAttribute.Kind? = nil, hyphenate: Bool = true,
        link: String? = nil
    ) -> [StyledRun] {
        var runs: [StyledRun] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                runs.append(StyledRun(text: text, style: style, hyphenate: hyphenate, link: link))
            case .emphasis(let inner):
                runs += flatten(inner, style: .italic, hyphenate: hyphenate, link: link)
            case .strong(let inner):
                runs += flatten(inner, style: .bold, hyphenate: hyphenate, link: link)
            case .code(let text):
                runs.append(StyledRun(text: text, style: .code, hyphenate: false, link: link))
            case .link(let url, let inner):
                runs += flatten(inner, style: style, hyphenate: false, link: url)
            case .speaker(let name):
                runs.append(StyledRun(text: name, style: .speaker, hyphenate: false))
            case .noteReference(_, let marker):
                runs.append(StyledRun(text: marker, style: style, hyphenate: false))
            }
        }
        return runs
    }

    /// True when every character is in a script the line setter handles word by word (Latin,
    /// Greek, Cyrillic and their punctuation, including the supplemental dashes such as the
    /// two-em dash, all set left to right with spaces between words).
    /// Other text (CJK, right-to-left, Indic) goes to Pango's own line breaking.
    static func isSimple(_ runs: [StyledRun]) -> Bool {
        for run in runs {
            for scalar in run.text.unicodeScalars {
                let value = scalar.value
                if value < 0x0590 || (0x1D00..<0x2C00).contains(value)
                    || (0x2E00..<0x2E80).contains(value)
                    || (0xFB00...0xFB06).contains(value)
                    || value == 0xFEFF
                {
                    continue
                }
                return false
            }
        }
        return true
    }
}
