import Foundation

/// The fitted weights that turn a candidate's evidence into a score: a logistic regression per
/// stage (marked candidates first, then unmarked ones judged against them). A candidate is a
/// heading when its score, the log-odds, is 0 or more.
///
/// The weights are fitted on the development corpus by `Training/train_headings.py` and written
/// to `HeadingModel+Fitted.swift` (`make train`); they are not tuned by hand.
public struct HeadingModel: Equatable, Sendable {
    public struct Stage: Equatable, Sendable {
        let bias: Double
        let weights: [HeadingFeature: Double]

        init(bias: Double, weights: [HeadingFeature: Double]) {
            self.bias = bias
            self.weights = weights
        }

        /// The score of the evidence and, for `--outline`, what each item contributed.
        func score(_ evidence: HeadingEvidence) -> (
            score: Double, reasons: [HeadingDecision.Reason]
        ) {
            var score = bias
            var reasons = [HeadingDecision.Reason(text: "base", weight: bias)]
            for item in evidence.items {
                let contribution = (weights[item.feature] ?? 0) * item.value
                score += contribution
                if contribution != 0 {
                    reasons.append(.init(text: item.text, weight: contribution))
                }
            }
            return (score, reasons)
        }
    }

    /// Candidates with a marker: a keyword, a number, a standalone word.
    let marked: Stage
    /// Candidates without one, scored once the marked headings are known.
    let unmarked: Stage

    init(marked: Stage, unmarked: Stage) {
        self.marked = marked
        self.unmarked = unmarked
    }

    /// Reads weights from the training script's JSON
    /// (`{"marked": {"bias": b, "weights": {"feature": w, …}}, "unmarked": {…}}`), for the
    /// training tool's cross-validation runs; nil when a feature name is unknown.
    public init?(json: Data) {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
            let marked = Self.stage(object["marked"]), let unmarked = Self.stage(object["unmarked"])
        else { return nil }
        self.init(marked: marked, unmarked: unmarked)
    }

    private static func stage(_ value: Any?) -> Stage? {
        guard let object = value as? [String: Any], let bias = object["bias"] as? Double,
            let named = object["weights"] as? [String: Double]
        else { return nil }
        var weights: [HeadingFeature: Double] = [:]
        for (name, weight) in named {
            guard let feature = HeadingFeature(rawValue: name) else { return nil }
            weights[feature] = weight
        }
        return Stage(bias: bias, weights: weights)
    }
}
