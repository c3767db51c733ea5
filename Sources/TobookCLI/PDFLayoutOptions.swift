import ArgumentParser
import TobookKit

/// The PDF's page and type size.
struct PDFLayoutOptions: ParsableArguments {
    @Option(
        help: "PDF page: ereader (90x120 mm, default), ereader7, a5, a4, letter, or WxH in mm.",
        transform: PageGeometry.init(parsing:))
    var page: PageGeometry?

    @Option(
        name: .customLong("font-size"),
        help: ArgumentHelp("PDF body type size in points.", valueName: "points"))
    var fontSize: Double?

    /// Type sizes a page can hold and a reader can read.
    static let fontSizes = 5.0...36.0

    func validate() throws {
        if let fontSize, !Self.fontSizes.contains(fontSize) {
            throw ValidationError("--font-size must be between 5 and 36 points")
        }
    }

    func apply(to options: inout ConversionOptions) {
        if let page { options.pdf.page = page }
        options.pdf.fontSize = fontSize
    }
}
