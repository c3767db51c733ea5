/// What the typesetter did, for tests and `make bench`: the page count, where each heading
/// landed, and which lines of which block each page holds.
public struct PDFReport: Equatable, Sendable {
    public struct Slice: Equatable, Sendable {
        public let block: Int
        public let firstLine: Int
        public let lastLine: Int
        public let lineCount: Int
        public let isHeading: Bool
    }

    public struct Furniture: Equatable, Sendable {
        public let head: String?
        public let folio: String?
    }

    public var pageCount = 0
    /// Page number of each heading destination (`h1` → 5).
    public var headingPages: [String: Int] = [:]
    /// For each page, the block slices on it, in order.
    public var pages: [[Slice]] = []
    /// For each page, the running head and the page number drawn in its margins (nil: none),
    /// so tests can take them out of the extracted text.
    public var furniture: [Furniture] = []
    /// The pages the generated table of contents fills, when there is one.
    public var contentsPages: ClosedRange<Int>?
    /// The page numbers set beside the entries of a typed contents page, in order: the only
    /// words of the text's pages that the text does not have.
    public var typedContentsNumbers: [String] = []
    public var fontFamily = ""
    public var warnings: [String] = []
}
