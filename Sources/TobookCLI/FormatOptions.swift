import ArgumentParser
import TobookKit

/// What is read and written: the input's encoding and the formats of the book.
struct FormatOptions: ParsableArguments {
    @Option(
        help:
            "The input's encoding, such as utf-8, utf-16, windows-1252, koi8-r (default: detected).",
        transform: TextEncoding.init(parsing:))
    var encoding: TextEncoding?

    @Flag(help: "Write a typeset PDF (FILE.pdf) instead of an EPUB.")
    var pdf = false

    @Option(
        help: ArgumentHelp(
            "Formats to write from one parse: epub, kepub (Kobo's EPUB, FILE.kepub.epub), pdf, or several (epub,pdf).",
            valueName: "list"),
        transform: FormatList.init(parsing:))
    var format: FormatList?

    /// The formats asked for with `--pdf` and `--format`, in `Format`'s order (EPUB first);
    /// none picks by the output's extension.
    var formats: [ConversionOptions.Format] {
        var formats: [ConversionOptions.Format] = pdf ? [.pdf] : []
        for format in format?.formats ?? [] where !formats.contains(format) {
            formats.append(format)
        }
        let order = ConversionOptions.Format.allCases
        return formats.sorted { order.firstIndex(of: $0) ?? 0 < order.firstIndex(of: $1) ?? 0 }
    }

    /// Refuses an output whose extension names another format than the one asked for.
    func check(output: String?) throws {
        guard formats.count == 1, let output,
            let named = ConversionOptions.Format.named(byExtensionOf: output),
            named != formats[0]
        else { return }
        throw ValidationError(
            "-o '\(output)' names a .\(named.fileExtension) file, but \(formats[0].rawValue) was asked for"
        )
    }

    func apply(to options: inout ConversionOptions) {
        options.encoding = encoding
        options.formats = formats
    }
}
