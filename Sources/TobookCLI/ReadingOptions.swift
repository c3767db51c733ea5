import ArgumentParser
import TobookKit

/// How the text is read: its punctuation, its structure and markup, the largest input taken;
/// `--outline` shows what was found instead of writing a book.
struct ReadingOptions: ParsableArguments {
    // The last of --smart and --no-smart wins, so a flag overrides a configured default.
    @Flag(
        inversion: .prefixedNo, exclusivity: .chooseLast,
        help: "Curly quotes, dashes and ellipses; --no-smart keeps them as typed.")
    var smart = true

    @Flag(
        help:
            "Print the detected structure (headings with their reasons, totals) instead of writing a book."
    )
    var outline = false

    @Flag(help: "With --outline: print JSON.")
    var json = false

    @Option(
        name: .customLong("heading-pattern"),
        help: ArgumentHelp(
            "Make lines matching this regular expression headings; repeatable, LEVEL: prefix optional.",
            valueName: "[level:]regex"),
        transform: HeadingPattern.init(parsing:))
    var headingPatterns: [HeadingPattern] = []

    @Option(
        name: .customLong("max-input-size"),
        help: ArgumentHelp(
            "Refuse inputs larger than this, such as 200M or 2G (default: 512M).",
            valueName: "size"),
        transform: ByteCount.init(parsing:))
    var maxInputSize: ByteCount?

    @Flag(
        inversion: .prefixedNo, exclusivity: .chooseLast,
        help: "Detect headings; --no-headings leaves only what --heading-pattern matches.")
    var headings = true

    @Flag(exclusivity: .chooseLast)
    var markup: Markup?

    /// `--markdown` or `--plain` (the last one given wins); without either, tobook tells
    /// from the text.
    enum Markup: String, EnumerableFlag {
        case markdown, plain

        static func help(for value: Markup) -> ArgumentHelp? {
            switch value {
            case .markdown: "Read the text as Markdown (by default tobook tells from the text)."
            case .plain: "Read the text as plain text, even where it looks like Markdown."
            }
        }
    }

    @Flag(
        name: .customLong("keep-boilerplate"),
        help:
            "Keep a web page's site chrome (\"Advertisement\", newsletter and share prompts) that --outline lists as left out."
    )
    var keepBoilerplate = false

    func validate() throws {
        if json && !outline {
            throw ValidationError("--json goes with --outline")
        }
    }

    func apply(to options: inout ConversionOptions) {
        options.smartPunctuation = smart
        if let maxInputSize { options.maxInputSize = maxInputSize.bytes }
        options.structure = StructureOptions(
            headingPatterns: headingPatterns, detectsHeadings: headings)
        switch markup {
        case .markdown: options.structure.markup = .markdown
        case .plain: options.structure.markup = .plain
        case nil: options.structure.markup = .detect
        }
        options.structure.keepsBoilerplate = keepBoilerplate
    }
}
