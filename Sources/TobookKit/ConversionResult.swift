/// What a finished conversion reports back.
public struct ConversionResult: Equatable, Sendable {
    /// Every file written, in format order (EPUB, then PDF).
    public var outputPaths: [String]
    /// The first file written.
    public var outputPath: String { outputPaths.first ?? "" }
    /// What the PDF typesetter did, when a PDF was written.
    public var pdfReport: PDFReport?
    /// Things the user should know, without the `tobook: warning:` prefix.
    public var warnings: [String]
    public var encoding: TextEncoding
    public var headingCount: Int
    public var byteCount: Int
}
