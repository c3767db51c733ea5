/// The public entry point: one input file (or standard input) to an EPUB, a PDF or both, from
/// one parse.
public struct Converter: Sendable {
    public init() {}

    /// Reads, decodes, parses, renders and writes atomically. Cheap checks (options, output
    /// folder) run before the expensive work, so mistakes are reported at once.
    public func convert(_ options: ConversionOptions) throws(TobookError) -> ConversionResult {
        _ = try Self.encoding(options.encoding)
        _ = try Self.language(options.language)
        var theme = try Theme.resolve(options.style ?? Theme.defaultName)
        var styleWarnings: [String] = []
        if let path = theme.path {
            let review = StyleSheetCheck.review(theme.css, file: path)
            theme.css = review.css
            styleWarnings = review.warnings
        }
        let coverFile = try Self.coverFile(options)

        // The generated cover is drawn on the other core: fonts now, the drawing from the
        // moment the metadata is final. The job always gets its metadata (or nil on an error).
        let coverJob = CoverJob()
        defer { coverJob.deliver(nil) }
        let startCover = { (targets: [(format: ConversionOptions.Format, path: String)]) in
            if options.cover == .generated && targets.contains(where: { $0.format == .epub }) {
                coverJob.start(CoverRenderer(style: CoverStyle(css: theme.css)))
            }
        }
        let targets: [(format: ConversionOptions.Format, path: String)]
        let prepared: PreparedBook
        switch options.input {
        case .combined(let paths):
            targets = try OutputPath.resolve(for: options)
            for (_, path) in targets { try AtomicFile(path: path).checkWritable() }
            startCover(targets)
            prepared = try BookCombiner(options: options).prepare(
                paths, outputs: targets.map(\.path), converter: self
            ) { metadata in coverJob.deliver(metadata) }
        case .file, .standardInput:
            let input = try Self.read(options)
            targets = try OutputPath.resolve(for: options)
            for (_, path) in targets {
                try OutputPath.check(path, isNot: input)
                try AtomicFile(path: path).checkWritable()
            }
            startCover(targets)
            prepared = try prepare(consume input, options: options) { metadata in
                coverJob.deliver(metadata)
            }
        }
        var result = ConversionResult(
            outputPaths: targets.map(\.path), pdfReport: nil,
            warnings: styleWarnings,
            encoding: prepared.encoding, headingCount: prepared.book.headingCount, byteCount: 0,
            summary: BookSummary(prepared))
        result.warnings += prepared.warnings
        for (format, path) in targets {
            switch format {
            case .epub:
                var cover: CoverImage?
                switch options.cover {
                case .generated:
                    cover = coverJob.wait()
                case .file:
                    cover = coverFile.map {
                        var image = $0
                        image.altText = CoverImage.altText(for: prepared.book.metadata)
                        return image
                    }
                case .none: cover = nil
                }
                let language = prepared.book.metadata.language
                if !KindleLanguages.lists(language) {
                    result.warnings.append(
                        "Kindle does not list the language '\(language)': Send to Kindle may refuse the book"
                    )
                }
                if let cover, cover.height < 1000 {
                    result.warnings.append(
                        "the cover is \(cover.width)×\(cover.height) pixels; stores ask for at least 1000 high (1600×2560 is best)"
                    )
                }
                var package = EPUBPackage(book: prepared.book, stylesheet: theme.css, cover: cover)
                package.version = options.epub2 ? .epub2 : .epub3
                let bytes = try package.archive()
                try AtomicFile(path: path).write(bytes)
                result.byteCount += bytes.count
                if bytes.count > Self.sendToKindleLimit {
                    result.warnings.append(
                        "\(path) is \(bytes.count / 1_000_000) MB: Send to Kindle refuses books over 50 MB"
                    )
                }
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
            let message = error.message
            let reason =
                message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message
            throw .coverUnusable(path: path, reason: reason)
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
        _ = try Self.encoding(options.encoding)
        _ = try Self.language(options.language)
        let input = try Self.read(options)
        let name = input.displayName
        let prepared = try prepare(consume input, options: options)
        return OutlineReport(
            input: name, encoding: prepared.encoding,
            language: prepared.book.metadata.language,
            title: prepared.book.metadata.title, outline: prepared.outline)
    }

    /// Decodes and parses an input into a book: the part of `convert` that touches no files.
    public func prepare(_ input: consuming InputFile, options: ConversionOptions)
        throws(TobookError) -> PreparedBook
    {
        try prepare(input, options: options) { _ in }
    }

    /// The same, telling `metadataReady` the book's final metadata as soon as it is known.
    func prepare(
        _ input: consuming InputFile, options: ConversionOptions,
        metadataReady: (BookMetadata) -> Void
    ) throws(TobookError) -> PreparedBook {
        let modificationTime = input.modificationTime
        let displayName = input.displayName
        guard !input.bytes.isEmpty else { throw .inputEmpty(path: displayName) }
        let requested = try Self.encoding(options.encoding)
        let decoded: DecodedText
        do {
            decoded = try TextDecoder(requestedEncoding: requested).decode(
                (consume input).bytes)
        } catch {
            switch error {
            case .binary(let reason):
                throw .inputBinary(path: displayName, reason: reason)
            case .invalidBytes(let encoding, let offset, let line):
                throw .invalidBytes(
                    path: displayName, encoding: encoding.description, offset: offset,
                    line: line)
            }
        }
        guard decoded.text.unicodeScalars.contains(where: { !$0.isTextWhitespace && $0 != "\n" })
        else {
            throw .inputEmpty(path: displayName)
        }
        var warnings: [String] = []
        if decoded.removedCharacterCount > 0 {
            warnings.append(
                "removed \(decoded.removedCharacterCount) control character(s)"
                    + " that XML and e-readers do not allow"
            )
        }
        if decoded.replacedSequenceCount > 0 {
            warnings.append(
                "replaced \(decoded.replacedSequenceCount) malformed \(decoded.encoding)"
                    + " sequence(s) with U+FFFD"
            )
        }
        if decoded.strayByteCount > 0 {
            warnings.append(
                "read \(decoded.strayByteCount) byte(s) that are not UTF-8 as Windows-1252"
                    + " characters; if they look wrong, give the right --encoding"
            )
        }
        let inputName: String? = if case .file(let path) = options.input { path } else { nil }
        let parsed =
            options.structure.markup.readsMarkdown(decoded.text)
            ? MarkdownReader(options: options.structure).read(decoded.text)
            : PlainTextParser(options: options.structure).parse(decoded.text)
        let languageSource =
            options.language != nil
            ? "given" : parsed.language != nil ? "from the header" : "detected from the text"
        var languageWarning: String?
        let language =
            try Self.language(options.language) ?? parsed.language
            ?? detectedLanguage(of: decoded.text, warning: &languageWarning)
        warnings += languageWarning.map { [$0] } ?? []
        // From here on the text lives only in the model: the decoded copy and the parser's
        // result are given up as soon as they are used, which keeps peak memory near 4x input.
        let encoding = decoded.encoding
        _ = consume decoded
        let outline = parsed.outline
        let assembler = BookAssembler(
            options: options, language: language,
            modified: options.sourceDateEpoch ?? modificationTime
                ?? BookMetadata.earliestModified,
            inputName: inputName)
        let typographer = Typographer(
            language: language, smartPunctuation: options.smartPunctuation)
        let book = typographer.apply(
            to: assembler.assemble(consume parsed), metadataReady: metadataReady)
        return PreparedBook(
            book: book, encoding: encoding, warnings: warnings, outline: outline,
            languageSource: languageSource, languageWarning: languageWarning)
    }

    /// The text's language from its script and common words; English, with a warning, when the
    /// evidence is weak (Kindle rejects `und`).
    private func detectedLanguage(of text: String, warning: inout String?) -> String {
        let guess = LanguageDetector().detect(text)
        if guess.isConfident { return guess.language }
        let hint = guess.language == "en" ? "" : " (it may be '\(guess.language)')"
        warning = "could not tell the text's language\(hint); using 'en': set it with --language"
        return "en"
    }

    static func encoding(_ label: String?) throws(TobookError) -> TextEncoding? {
        guard let label else { return nil }
        guard let encoding = TextEncoding(label: label) else { throw .unknownEncoding(name: label) }
        return encoding
    }

    /// The canonical tag, or nil when none is given.
    static func language(_ tag: String?) throws(TobookError) -> String? {
        guard let tag else { return nil }
        guard let valid = LanguageTag(tag) else {
            throw .usage(
                "'\(tag)' is not a BCP 47 language tag (examples: en, en-GB, de, pt-BR, zh-Hans)")
        }
        return valid.description
    }
}

extension Book {
    /// Chapter headings and section headings together: the entries the outline will have.
    var headingCount: Int {
        chapters.reduce(0) { count, chapter in
            count + (chapter.heading == nil ? 0 : 1)
                + chapter.blocks.count(where: { if case .heading = $0 { true } else { false } })
        }
    }
}
