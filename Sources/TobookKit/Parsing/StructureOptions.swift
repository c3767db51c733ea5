/// The user's say over structure detection.
public struct StructureOptions: Sendable {
    /// Forced headings: a line matching the whole pattern becomes a heading at `level`.
    public var headingPatterns: [HeadingPattern] = []
    /// When false, only `headingPatterns` make headings.
    public var detectsHeadings = true
    /// The weights heading detection uses: the fitted ones, or a candidate set of weights
    /// the training tool is cross-validating.
    public var headingModel = HeadingModel.fitted
    /// Keep site chrome lines ("Advertisement", "Continue reading") of a web paste in the book.
    public var keepsBoilerplate = false
    /// Keep every candidate's evidence in the result, for the training tool.
    public var recordsEvidence = false
    /// Whether the text is read as Markdown: as `MarkdownDetector` decides, or forced.
    public var markup = TextMarkup.detect

    public init(headingPatterns: [HeadingPattern] = [], detectsHeadings: Bool = true) {
        self.headingPatterns = headingPatterns
        self.detectsHeadings = detectsHeadings
    }
}

/// `--heading-pattern [LEVEL:]REGEX`.
public struct HeadingPattern: @unchecked Sendable {
    public let level: Int
    public let source: String
    let regex: Regex<AnyRegexOutput>

    /// Parses "2:^Scene .*" or "^Chapter \d+$"; nil when the expression does not compile.
    public init?(_ argument: String) {
        var level = 1
        var source = Substring(argument)
        if let colon = argument.firstIndex(of: ":"), let value = Int(argument[..<colon]),
            (1...6).contains(value)
        {
            level = value
            source = argument[argument.index(after: colon)...]
        }
        guard let regex = try? Regex(String(source)) else { return nil }
        self.level = level
        self.source = String(source)
        self.regex = regex
    }

    func matches(_ line: Substring) -> Bool {
        (try? regex.wholeMatch(in: line)) != nil
    }
}
