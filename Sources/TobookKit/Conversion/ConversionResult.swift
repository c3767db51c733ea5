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
    /// What was found and chosen, for `--verbose`.
    public var summary: BookSummary?
}

/// The choices a conversion made and the structure it found, in the words `--verbose` prints.
public struct BookSummary: Equatable, Sendable {
    public var title: String
    public var authors: [String]
    public var encoding: String
    public var language: String
    public var languageSource: String
    public var totals: DocumentOutline.Totals
    /// Whether the text was read as Markdown.
    public var isMarkdown: Bool

    init(_ prepared: Converter.PreparedBook) {
        title = prepared.book.metadata.title
        authors = prepared.book.metadata.authors
        encoding = prepared.encodingNote ?? prepared.encoding.description
        language = prepared.book.metadata.language
        languageSource = prepared.languageSource
        totals = prepared.outline.totals
        isMarkdown = prepared.outline.isMarkdown
    }

    /// Lines without the `tobook:` prefix.
    public var lines: [String] {
        let by = authors.isEmpty ? "" : " by " + authors.joined(separator: ", ")
        let tables = totals.tables > 0 ? ", \(totals.tables) tables" : ""
        return [
            "title “\(title)”\(by)",
            "encoding \(encoding); language \(language) (\(languageSource))"
                + (isMarkdown ? "; read as Markdown" : ""),
            "\(totals.chapters) chapters, \(totals.paragraphs) paragraphs, "
                + "\(totals.verseBlocks) verse blocks, \(totals.sceneBreaks) scene breaks, "
                + "\(totals.lists) lists, \(totals.blockQuotes) block quotes, "
                + "\(totals.footnotes) footnotes" + tables,
        ]
    }
}
