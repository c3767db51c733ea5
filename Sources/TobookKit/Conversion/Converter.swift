import FoundationEssentials

/// The public entry point: one input file (or standard input) to an EPUB, a kepub, a PDF or
/// several of them, from one parse.
public struct Converter: Sendable {
    public init() {}

    /// A file to write and its format.
    typealias Target = (format: ConversionOptions.Format, path: String)

    /// Reads, decodes, parses, renders and writes atomically. Cheap checks (options, output
    /// folder) run before the expensive work, so mistakes are reported at once.
    public func convert(_ options: ConversionOptions) throws(TobookError) -> ConversionResult {
        let (theme, styleWarnings) = try Self.theme(options)
        let coverFile = try Self.coverFile(options)
        // The generated cover is drawn on the other core: fonts now, the drawing from the
        // moment the metadata is final. The job always gets its metadata (or nil on an error).
        let coverJob = CoverJob()
        defer { coverJob.deliver(nil) }
        let startCover = { (targets: [Target]) in
            if options.cover == .generated && targets.contains(where: { $0.format != .pdf }) {
                coverJob.start(CoverRenderer(style: CoverStyle(css: theme.css)))
            }
        }
        let targets: [Target]
        let prepared: PreparedBook
        switch options.input {
        case .combined(let paths):
            targets = try Self.writableTargets(options)
            startCover(targets)
            let parts = try prepareParts(paths, outputs: targets.map(\.path), options: options)
            prepared = BookCombiner(options: options).combine(
                parts, outputPath: targets.first?.path)
            coverJob.deliver(prepared.book.metadata)
        case .file, .standardInput:
            let input = try Self.read(options)
            targets = try Self.writableTargets(options, input: input)
            startCover(targets)
            prepared = try prepare(consume input, options: options) { metadata in
                coverJob.deliver(metadata)
            }
        }
        var result = ConversionResult(
            outputPaths: targets.map(\.path), pdfReport: nil,
            warnings: styleWarnings + prepared.warnings, summary: BookSummary(prepared))
        var written: [ConversionOptions.Format: String] = [:]
        for (format, path) in targets {
            // A second file in a format already written (an e-reader's copy beside the local
            // book) is a copy of the first, not a second rendering.
            if let first = written[format], first != AtomicFile.standardOutputPath {
                try Self.copy(first, to: path)
                continue
            }
            written[format] = path
            switch format {
            case .epub, .kepub:
                let cover = Self.cover(
                    options.cover, file: coverFile, job: coverJob, for: prepared.book.metadata)
                let warnings = try writeEPUB(
                    prepared.book, to: path, stylesheet: theme.css, cover: cover,
                    version: options.epub2 ? .epub2 : .epub3, kobo: format == .kepub)
                // The EPUB and the kepub of one book share the cover's warning: said once.
                result.warnings += warnings.filter { !result.warnings.contains($0) }
            case .pdf:
                let typesetter = PDFTypesetter(
                    book: prepared.book, theme: theme, options: options.pdf)
                var report: PDFReport?
                try AtomicFile(path: path).write { (descriptor: Int32) throws(TobookError) in
                    report = try typesetter.write(to: descriptor)
                }
                result.pdfReport = report
                result.warnings += report?.warnings ?? []
            }
        }
        return result
    }

