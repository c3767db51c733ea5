extension StringProtocol {
    /// The text without the scalars `isTrimmed` accepts at either end. Scalar by scalar, as
    /// Foundation's `trimmingCharacters(in:)` trimmed: a combining mark after a trimmed space
    /// stays, where trimming whole characters would keep the space too.
    public func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// The text without blanks at either end (`trimmingCharacters(in: .whitespaces)`).
    public func trimmingBlanks() -> String { trimmingScalars(where: \.isBlank) }

    /// The text without blanks and line breaks at either end
    /// (`trimmingCharacters(in: .whitespacesAndNewlines)`).
    public func trimmingBlanksAndNewlines() -> String { trimmingScalars(where: \.isBlankOrNewline) }

    /// The text without the scalars of `set` at either end
    /// (`trimmingCharacters(in: CharacterSet(charactersIn: set))`).
    public func trimmingScalars(in set: String) -> String {
        let scalars = Set(set.unicodeScalars)
        return trimmingScalars(where: scalars.contains)
    }
}
