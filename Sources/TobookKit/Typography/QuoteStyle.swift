/// The quotation marks and dash conventions of a language (HEURISTICS.md §4, from docutils'
/// `langquotes` and typograf). The author's `"` or `'` decides the level; each maps to the
/// language's marks for that level.
struct QuoteStyle: Equatable, Sendable {
    /// Opening and closing marks for `"`.
    let double: (open: String, close: String)
    /// Opening and closing marks for `'`.
    let single: (open: String, close: String)
    /// The apostrophe, which in German and French differs from the closing single quote.
    let apostrophe: String = "’"
    /// French puts a narrow no-break space inside « » and before ; ! ? (and a no-break space
    /// before :).
    let frenchSpacing: Bool
    /// A spaced hyphen (" - ") becomes this dash.
    let spacedDash: String
    /// Whether a paragraph opening with a dash is dialogue (Russian, French, Spanish…).
    let dialogueDashes: Bool

    static func == (lhs: QuoteStyle, rhs: QuoteStyle) -> Bool {
        lhs.double == rhs.double && lhs.single == rhs.single
            && lhs.frenchSpacing == rhs.frenchSpacing
            && lhs.spacedDash == rhs.spacedDash && lhs.dialogueDashes == rhs.dialogueDashes
    }

    /// The style for a BCP 47 tag; English for languages without a table entry.
    init(language tag: String) {
        let parts = tag.quickLowercased().split(separator: "-")
        let language = parts.first.map(String.init) ?? "en"
        let region = parts.dropFirst().first.map(String.init) ?? ""
        switch (language, region) {
        case ("de", "ch"), ("fr", "ch"), ("it", "ch"):
            self.init(double: ("«", "»"), single: ("‹", "›"), dash: "–", dialogue: false)
        case ("de", _):
            self.init(double: ("„", "“"), single: ("‚", "‘"), dash: "–", dialogue: false)
        case ("fr", _):
            self.init(
                double: ("«", "»"), single: ("“", "”"), french: true, dash: "–", dialogue: true)
        case ("es", _), ("pt", _), ("it", _):
            self.init(double: ("«", "»"), single: ("“", "”"), dash: "–", dialogue: language == "es")
        case ("ru", _), ("uk", _), ("be", _), ("bg", _):
            self.init(double: ("«", "»"), single: ("„", "“"), dash: "—", dialogue: true)
        case ("pl", _), ("cs", _), ("hu", _), ("ro", _), ("nl", "be"):
            self.init(double: ("„", "”"), single: ("«", "»"), dash: "–", dialogue: language == "pl")
        case ("sv", _), ("fi", _):
            self.init(double: ("”", "”"), single: ("’", "’"), dash: "–", dialogue: false)
        case ("da", _), ("no", _), ("nb", _), ("nn", _):
            self.init(double: ("«", "»"), single: ("‘", "’"), dash: "–", dialogue: false)
        case ("ja", _):
            self.init(double: ("「", "」"), single: ("『", "』"), dash: "—", dialogue: false)
        case ("en", "gb"), ("en", "au"), ("en", "nz"), ("en", "ie"):
            self.init(double: ("“", "”"), single: ("‘", "’"), dash: "–", dialogue: false)
        default:
            self.init(double: ("“", "”"), single: ("‘", "’"), dash: "—", dialogue: false)
        }
    }

    private init(
        double: (String, String), single: (String, String), french: Bool = false, dash: String,
        dialogue: Bool
    ) {
        self.double = double
        self.single = single
        frenchSpacing = french
        spacedDash = dash
        dialogueDashes = dialogue
    }
}
