import Foundation
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
        var name = (localPath as NSString).lastPathComponent
        for ext in [".kepub.epub", ".epub", ".pdf", ".txt", ".text", ".md"]
        where name.lowercased().hasSuffix(ext) && name.count > ext.count {
            name = String(name.dropLast(ext.count))
            break
        }
        if name == "-" || name.isEmpty { name = "book" }
        let path = reader.folder + "/" + name + Self.fileExtension(reader.format)
        return [.init(format: reader.format, path: path)]
    }

    static func fileExtension(_ format: ConversionOptions.Format) -> String {
        switch format {
        case .epub: return ".epub"
        case .pdf: return ".pdf"
        }
    }

    /// Mails the book a conversion wrote: the EPUB, else the PDF; never the reader's copy
    /// (`options.extraOutputs`).
    func mail(_ result: ConversionResult, options: ConversionOptions, console: Console)
        throws(TobookError)
    {
        guard let mailer, !recipients.isEmpty else { return }
        let copies = Set(options.extraOutputs.map(\.path))
        let local = result.outputPaths.filter { !copies.contains($0) }
        let isEPUB = { (path: String) in
            path.lowercased().hasSuffix(".epub") && !path.lowercased().hasSuffix(".kepub.epub")
        }
        let book =
            local.first(where: isEPUB) ?? local.first { $0.lowercased().hasSuffix(".pdf") }
            ?? local.first
        guard let book, book != AtomicFile.standardOutputPath else { return }
        try mailer.send(
            book: book, title: result.summary?.title ?? "Book",
            authors: result.summary?.authors ?? [], to: recipients)
        console.status("sent \(book) to " + recipients.joined(separator: ", "))
    }
}
