import ArgumentParser

/// The files to read, where their books go, how a batch runs and how much a run prints.
struct OutputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "The text files to convert (each to its own book, or one with --combine), or - to read standard input.",
            valueName: "file"))
    var inputs: [String] = []

    @Option(
        name: .customLong("output-dir"),
        help: ArgumentHelp(
            "Write the books into this folder (default: beside each input).", valueName: "dir"))
    var outputDir: String?

    @Option(
        help: ArgumentHelp(
            "Convert this many files at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(
        name: [.short, .long],
        help: "Convert the .txt and .text files in the folders given, and in their subfolders.")
    var recursive = false

    @Flag(
        help:
            "Make one book of all the files, each a chapter in the order given (so does -o with several files); without -o it is named after the first file's folder."
    )
    var combine = false

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Also print what was found and chosen: title, encoding, language, structure.")
    var verbose = false

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "Where to write the book (default: FILE.epub); - writes it to standard output (not a terminal). With several files, one book of them all.",
            valueName: "book.epub"))
    var output: String?

    /// One book of all the inputs: `--combine`, or `-o` naming one book for several files.
    var combining: Bool {
        combine || (output != nil && (inputs.count > 1 || recursive))
    }

    /// Each input to a book of its own: several inputs, a folder for them, or folders to read.
    var isBatch: Bool {
        inputs.count > 1 || outputDir != nil || recursive
    }

    func validate() throws {
        if inputs.count > 1 && inputs.contains("-") {
            throw ValidationError("- (standard input) cannot be one of several inputs")
        }
        if combining && inputs.contains("-") {
            throw ValidationError("--combine reads files, not standard input")
        }
        if outputDir != nil && output != nil {
            throw ValidationError("-o and --output-dir exclude each other")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }
}
