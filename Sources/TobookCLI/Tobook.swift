import ArgumentParser
import Foundation
import TobookKit

/// The `tobook` command: parses arguments, runs one conversion, reports in Unix style.
@main
struct Tobook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tobook",
        abstract: "Turn a plain-text file into an EPUB 3 book for e-readers.",
        usage: """
            tobook <file>... [-o <book.epub> | --output-dir <dir>] [<options>]
            tobook <file>... --combine [-o <book.epub>] [<options>]
            """,
        discussion: """
            Writes FILE.epub beside the input unless -o names the output. The encoding,
            title, parts, chapters, verse, lists and scene breaks are detected; options
            override them.

            EXAMPLES:
              tobook article.txt                  writes article.epub
              tobook notes.txt -o ~/Books/notes.epub --author "Ann Lee"
              curl -s https://example.org/story.txt | tobook - -o story.epub
              tobook old.txt --encoding windows-1252 --language de
              tobook novel.txt --outline          shows the chapters found, and why
              tobook *.txt --output-dir books     one book per file, in books/
              tobook ch*.txt -o novel.epub        one book, each file a chapter

            EXIT CODES:
              0   the book was written
              3   the input file does not exist
              4   the input is a directory
              5   the input cannot be read
              6   the input is empty or only whitespace
              7   the input is binary data, not text
              8   the input has bytes invalid in the --encoding given
              9   --encoding names an unknown encoding
              10  the output cannot be written (missing folder, read-only, a directory)
              11  the output would overwrite the input
              12  --style names an unknown style or an unreadable CSS file
              13  --cover is not a readable JPEG or PNG of sane size
              14  the input is larger than --max-input-size (default 512M)
              15  some files of a batch failed (the others were converted)
              64  wrong usage (unknown option, bad language tag, stdin without -o)
              70  internal failure (please report it)
              130, 143  interrupted by SIGINT or SIGTERM (128 + the signal; no file left)

            ENVIRONMENT:
              SOURCE_DATE_EPOCH   fixed timestamp for reproducible books (else the mtime)
              TOBOOK_<OPTION>     a default for --option: TOBOOK_STYLE=modern
              TOBOOK_CONFIG       the config file (default: ~/.config/tobook/config.toml,
                                  or $XDG_CONFIG_HOME/tobook/config.toml): TOML, with
                                  the long option names as keys (style = "modern")
              NO_COLOR            turns off colour in messages
            """,
        version: TobookVersion.current
    )

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

    @Option(help: "The book's title (default: the first line, when it reads as a title).")
    var title: String?

    @Option(help: "The book's subtitle (default: the lines under the title, if any).")
    var subtitle: String?

    @Option(help: "An author; repeat for several (default: a 'by NAME' line under the title).")
    var author: [String] = []

    @Option(help: "The publisher.")
    var publisher: String?

    @Option(
        help:
            "The publication date: YYYY, YYYY-MM or YYYY-MM-DD (default: a Gutenberg header's release date)."
    )
    var date: String?

    @Option(help: "A subject or genre; repeat for several.")
    var subject: [String] = []

    @Option(help: "A description (the blurb a library or store shows).")
    var description: String?

    @Option(help: "The series the book belongs to.")
    var series: String?

    @Option(help: "The book's number in its series, such as 2 or 2.5.")
    var seriesIndex: String?

    @Option(help: "The rights statement, such as a copyright or licence line.")
    var rights: String?

    @Option(
        help: ArgumentHelp(
            "A JPEG or PNG to use as the cover (default: one drawn from the title and authors).",
            valueName: "image"))
    var cover: String?

    @Flag(help: "Make the EPUB without a cover.")
    var noCover = false

    @Flag(help: "Write an EPUB 2.0.1 book (OPF 2.0, NCX, guide) for very old readers.")
    var epub2 = false

    @Option(
        help:
            "The text's language as a BCP 47 tag, such as en, en-GB, de, fr (default: detected from the text; en when unsure)."
    )
    var language: String?

    @Option(
        help:
            "The book's unique identifier, a UUID or URN (default: derived from the text)."
    )
    var identifier: String?

    @Option(help: "A built-in style (\(Theme.builtInNames.joined(separator: ", "))) or a CSS file.")
    var style: String?

    @Flag(help: "List the built-in styles with a line on each, and exit.")
    var listStyles = false

    @Flag(
        help:
            "Show the defaults in force from the config file and TOBOOK_* variables, and exit.")
    var printConfig = false

    @Option(
        help:
            "The input's encoding, such as utf-8, utf-16, windows-1252, koi8-r (default: detected)."
    )
    var encoding: String?

    @Flag(help: "Write a typeset PDF (FILE.pdf) instead of an EPUB.")
    var pdf = false

    @Option(
        help: ArgumentHelp(
            "Formats to write from one parse: epub, pdf or epub,pdf.", valueName: "list"))
    var format: String?

    @Option(help: "PDF page: ereader (90x120 mm, default), ereader7, a5, a4, letter, or WxH in mm.")
    var page: String?

    @Option(
        name: .customLong("font-size"),
        help: ArgumentHelp("PDF body type size in points.", valueName: "points"))
    var fontSize: Double?

    // The last of --smart and --no-smart wins, so a flag overrides a configured default.
    @Flag(
        inversion: .prefixedNo, exclusivity: .chooseLast,
        help: "Curly quotes, dashes and ellipses; --no-smart keeps them as typed.")
    var smart = true

    @Flag(
        help:
            "Print the detected structure (headings with their reasons, totals) instead of writing a book."
    )
    var outline = false

    @Flag(help: "With --outline: print JSON.")
    var json = false

    @Option(
        name: .customLong("heading-pattern"),
        help: ArgumentHelp(
            "Make lines matching this regular expression headings; repeatable, LEVEL: prefix optional.",
            valueName: "[level:]regex"))
    var headingPatterns: [String] = []

    @Option(
        name: .customLong("max-input-size"),
        help: ArgumentHelp(
            "Refuse inputs larger than this, such as 200M or 2G (default: 512M).",
            valueName: "size"))
    var maxInputSize: String?

    @Flag(
        inversion: .prefixedNo, exclusivity: .chooseLast,
        help: "Detect headings; --no-headings leaves only what --heading-pattern matches.")
    var headings = true

    @Flag(exclusivity: .chooseLast)
    var markup: Markup?

    /// `--markdown` or `--plain` (the last one given wins); without either, tobook tells
    /// from the text.
    enum Markup: String, EnumerableFlag {
        case markdown, plain

        static func help(for value: Markup) -> ArgumentHelp? {
            switch value {
            case .markdown: "Read the text as Markdown (by default tobook tells from the text)."
            case .plain: "Read the text as plain text, even where it looks like Markdown."
            }
        }
    }

    @Flag(
        name: .customLong("keep-boilerplate"),
        help:
            "Keep a web page's site chrome (\"Advertisement\", newsletter and share prompts) that --outline lists as left out."
    )
    var keepBoilerplate = false

    /// The formats asked for with --pdf and --format.
    func formats() throws -> [ConversionOptions.Format] {
        var formats: [ConversionOptions.Format] = pdf ? [.pdf] : []
        for name in (format ?? "").split(separator: ",") {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = ConversionOptions.Format(rawValue: key) else {
                throw ValidationError("--format '\(name)' is not a format (epub, pdf)")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.sorted { $0 == .epub && $1 == .pdf }
    }

    func validate() throws {
        if listStyles || printConfig { return }
        guard let input = inputs.first else {
            throw ValidationError("Missing expected argument '<file>'")
        }
        if inputs.count > 1 && inputs.contains("-") {
            throw ValidationError("- (standard input) cannot be one of several inputs")
        }
        if combining && inputs.contains("-") {
            throw ValidationError("--combine reads files, not standard input")
        }
        if (combining || inputs.count > 1) && outline {
            throw ValidationError("--outline reads one file")
        }
        if try !combining && inputs.count > 1 && formats().count > 1 {
            throw ValidationError("--format epub,pdf takes one input; convert a batch twice")
        }
        if outputDir != nil && output != nil {
            throw ValidationError("-o and --output-dir exclude each other")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
        let formats = try formats()
        if formats.count == 1, let output,
            let named = ConversionOptions.Format.allCases.first(where: {
                output.lowercased().hasSuffix("." + $0.rawValue)
            }),
            named != formats[0]
        {
            throw ValidationError(
                "-o '\(output)' names a .\(named.rawValue) file, but \(formats[0].rawValue) was asked for"
            )
        }
        if let page, PageGeometry(named: page) == nil {
            throw ValidationError(
                "--page '\(page)' is not a page size (ereader, ereader7, a5, a4, letter or WxH in mm)"
            )
        }
        if let fontSize, !(5...36).contains(fontSize) {
            throw ValidationError("--font-size must be between 5 and 36 points")
        }
        for pattern in headingPatterns where HeadingPattern(pattern) == nil {
            throw ValidationError(
                "--heading-pattern '\(pattern)' is not a valid regular expression")
        }
        if json && !outline {
            throw ValidationError("--json goes with --outline")
        }
        if input == "-" && output == nil && outputDir == nil && !outline {
            throw ValidationError("reading standard input needs an output path: add -o BOOK.epub")
        }
        if let language, LanguageTag(language) == nil {
            throw ValidationError(
                "'\(language)' is not a BCP 47 language tag (examples: en, en-GB, de, pt-BR)")
        }
        if let identifier, identifier.allSatisfy(\.isWhitespace) {
            throw ValidationError("--identifier must not be empty")
        }
        if let date, PublicationDate.w3c(date) == nil {
            throw ValidationError("--date '\(date)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        if let seriesIndex,
            Double(seriesIndex) == nil
                || !seriesIndex.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
        {
            throw ValidationError(
                "--series-index '\(seriesIndex)' is not a number (such as 2 or 2.5)")
        }
        if cover != nil && noCover {
            throw ValidationError("--cover and --no-cover exclude each other")
        }
        if let maxInputSize, ByteCount(maxInputSize) == nil {
            throw ValidationError(
                "--max-input-size '\(maxInputSize)' is not a size (such as 200M, 2G or 1000000)")
        }
        if seriesIndex != nil && series == nil {
            throw ValidationError("--series-index goes with --series")
        }
    }

    func run() throws {
        if printConfig {
            // main() has loaded it once already: a broken file never gets this far.
            let defaults = try? ConfigDefaults.load(ProcessInfo.processInfo.environment)
            print(defaults?.description ?? "", terminator: "")
            return
        }
        if listStyles {
            let width = Theme.builtInNames.map(\.count).max() ?? 0
            for name in Theme.builtInNames {
                let summary = Theme.builtIn(named: name)?.summary ?? ""
                print(name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + summary)
            }
            return
        }
        let console = Console(quiet: quiet)
        if let encoding, TextEncoding(label: encoding) == nil {
            let error = TobookError.unknownEncoding(name: encoding)
            console.error(error.message)
            throw ExitCode(error.exitCode)
        }
        if combining {
            try runCombined(console: console)
            return
        }
        if inputs.count > 1 || outputDir != nil || recursive {
            try runBatch(console: console)
            return
        }
        let options = try options(for: inputs[0], output: output)
        do {
            if outline {
                let report = try Converter().outline(options)
                print(json ? report.json : report.text, terminator: "")
                return
            }
            try convert(
                options, name: inputs[0], bytes: Self.fileSize(inputs[0]), console: console)
        } catch {
            console.error(error.message)
            throw ExitCode(error.exitCode)
        }
    }

    /// One book of all the inputs: `--combine`, or `-o` naming one book for several files.
    var combining: Bool {
        combine || (output != nil && (inputs.count > 1 || recursive))
    }

    /// Every input (the files of folders, with `--recursive`) into one book.
    func runCombined(console: Console) throws {
        let format = try formats().first ?? .epub
        let files: [String]
        do throws(TobookError) {
            files = recursive ? try BatchPlan.expanding(inputs) : inputs
        } catch {
            console.error(error.message)
            throw ExitCode(error.exitCode)
        }
        let output =
            self.output
            ?? BatchPlan.collectionPath(for: files, directory: outputDir, format: format)
        var options = try options(for: files[0], output: output)
        options.input = .combined(files)
        do {
            try convert(
                options, name: output.split(separator: "/").last.map(String.init) ?? output,
                bytes: files.reduce(0) { $0 + Self.fileSize($1) }, console: console)
        } catch {
            console.error(error.message)
            throw ExitCode(error.exitCode)
        }
    }

    /// One book, with the progress line on a terminal when its input is long enough to wait for.
    func convert(_ options: ConversionOptions, name: String, bytes: Int, console: Console)
        throws(TobookError)
    {
        let progress = ProgressLine(
            total: 1, console: console, showsSingle: bytes >= Self.largeInput)
        progress.started(name)
        defer { progress.end() }
        let result = try Converter().convert(options)
        progress.finished(name) {}
        report(result, on: console)
    }

    /// Inputs from this size on take long enough to deserve a progress line.
    static let largeInput = 20 * 1024 * 1024

    static func fileSize(_ path: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return attributes?[.size] as? Int ?? 0
    }

    /// Exit status when some inputs of a batch failed and the others were converted.
    static let batchFailureStatus: Int32 = 15

    /// Several inputs (or --output-dir): each to its own book, `--jobs` at a time, with a
    /// progress line on a terminal and a summary when anything failed.
    func runBatch(console: Console) throws {
        let format = try formats().first ?? .epub
        let inputs: [String]
        let paths: [String]
        do throws(TobookError) {
            inputs = recursive ? try BatchPlan.expanding(self.inputs) : self.inputs
            paths = try BatchPlan.outputPaths(for: inputs, directory: outputDir, format: format)
        } catch {
            console.error(error.message)
            throw ExitCode(error.exitCode)
        }
        let batch = try zip(inputs, paths).map { try options(for: $0, output: $1) }
        let progress = ProgressLine(total: batch.count, console: console)
        let names = inputs
        let results = BatchConverter(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            .convert(batch) { event in
                switch event {
                case .started(let index):
                    progress.started(names[index])
                case .finished(let index, .success(let result)):
                    progress.finished(names[index]) {
                        report(result, on: console, name: names[index])
                    }
                case .finished(let index, .failure(let error)):
                    progress.finished(names[index]) { console.error(error.message) }
                }
            }
        progress.end()
        let failed = zip(inputs, results).compactMap { input, result in
            if case .failure = result { input } else { nil }
        }
        guard !failed.isEmpty else { return }
        console.error(
            "\(failed.count) of \(inputs.count) files failed (\(failed.joined(separator: ", ")));"
                + " the other \(inputs.count - failed.count) were converted")
        throw ExitCode(Self.batchFailureStatus)
    }

    /// A finished book's messages: its warnings, with `--verbose` what was found, then the
    /// line naming it; in a batch the warnings and findings carry the input's name.
    func report(_ result: ConversionResult, on console: Console, name: String? = nil) {
        let prefix = name.map { $0 + ": " } ?? ""
        for warning in result.warnings { console.warning(prefix + warning) }
        if verbose {
            for line in result.summary?.lines ?? [] { console.status(prefix + line) }
        }
        let written = result.outputPaths.map {
            $0 == AtomicFile.standardOutputPath ? "the book to standard output" : $0
        }
        console.status("wrote " + written.joined(separator: " and "))
    }

    /// The conversion options the flags give for one input.
    func options(for input: String, output: String?) throws -> ConversionOptions {
        var options = ConversionOptions(
            input: input == "-" ? .standardInput : .file(input), outputPath: output)
        options.title = title
        options.subtitle = subtitle
        options.authors = author
        options.publication.publisher = publisher
        options.publication.date = date.flatMap(PublicationDate.w3c)
        options.publication.subjects = subject
        options.publication.description = description
        options.publication.series = series
        options.publication.seriesIndex = seriesIndex
        options.publication.rights = rights
        options.cover = noCover ? .none : cover.map { .file($0) } ?? .generated
        options.epub2 = epub2
        options.language = language.flatMap(LanguageTag.init)
        options.identifier = identifier
        options.style = style
        options.encoding = encoding.flatMap(TextEncoding.init(label:))
        options.smartPunctuation = smart
        options.formats = try formats()
        if let page, let geometry = PageGeometry(named: page) { options.pdf.page = geometry }
        options.pdf.fontSize = fontSize
        options.sourceDateEpoch = SourceDateEpoch.read()
        if let limit = maxInputSize.flatMap(ByteCount.init)?.bytes { options.maxInputSize = limit }
        options.structure = StructureOptions(
            headingPatterns: headingPatterns.compactMap(HeadingPattern.init),
            detectsHeadings: headings)
        switch markup {
        case .markdown: options.structure.markup = .markdown
        case .plain: options.structure.markup = .plain
        case nil: options.structure.markup = .detect
        }
        options.structure.keepsBoilerplate = keepBoilerplate
        return options
    }

    /// Runs the command, printing argument errors on one `tobook: error:` line as well.
    static func main() {
        AtomicFile.removeTemporaryFilesOnSignals()
        let console = Console()
        var arguments = Array(CommandLine.arguments.dropFirst())
        // Help, version and generated scripts stay reachable whatever the config holds.
        let informational = arguments.contains {
            ["-h", "--help", "--version", "--experimental-dump-help"].contains($0)
                || $0.hasPrefix("--generate-completion-script")
        }
        if !informational {
            do throws(ConfigDefaults.Failure) {
                let defaults = try ConfigDefaults.load(ProcessInfo.processInfo.environment)
                arguments = defaults.arguments(before: arguments) + arguments
            } catch {
                console.error(error.message)
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            console.error(message(for: error) + " (see 'tobook --help')")
            Foundation.exit(code.rawValue)
        }
    }
}
