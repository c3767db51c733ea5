import ArgumentParser
import TobookKit

/// The book as a package: its cover, EPUB version, language, identifier and style.
struct BookOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A JPEG or PNG to use as the cover (default: one drawn from the title and authors).",
            valueName: "image"))
    var cover: String?

    @Flag(help: "Make the EPUB without a cover.")
    var noCover = false

    @Flag(help: "Write an EPUB 2.0.1 book (OPF 2.0, NCX, guide) for very old readers.")
    var epub2 = false

    @Option(
        help:
            "The text's language as a BCP 47 tag, such as en, en-GB, de, fr (default: detected from the text; en when unsure).",
        transform: LanguageTag.init(parsing:))
    var language: LanguageTag?

    @Option(
        help:
            "The book's unique identifier, a UUID or URN (default: derived from the text).",
        transform: BookIdentifier.init(parsing:))
    var identifier: BookIdentifier?

    @Option(help: "A built-in style (\(Theme.builtInNames.joined(separator: ", "))) or a CSS file.")
    var style: String?

    func validate() throws {
        if cover != nil && noCover {
            throw ValidationError("--cover and --no-cover exclude each other")
        }
    }

    func apply(to options: inout ConversionOptions) {
        options.cover = noCover ? .none : cover.map { .file($0) } ?? .generated
        options.epub2 = epub2
        options.language = language
        options.identifier = identifier?.text
        options.style = style
    }
}
