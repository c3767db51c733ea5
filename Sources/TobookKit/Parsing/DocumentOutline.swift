/// What the parser found, for `tobook --outline`: each heading with its line, level and the
/// reasons for it, the regions set aside, totals and warnings about outliers.
public struct DocumentOutline: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public enum Source: String, Equatable, Sendable {
            /// The book's title line at the top of the text.
            case title
            case detected
            /// A `--heading-pattern` match.
            case pattern
            /// A heading the Markdown marks as one (`## Part`).
            case markdown
        }

        /// 1-based line number in the decoded text.
        public var line: Int
        public var level: Int
        /// False for minor headings left out of the table of contents.
        public var listed: Bool
        public var text: String
        public var isHeading: Bool
        public var score: Double
        public var explanation: String
        public var source: Source
    }

    /// Headings in reading order (and, when asked for, rejected candidates scoring 2 or more).
    public var entries: [Entry] = []
    /// Rejected candidates that came close, for explanations.
    public var nearMisses: [Entry] = []
    /// Lines of a typed contents list.
    public var contentsLines: ClosedRange<Int>?
    /// Set when the list became the book's contents page (nil: it stays text, as typed).
    public var contentsPage: ContentsPageSummary?
    /// Lines of the Gutenberg header and footer, moved to the back of the book.
    public var gutenbergHeaderLines: ClosedRange<Int>?
    public var gutenbergFooterLines: ClosedRange<Int>?
    /// Lines of a leading `Title:`/`Author:` field block, moved to the back of the book.
    public var fieldBlockLines: ClosedRange<Int>?
    public var totals = Totals()
    /// Site chrome lines left out of the book, with the reason for each.
    public var boilerplate: [LeftOut] = []
    /// Every candidate's evidence and verdict, when `StructureOptions.recordsEvidence`.
    public var evidence: [EvidenceRecord] = []
    public var warnings: [String] = []
    /// Whether the text was read as Markdown (`MarkdownReader`).
    public var isMarkdown = false

    /// Whether the book shows some of the text in another place than the input had it.
    public var movesText: Bool {
        gutenbergHeaderLines != nil || fieldBlockLines != nil
    }

    /// A line left out of the book, and why.
    public struct LeftOut: Equatable, Sendable {
        public var line: Int
        public var text: String
        public var reason: String
    }

    /// How many of a contents page's entries link to the heading they name.
    public struct ContentsPageSummary: Equatable, Sendable {
        public var linkedEntries: Int
        public var entries: Int
    }

    public struct Totals: Equatable, Sendable {
        public var chapters = 0
        public var paragraphs = 0
        public var verseBlocks = 0
        public var sceneBreaks = 0
        public var lists = 0
        public var blockQuotes = 0
        public var preformatted = 0
        public var footnotes = 0
        public var tables = 0

        /// Adds another text's totals (a collection's).
        mutating func add(_ other: Totals) {
            chapters += other.chapters
            paragraphs += other.paragraphs
            verseBlocks += other.verseBlocks
            sceneBreaks += other.sceneBreaks
            lists += other.lists
            blockQuotes += other.blockQuotes
            preformatted += other.preformatted
            footnotes += other.footnotes
            tables += other.tables
        }
    }
}
