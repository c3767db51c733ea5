import TobookKit

/// What a run does with each book besides writing it: the recipients it is mailed to and the
/// e-reader it is copied onto, all found and checked before any conversion starts.
struct Delivery {
    var recipients: [String] = []
    var mailer: BookMailer?
    var reader: EReader?

    /// The reader's copy of a book whose local file is `localPath`: the same name, in the
    /// reader's format, in its folder.
    func extraOutputs(forLocal localPath: String) -> [ConversionOptions.ExtraOutput] {
        guard let reader else { return [] }
        var name = PathName.lastComponent(localPath)
        if let format = ConversionOptions.Format.named(byExtensionOf: name) {
            name = String(name.dropLast(format.fileExtension.count + 1))
        } else {
            name = PathName.deletingPathExtension(name)
        }
        if name == "-" || name.isEmpty { name = "book" }
        let path = reader.folder + "/" + name + "." + reader.format.fileExtension
        return [.init(format: reader.format, path: path)]
    }

    /// Mails the book a conversion wrote: the EPUB, else the PDF; never the reader's copy
    /// (`options.extraOutputs`).
    func mail(_ result: ConversionResult, options: ConversionOptions, console: Console)
        throws(TobookError)
    {
        guard let mailer, !recipients.isEmpty else { return }
        let copies = Set(options.extraOutputs.map(\.path))
        let local = result.outputPaths.filter { !copies.contains($0) }
        let book =
            [ConversionOptions.Format.epub, .pdf, .kepub].lazy.compactMap { format in
                local.first { ConversionOptions.Format.named(byExtensionOf: $0) == format }
            }.first ?? local.first
        guard let book, book != AtomicFile.standardOutputPath else { return }
        try mailer.send(
            book: book, title: result.summary?.title ?? "Book",
            authors: result.summary?.authors ?? [], to: recipients)
        console.status("sent \(book) to " + recipients.joined(separator: ", "))
    }
}
