/// Everything a conversion needs to know, gathered by the command line (or any other caller).
public struct ConversionOptions: Sendable {
    public enum Input: Equatable, Sendable {
        case file(String)
        case standardInput
        /// Several files made into one book (`--combine`), each a division, in this order.
        case combined([String])
    }

    /// The formats an output is written in, in the order a run writes them.
    public enum Format: String, Equatable, Sendable, CaseIterable {
        case epub
        /// The EPUB with Kobo's markup (`.kepub.epub`), for Kobo's readers.
        case kepub
        case pdf

        /// The output's extension: `epub`, `kepub.epub` (the name tells Kobo's reader to use
        /// its kepub engine) or `pdf`.
        public var fileExtension: String {
            self == .kepub ? "kepub.epub" : rawValue
        }

        /// The format a path's extension names, the longest match first (`x.kepub.epub` is a
        /// kepub, not an EPUB); nil for any other extension.
        public static func named(byExtensionOf path: String) -> Format? {
            let path = path.lowercased()
            return allCases.sorted { $0.fileExtension.count > $1.fileExtension.count }
                .first { path.hasSuffix("." + $0.fileExtension) }
        }
    }

    public var input: Input
    /// What to write; empty picks by the output's extension, EPUB by default.
    public var formats: [Format] = []
    public var pdf = PDFOptions()
    /// Further files written from the same parse, each in its own format: the copy for a
    /// plugged-in e-reader (`--to-device`), written atomically into the reader's folder.
    public var extraOutputs: [ExtraOutput] = []
    /// Where the book goes; nil puts `NAME.epub` beside the input.
    public var outputPath: String?
    public var title: String?
    /// Replaces the subtitle lines found under the title (which then stay in the body).
    public var subtitle: String?
    public var authors: [String] = []
    /// Publisher, date, subjects, description, series and rights; these win over the text's.
    public var publication = PublicationDetails()
    /// The EPUB's cover.
    public var cover = Cover.generated
    /// `--epub2`: an EPUB 2.0.1 package for very old readers.
    public var epub2 = false

    public struct ExtraOutput: Equatable, Sendable {
        public var format: Format
        public var path: String

        public init(format: Format, path: String) {
            self.format = format
            self.path = path
        }
    }

    public enum Cover: Equatable, Sendable {
        /// Drawn from the title, subtitle and authors in the theme's type and colours.
        case generated
        /// A JPEG or PNG file of the user's.
        case file(String)
        case none
    }
    /// The text's language; nil takes a Gutenberg header's language, else the one detected.
    /// Never `$LANG`.
    public var language: LanguageTag?
    public var identifier: String?
    /// A built-in theme name or a CSS file; nil is the default theme.
    public var style: String?
    /// The input's encoding; nil detects it.
    public var encoding: TextEncoding?
    /// Curly quotes, dashes and ellipses (`--no-smart` turns them off).
    public var smartPunctuation = true
    /// Forced heading patterns and whether headings are detected at all.
    public var structure = StructureOptions()
    /// `SOURCE_DATE_EPOCH`, which wins over the input's modification time.
    public var sourceDateEpoch: Int64?
    /// Inputs larger than this many bytes are refused before they are read: memory grows with
    /// the input (about five times its size), so a runaway file must not exhaust the machine.
    public var maxInputSize = ConversionOptions.defaultMaxInputSize

    public static let defaultMaxInputSize = 512 * 1024 * 1024

    public init(input: Input, outputPath: String? = nil) {
        self.input = input
        self.outputPath = outputPath
    }
}
