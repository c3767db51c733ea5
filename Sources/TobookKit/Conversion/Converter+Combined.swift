extension Converter {
    /// Reads and prepares each file of a combined book (`--combine`) on its own, in order: its
    /// encoding, its structure, its quotes; none of the options' metadata, which is the book's.
    /// The outputs are checked against each input, and the inputs' total against the limit.
    func prepareParts(_ paths: [String], outputs: [String], options: ConversionOptions)
        throws(TobookError) -> [BookCombiner.Part]
    {
        guard !paths.isEmpty else { throw .usage("no files to make a book of") }
        var partOptions = options
        partOptions.title = nil
        partOptions.subtitle = nil
        partOptions.authors = []
        partOptions.publication = PublicationDetails()
        partOptions.identifier = nil
        var parts: [BookCombiner.Part] = []
        var total = 0
        for path in paths {
            let input = try InputFile.read(path: path, limit: options.maxInputSize)
            total += input.bytes.count
            if total > options.maxInputSize {
                throw .inputTooLarge(path: path, size: total, limit: options.maxInputSize)
            }
            for output in outputs { try OutputPath.check(output, isNot: input) }
            let name = input.displayName
            let byteCount = input.bytes.count
            partOptions.input = .file(path)
            let prepared = try prepare(consume input, options: partOptions)
            parts.append(BookCombiner.Part(name: name, prepared: prepared, byteCount: byteCount))
        }
        return parts
    }
}
