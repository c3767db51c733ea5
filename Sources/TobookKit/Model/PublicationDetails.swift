/// What a library screen or a store shows beside the title and author: publisher, date,
/// subjects, a description, the series and the rights. All optional; the package document
/// writes what is known.
public struct PublicationDetails: Equatable, Sendable {
    public var publisher: String?
    /// A W3C date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), as `dc:date` requires.
    public var date: String?
    public var subjects: [String] = []
    public var description: String?
    public var series: String?
    /// The book's place in its series: a number such as `2` or `2.5`.
    public var seriesIndex: String?
    public var rights: String?

    public init() {}
}
