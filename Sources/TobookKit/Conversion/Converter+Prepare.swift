extension Converter {
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
        let decoded = try Self.decode(input, encoding: options.encoding)
        var warnings = Self.warnings(decoded)
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
            options.language?.description ?? parsed.language
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

    /// The input's text in the encoding given or detected; an input with no text is refused.
    static func decode(_ input: consuming InputFile, encoding: TextEncoding?)
        throws(TobookError) -> DecodedText
    {
        let displayName = input.displayName
        guard !input.bytes.isEmpty else { throw .inputEmpty(path: displayName) }
        let decoded: DecodedText
        do {
            decoded = try TextDecoder(requestedEncoding: encoding).decode((consume input).bytes)
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
        return decoded
    }

    /// What decoding changed that the user should know of.
    static func warnings(_ decoded: borrowing DecodedText) -> [String] {
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
        return warnings
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
}
