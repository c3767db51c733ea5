import FoundationEssentials

/// The reproducible-builds timestamp (reproducible-builds.org/specs/source-date-epoch).
enum SourceDateEpoch {
    /// The value when it is set to a non-negative integer; anything else is ignored, as the spec
    /// allows.
    static func read(from environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Int64?
    {
        guard let text = environment["SOURCE_DATE_EPOCH"], let value = Int64(text), value >= 0
        else {
            return nil
        }
        return value
    }
}
