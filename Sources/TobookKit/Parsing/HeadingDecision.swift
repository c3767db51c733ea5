/// The detector's verdict on one candidate, with the reasons that add up to its score, so that
/// `tobook --outline` can show why a line is or is not a heading.
struct HeadingDecision: Equatable, Sendable {
    var candidate: HeadingCandidate
    var reasons: [Reason] = []
    var isHeading = false
    var rank: HeadingKeywords.Rank = .chapter
    /// Outline level, 1 for the outermost division.
    var level = 1
    /// False for minor headings the table of contents leaves out.
    var listed = true
    /// Set on a title line that became the subtitle of the heading above it.
    var isMerged = false

    struct Reason: Equatable, Sendable {
        let text: String
        let weight: Double
    }

    var score: Double { reasons.reduce(0) { $0 + $1.weight } }

    mutating func add(_ weight: Double, _ text: String) {
        reasons.append(Reason(text: text, weight: weight))
    }

    /// "keyword ‘chapter’ +4, stands alone +1, …"
    var explanation: String {
        reasons.map { reason in
            let sign = reason.weight >= 0 ? "+" : "−"
            let magnitude = abs(reason.weight)
            let number =
                magnitude == magnitude.rounded() ? String(Int(magnitude)) : String(magnitude)
            return "\(reason.text) \(sign)\(number)"
        }.joined(separator: ", ")
    }
}