    /// Writes the book at `source` again at `path`, atomically like any output.
    static func copy(_ source: String, to path: String) throws(TobookError) {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: source)))
        } catch {
            throw .outputUnwritable(path: path, reason: "cannot read back \(source) to copy it")
        }
        try AtomicFile(path: path).write(bytes)
    }

    /// The style the options name, a user's sheet reviewed (with what the review warns of).
    static func theme(_ options: ConversionOptions) throws(TobookError) -> (Theme, [String]) {
        var theme = try Theme.resolve(options.style ?? Theme.defaultName)
        guard let path = theme.path else { return (theme, []) }
        let review = StyleSheetCheck.review(theme.css, file: path)
        theme.css = review.css
        return (theme, review.warnings)
    }

    /// The files the options ask for, each checked writable (and, for one input, not the
    /// input itself) before any work.
    static func writableTargets(
        _ options: ConversionOptions, input: InputFile? = nil
    ) throws(TobookError) -> [Target] {
        let targets =
            try OutputPath.resolve(for: options) + options.extraOutputs.map { ($0.format, $0.path) }
        for (_, path) in targets {
            if let input { try OutputPath.check(path, isNot: input) }
            try AtomicFile(path: path).checkWritable()
        }
        return targets
    }

    /// The EPUB's cover: the generated one once drawn, the user's with its alt text, or none.
    static func cover(
        _ choice: ConversionOptions.Cover, file: CoverImage?, job: CoverJob,
        for metadata: BookMetadata
    ) -> CoverImage? {
        switch choice {
        case .generated:
            return job.wait()
        case .file:
            return file.map {
                var image = $0
                image.altText = CoverImage.altText(for: metadata)
                return image
            }
        case .none:
            return nil
        }
    }

    /// Packages and writes one EPUB (with Kobo's markup when `kobo`: a kepub), returning what
    /// a reader or store would object to.
    func writeEPUB(
        _ book: Book, to path: String, stylesheet: String, cover: CoverImage?,
        version: EPUBPackage.Version, kobo: Bool = false
    ) throws(TobookError) -> [String] {
        var warnings: [String] = []
        let language = book.metadata.language
        // A kepub goes to a Kobo, not through Send to Kindle.
        if !kobo && !KindleLanguages.lists(language) {
            warnings.append(
                "Kindle does not list the language '\(language)': Send to Kindle may refuse the book"
            )
        }
        if let cover, cover.height < 1000 {
            warnings.append(
                "the cover is \(cover.width)×\(cover.height) pixels; stores ask for at least 1000 high (1600×2560 is best)"
            )
        }
        var package = EPUBPackage(book: book, stylesheet: stylesheet, cover: cover)
        package.version = version
        package.kobo = kobo
        var size = 0
        try AtomicFile(path: path).write { (descriptor: Int32) throws(TobookError) in
            size = try package.write(to: descriptor, path: path)
        }
        if !kobo && size > Self.sendToKindleLimit {
            warnings.append(
                "\(path) is \(size / 1_000_000) MB: Send to Kindle refuses books over 50 MB")
        }
        return warnings
    }

    /// No sane cover image is larger (10000×10000 pixels compress well below it).
    static let coverSizeLimit = 64 * 1024 * 1024

    /// Send to Kindle's limit for an EPUB (amazon.com/sendtokindle).
    static let sendToKindleLimit = 50_000_000

    /// The user's cover file, read and decoded before any work: a JPEG or PNG of sane size.
    static func coverFile(_ options: ConversionOptions) throws(TobookError) -> CoverImage? {
        guard case .file(let path) = options.cover else { return nil }
        let input: InputFile
        do {
            input = try InputFile.read(path: path, limit: Self.coverSizeLimit)
        } catch {
            throw .coverUnusable(path: path, reason: error.detail)
        }
        let bytes = input.bytes
        let format: CoverImage.Format
        let size: (width: Int, height: Int)?
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            format = .jpeg
            size = JPEGCodec.dimensions(of: bytes)
        } else if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            format = .png
            size = PNGDecoder.dimensions(of: bytes)
        } else {
            throw .coverUnusable(path: path, reason: "not a JPEG or PNG image")
        }
        guard let size else {
            throw .coverUnusable(
                path: path,
                reason: "the \(format == .jpeg ? "JPEG" : "PNG") is damaged or incomplete")
        }
        guard (100...10_000).contains(size.width), (100...10_000).contains(size.height) else {
            throw .coverUnusable(
                path: path,
                reason: "\(size.width)×\(size.height) pixels is outside 100 to 10000 on a side")
        }
        return CoverImage(
            bytes: bytes, format: format, width: size.width, height: size.height, altText: "")
    }

    /// The one input the options name: a file or standard input.
    static func read(_ options: ConversionOptions) throws(TobookError) -> InputFile {
        switch options.input {
        case .file(let path): try InputFile.read(path: path, limit: options.maxInputSize)
        case .standardInput: try InputFile.readStandardInput(limit: options.maxInputSize)
        case .combined: throw .usage("the structure report reads one file")
        }
    }

    /// A book ready to write, with what was learnt on the way.
    public struct PreparedBook: Sendable {
        public var book: Book
        public var encoding: TextEncoding
        public var warnings: [String]
        public var outline: DocumentOutline
        /// How the language was chosen: "given", "from the header" or "detected".
        public var languageSource = "given"
        /// The warning that the language is a guess ('en' for want of evidence), when it is.
        var languageWarning: String?
        /// The encodings of a collection's texts, when they differ (for `--verbose`).
        var encodingNote: String?
    }

    /// The detected structure of an input, for `tobook --outline`; writes nothing.
    public func outline(_ options: ConversionOptions) throws(TobookError) -> OutlineReport {
        let input = try Self.read(options)
        let name = input.displayName
        let prepared = try prepare(consume input, options: options)
        return OutlineReport(
            input: name, encoding: prepared.encoding,
            language: prepared.book.metadata.language,
            title: prepared.book.metadata.title, outline: prepared.outline,
            contents: prepared.book.outline)
    }
}
