import Foundation

/// Words for "nothing lost" checks: runs of letters and digits after NFKC, the definition
/// `truth.json` uses (Python's `[^\W_]+`), so punctuation changes never count as losses.
public enum Words {
    public static func of(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }

    /// Where two word sequences first differ, described for a failure message; nil when equal.
    public static func firstDifference(expected: [String], actual: [String]) -> String? {
        guard expected != actual else { return nil }
        let index =
            zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expected.count, actual.count)
        let context = { (words: [String]) in
            words[max(0, index - 5)..<min(words.count, index + 5)].joined(separator: " ")
        }
        return
            "word \(index) of \(expected.count) (actual \(actual.count)): expected …\(context(expected))… got …\(context(actual))…"
    }
}
