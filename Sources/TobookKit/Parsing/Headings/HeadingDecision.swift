/// The detector's verdict on one candidate, with the evidence and what each piece contributed
/// to its score, so that `tobook --outline` can show why a line is or is not a heading.
struct HeadingDecision: Equatable, Sendable {
    var candidate: HeadingCandidate
    /// What the model weighed (kept for the training tool, which fits the weights on it).
    var evidence = HeadingEvidence()
    var reasons: [Reason] = []
    var isHeading = false
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

    /// Scores the evidence with one stage of the model: a heading when the log-odds are 0 or
    /// more.
    mutating func judge(_ evidence: HeadingEvidence, by stage: HeadingModel.Stage) {
        self.evidence = evidence
        let (score, reasons) = stage.score(evidence)
        self.reasons = reasons
        isHeading = score >= 0
    }

    /// Set when a rule, not the model, decided: such candidates teach the fit nothing.
    var isRuled = false

    /// A rule the model does not weigh says no.
    mutating func overrule(_ reason: String) {
        reasons.append(Reason(text: reason, weight: -10))
        isHeading = false
        isRuled = true
    }

    /// A convention the text states itself says yes.
    mutating func rule(_ reason: String) {
        reasons = [Reason(text: reason, weight: 10)]
        isHeading = true
        isRuled = true
    }

    mutating func add(_ weight: Double, _ text: String) {
        reasons.append(Reason(text: text, weight: weight))
    }

    /// "keyword ‘chapter’ and number +4, stands alone +1, …"
    var explanation: String {
        reasons.map { reason in
            let sign = reason.weight >= 0 ? "+" : "−"
            let magnitude = (abs(reason.weight) * 100).rounded() / 100
            let number =
                magnitude == magnitude.rounded() ? String(Int(magnitude)) : String(magnitude)
            return "\(reason.text) \(sign)\(number)"
        }.joined(separator: ", ")
    }
}
