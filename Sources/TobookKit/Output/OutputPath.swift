/// Where a book is written, and the checks that keep it from destroying the input.
enum OutputPath {
    /// `-o PATH`, or the input's path with its extension replaced by `.epub`.
    static func resolve(for options: ConversionOptions) throws(TobookError) -> String {
        if let given = options.outputPath { return given }
        guard case .file(let path) = options.input else {
            throw .usage("reading standard input needs an output path: add -o BOOK.epub")
        }
        return replacingExtension(of: path, with: "epub")
    }

    /// "notes/article.txt" → "notes/article.epub"; "README" → "README.epub".
    static func replacingExtension(of path: String, with newExtension: String) -> String {
        let nameStart = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[nameStart...]
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            return path[..<dot] + "." + newExtension
        }
        return path + "." + newExtension
    }

    /// Refuses an output that is the input file, by path or (through links) by inode.
    static func check(_ outputPath: String, isNot input: InputFile) throws(TobookError) {
        guard let inputIdentity = input.identity else { return }
        if FileIdentity.of(path: outputPath) == inputIdentity {
            throw .outputIsInput(path: outputPath)
        }
    }
}
