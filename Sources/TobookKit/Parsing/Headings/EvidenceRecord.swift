/// One heading candidate as the training tool sees it: where it is, what the model weighed,
/// and the verdict.
public struct EvidenceRecord: Equatable, Sendable {
    /// 1-based line number of the candidate's first line.
    public let line: Int
    public let text: String
    /// "marked" or "unmarked": the model stage that weighed it; "merged" for a title line
    /// joined to the heading above, "ruled" for a line a rule decided.
    public let stage: String
    /// Feature name → value, for the features present.
    public let features: [String: Double]
    public let score: Double
    public let isHeading: Bool
    public let level: Int
    public let listed: Bool
    /// A section number of a sequence restarting under other headings (see `HeadingEvidence`).
    public let subordinate: Bool

    init(_ decision: HeadingDecision) {
        line = decision.candidate.line.number
        text = String(decision.candidate.text)
        if decision.isMerged {
            stage = "merged"
        } else if decision.isRuled {
            stage = "ruled"
        } else {
            stage = decision.candidate.form.isMarked ? "marked" : "unmarked"
        }
        var features: [String: Double] = [:]
        for item in decision.evidence.items {
            features[item.feature.rawValue, default: 0] += item.value
        }
        self.features = features
        score = decision.score
        isHeading = decision.isHeading
        level = decision.level
        listed = decision.listed
        subordinate = decision.evidence.isSubordinate
    }
}
