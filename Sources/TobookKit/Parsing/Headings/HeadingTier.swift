/// The family a heading belongs to for levelling: headings of one tier sit at one depth of the
/// outline ("CHAPTER n" headings together, roman-numbered titles together, unmarked capitals
/// together), and the document's own arrangement of the tiers decides which holds which.
enum HeadingTier: Hashable, Sendable {
    /// "PART n", "CHAPTER n", "Scene n": ordered by the keyword's rank first.
    case keyword(String)
    /// "Preface", "Epilogue", "Appendix": always at the top, beside the parts.
    case standalone
    /// "ADVENTURE I.", "FEDERALIST No. 1".
    case labelled(String)
    /// "12", "VII. The Title", "1.2.3 Scope": by numeral style and decimal depth, and whether
    /// the title shares the number's line (a bare "IV", with or without a title line under
    /// it, is another tier than "VII. THE ADVENTURE OF…").
    case numbered(Numeral.Style, depth: Int, titled: Bool)
    /// A line underlined with `===` (chapter) or `---` (section).
    case underlined(HeadingKeywords.Rank)
    /// No marker: lines in capitals apart from the rest, since books set their larger
    /// divisions in capitals and their marginal headings in title case.
    case unmarked(capitals: Bool)

    init(_ candidate: HeadingCandidate) {
        let form = candidate.form
        if case .setext(let rank) = candidate.layout {
            self = .underlined(rank)
            return
        }
        switch form.kind {
        case .keyword(let word, _): self = .keyword(word)
        case .standalone: self = .standalone
        case .labelledNumber(let word): self = .labelled(word)
        case .numberedTitle, .bareNumber:
            self = .numbered(
                form.numeral?.style ?? .arabic, depth: form.numeral?.depth ?? 1,
                titled: form.kind == .numberedTitle)
        case .unmarked: self = .unmarked(capitals: form.letterCase == .upper)
        }
    }

    /// The rank words give, where they give one: parts over chapters over sections; decimal
    /// numbers by their depth below those.
    var prior: Int? {
        switch self {
        case .keyword(let word): HeadingKeywords.numbered[word]?.rawValue
        case .underlined(let rank): rank.rawValue
        default: nil
        }
    }

    /// How strongly the tier's form marks a division, strongest first: keywords by rank, then
    /// labels, roman numbers, other numbers, capitals, other lines. A tier may hold a more
    /// frequent tier of its own strength or weaker, never a stronger one, unless numbers
    /// restarting under it say so.
    var strength: Int {
        switch self {
        case .keyword(let word): HeadingKeywords.numbered[word]?.rawValue ?? 2
        case .underlined(let rank): rank.rawValue
        case .standalone: 0
        case .labelled: 4
        case .numbered(let style, let depth, _): (style == .roman ? 5 : 6) + depth - 1
        case .unmarked(let capitals): capitals ? 8 : 9
        }
    }

    /// Numbers alone on their line ("IV"), the tier minor headings come from.
    var isUntitledNumber: Bool {
        if case .numbered(_, _, let titled) = self { return !titled }
        return false
    }

    var isDivision: Bool {
        if case .keyword(let word) = self { return HeadingKeywords.numbered[word] == .division }
        return false
    }
}
