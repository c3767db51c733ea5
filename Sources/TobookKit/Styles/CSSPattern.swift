/// One of the style sheet check's patterns, matched as `NSRegularExpression` matched it with
/// `.caseInsensitive`: scalar by scalar (ICU does not match whole characters), every match
/// from left to right. Swift's own regular expressions, since Foundation's (with ICU) is no
/// longer linked; they lack lookbehind, so a pattern opening with `(?<=[;{])` is matched
/// only where the scalar before is `;` or `{`.
struct CSSPattern: @unchecked Sendable {
    /// A match, and what replaces it: the first group (for a `$1` template) or nothing.
    struct Match {
        var range: Range<String.Index>
        var kept: Substring
    }

    private let expression: Regex<AnyRegexOutput>
    private let afterSemicolonOrBrace: Bool
    private let keepsFirstGroup: Bool

    static let lookbehind = "(?<=[;{])"

    /// Nil for a pattern Swift cannot compile.
    init?(_ pattern: String, keepingFirstGroup: Bool = false) {
        afterSemicolonOrBrace = pattern.hasPrefix(Self.lookbehind)
        let body =
            afterSemicolonOrBrace ? String(pattern.dropFirst(Self.lookbehind.count)) : pattern
        guard let expression = try? Regex(body) else { return nil }
        self.expression = expression.ignoresCase().matchingSemantics(.unicodeScalar)
        keepsFirstGroup = keepingFirstGroup
    }

    func matches(in text: String) -> [Match] {
        guard afterSemicolonOrBrace else {
            return text.matches(of: expression).map { match in
                Match(
                    range: match.range,
                    kept: keepsFirstGroup ? (match.output[1].substring ?? "") : "")
            }
        }
        // ICU's search: from each position in turn, the lookbehind first, then the pattern.
        let scalars = text.unicodeScalars
        var found: [Match] = []
        var index = scalars.startIndex
        var previous: Unicode.Scalar?
        while index < scalars.endIndex {
            if previous == ";" || previous == "{",
                let match = try? expression.prefixMatch(in: text[index...]),
                match.range.upperBound > index
            {
                found.append(Match(range: match.range, kept: ""))
                index = match.range.upperBound
                previous = scalars[scalars.index(before: index)]
                continue
            }
            previous = scalars[index]
            index = scalars.index(after: index)
        }
        return found
    }
}
