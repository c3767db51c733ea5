/// What a finished conversion reports back.
public struct ConversionResult: Equatable, Sendable {
    public var outputPath: String
    /// Things the user should know, without the `tobook: warning:` prefix.
    public var warnings: [String]
    public var encoding: TextEncoding
    public var headingCount: Int
    public var byteCount: Int
}
