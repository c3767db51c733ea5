/// Where a book is written, and the checks that keep it from destroying the input.
enum OutputPath {
    /// Each format with its path: `-o PATH` (its extension picks the format when none is
    /// asked for), or the input's path with the format's extension. With several formats, each
    /// gets its own extension.
    static func resolve(for options: ConversionOptions) throws(TobookError) -> [(
        format: ConversionOptions.Format, path: String
    )] {
        let given = options.outputPath
        let givenExtension = given.flatMap(ConversionOptions.Format.named(byExtensionOf:))
        let formats = options.formats.isEmpty ? [givenExtension ?? .epub] : options.formats
        if given == AtomicFile.standardOutputPath {
            guard formats.count == 1 else {
                throw .usage("-o - writes one book to standard output: ask for one format")
            }
            return [(formats[0], AtomicFile.standardOutputPath)]
        }
        let base: String
        if let given {
            base = given
        } else {
            switch options.input {
            case .file(let path): base = path
            case .standardInput:
                throw .usage("reading standard input needs an output path: add -o BOOK.epub")
            case .combined:
                throw .usage("one book from several files needs an output path: add -o BOOK.epub")
            }
        }
        if formats.count == 1, let given, givenExtension == nil || givenExtension == formats[0] {
            return [(formats[0], given)]
        }
        return formats.map { ($0, replacingExtension(of: base, with: $0.fileExtension)) }
    }

    /// "notes/article.txt" → "notes/article.epub"; "README" → "README.epub". A format's whole
    /// extension goes at once: "book.kepub.epub" → "book.pdf".
    static func replacingExtension(of path: String, with newExtension: String) -> String {
        if let format = ConversionOptions.Format.named(byExtensionOf: path), format == .kepub {
            return path.dropLast(format.fileExtension.count) + newExtension
        }
        let nameStart = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[nameStart...]
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            return path[..<dot] + "." + newExtension
        }
        return path + "." + newExtension
    }

    /// Refuses an output that is the input file, by path or (through links) by inode.
    static func check(_ outputPath: String, isNot input: InputFile) throws(TobookError) {
        guard outputPath != AtomicFile.standardOutputPath, let inputIdentity = input.identity
        else { return }
        if FileIdentity.of(path: outputPath) == inputIdentity {
            throw .outputIsInput(path: outputPath)
        }
    }
}
