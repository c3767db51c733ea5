/// What the package document says about a book.
public struct BookMetadata: Equatable, Sendable {
    public var title: String
    /// Where the title came from; a title found in the text is shown only on the title page.
    public var titleSource: TitleSource
    /// Lines under the title in the text's own title block ("Version 3, 29 June 2007").
    public var subtitle: String?
    /// A by-line as it stands in the text ("by Jane Doe"), kept so no word of the input is lost.
    public var byline: String?
    /// Lines under the by-line in the text's title block (an article's date line), as written:
    /// the title page shows them under it, in the order the text has them.
    public var dateline: String?
    public var authors: [String]
    /// A well-formed BCP 47 tag.
    public var language: String
    /// A caller-chosen identifier; nil lets the writer derive a UUID from the content.
    public var identifier: String?
    /// Seconds since 1970 for `dcterms:modified` and the ZIP timestamps.
    public var modified: Int64
    /// Publisher, date, subjects, description, series and rights, when known.
    public var publication = PublicationDetails()

    /// 1980-01-01T00:00:00Z, the earliest time a ZIP entry can carry; used when nothing better
    /// (SOURCE_DATE_EPOCH, the file's mtime) is known, so output stays reproducible.
    public static let earliestModified: Int64 = 315_532_800

    public enum TitleSource: Equatable, Sendable {
        /// The text's first lines, which the title page then shows in their place.
        case text
        /// A header (Project Gutenberg's, or a leading `Title:`/`Author:` field block), which
        /// moves to the back matter.
        case header
        case option
        case fileName
    }

    public init(
        title: String, titleSource: TitleSource = .option, subtitle: String? = nil,
        byline: String? = nil, authors: [String] = [], language: String = "en",
        identifier: String? = nil, modified: Int64 = BookMetadata.earliestModified
    ) {
        self.title = title
        self.titleSource = titleSource
        self.subtitle = subtitle
        self.byline = byline
        self.authors = authors
        self.language = language
        self.identifier = identifier
        self.modified = modified
    }
}
