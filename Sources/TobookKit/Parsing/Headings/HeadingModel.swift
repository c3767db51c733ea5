import FoundationEssentials

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
        guard let file = try? JSONDecoder().decode(WeightsFile.self, from: json),
            let marked = Self.stage(file.marked), let unmarked = Self.stage(file.unmarked)
        else { return nil }
        self.init(marked: marked, unmarked: unmarked)
    }

    /// The training script's JSON, as `JSONDecoder` reads it.
    private struct WeightsFile: Decodable {
        struct Stage: Decodable {
            var bias: Double
            var weights: [String: Double]
        }
        var marked: Stage
        var unmarked: Stage
    }

    private static func stage(_ file: WeightsFile.Stage) -> Stage? {
        var weights: [HeadingFeature: Double] = [:]
        for (name, weight) in file.weights {
            guard let feature = HeadingFeature(rawValue: name) else { return nil }
            weights[feature] = weight
        }
        return Stage(bias: file.bias, weights: weights)
    }
}
