import ArgumentParser
import FoundationEssentials
import Glibc
import TobookKit

/// The `tobook` command: reads the arguments (each option group parses and checks its own),
/// runs one conversion, a batch or one book of several files, reports in Unix style.
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
              tobook article.txt --send-to kindle mails it (config: smtp-*, [address])
              tobook novel.txt --to-device        copies it onto the plugged-in reader

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
              16  --send-to lacks its settings (smtp-host, smtp-from, the password)
              17  the mail server refused the login (the book is kept)
              18  the mail server cannot be reached (the book is kept)
              19  the mail server refused the message (the book is kept)
              20  the book is over the mail service's limit (kept, not sent)
              21  --to-device found no e-reader
              22  --to-device found several e-readers: name one with --to-device=PATH
              64  wrong usage (unknown option, bad language tag, stdin without -o)
              70  internal failure (please report it)
              130, 143  interrupted by SIGINT or SIGTERM (128 + the signal; no file left)

            ENVIRONMENT:
              SOURCE_DATE_EPOCH   fixed timestamp for reproducible books (else the mtime)
              TOBOOK_<OPTION>     a default for --option: TOBOOK_STYLE=modern
              TOBOOK_CONFIG       the config file (default: ~/.config/tobook/config.toml,
                                  or $XDG_CONFIG_HOME/tobook/config.toml): TOML, with
                                  the long option names as keys (style = "modern")
              TOBOOK_SMTP_PASSWORD  the mail server's password for --send-to
              NO_COLOR            turns off colour in messages
            """,
        version: TobookVersion.current
    )

    // The groups stand in the order `--help` lists their options.
    @OptionGroup var files: OutputOptions
    @OptionGroup var metadata: MetadataOptions
    @OptionGroup var book: BookOptions

    @Flag(help: "List the built-in styles with a line on each, and exit.")
    var listStyles = false

    @Flag(
        help:
            "Show the defaults in force from the config file and TOBOOK_* variables, and exit.")
    var printConfig = false

    @OptionGroup var format: FormatOptions
    @OptionGroup var layout: PDFLayoutOptions
    @OptionGroup var reading: ReadingOptions
    @OptionGroup var delivery: DeliveryOptions

    /// What needs more than one group to check; each group has checked its own.
    func validate() throws {
        if listStyles || printConfig { return }
        guard let input = files.inputs.first else {
            throw ValidationError("Missing expected argument '<file>'")
        }
        if (files.combining || files.inputs.count > 1) && reading.outline {
            throw ValidationError("--outline reads one file")
        }
        if !files.combining && files.inputs.count > 1 && format.formats.count > 1 {
            throw ValidationError("--format epub,pdf takes one input; convert a batch twice")
        }
        try format.check(output: files.output)
        let delivering = !delivery.sendTo.isEmpty || delivery.toDevice != nil
        if delivering && reading.outline {
            throw ValidationError("--outline writes no book to send or copy")
        }
        if delivering && files.output == "-" {
            throw ValidationError(
                "-o - writes to standard output: there is no book to send or copy")
        }
        if input == "-" && files.output == nil && files.outputDir == nil && !reading.outline {
            throw ValidationError("reading standard input needs an output path: add -o BOOK.epub")
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
                print(name + String(repeating: " ", count: width + 2 - name.count) + summary)
            }
            return
        }
        let console = Console(quiet: files.quiet)
        var run = CommandRun(files: files, template: conversionOptions, console: console)
        do throws(TobookError) {
            run.delivery = try delivery.delivery(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw run.failure(error)
        }
        if files.combining {
            try run.combined()
        } else if files.isBatch {
            try run.batch()
        } else {
            try run.single(outline: reading.outline, json: reading.json)
        }
    }

    /// Every option of a conversion the groups give; the run adds each input and output.
    var conversionOptions: ConversionOptions {
        var options = ConversionOptions(input: .standardInput)
        metadata.apply(to: &options)
        book.apply(to: &options)
        format.apply(to: &options)
        layout.apply(to: &options)
        reading.apply(to: &options)
        options.sourceDateEpoch = SourceDateEpoch.read()
        return options
    }

    /// Runs the command: defaults from the config file and `TOBOOK_*` go before the user's
    /// arguments; an argument error is one `tobook: error:` line too.
    static func main() {
        AtomicFile.removeTemporaryFilesOnSignals()
        let console = Console()
        let (arguments, warnings) = withDefaults(
            DeliveryOptions.normalize(Array(CommandLine.arguments.dropFirst())))
        do {
            var command = try parseAsRoot(arguments)
            let quiet = (command as? Tobook)?.files.quiet ?? false
            for warning in warnings { Console(quiet: quiet).warning(warning) }
            try command.run()
        } catch let exit as ExitCode {
            Glibc.exit(exit.rawValue)
        } catch {
            // A value an option could not parse: its own message and exit status.
            if let failure = TobookError.thrown(within: error) {
                let usage = failure.exitCode == ExitCode.validationFailure.rawValue
                console.error(failure.message + (usage ? " (see 'tobook --help')" : ""))
                Glibc.exit(failure.exitCode)
            }
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            console.error(message(for: error) + " (see 'tobook --help')")
            Glibc.exit(code.rawValue)
        }
    }

    /// The configured defaults placed before the user's arguments, and the warnings loading
    /// them gave; a broken config file ends the run. Help, version and generated scripts take
    /// no defaults, so they stay reachable whatever the config holds; nor do `--print-config`
    /// and `--list-styles`, which a bad default must not stop.
    static func withDefaults(_ arguments: [String]) -> (arguments: [String], warnings: [String]) {
        let informational = arguments.contains {
            ["-h", "--help", "--version", "--experimental-dump-help"].contains($0)
                || $0.hasPrefix("--generate-completion-script")
        }
        if informational { return (arguments, []) }
        let defaults: ConfigDefaults
        do throws(ConfigDefaults.Failure) {
            defaults = try ConfigDefaults.load(ProcessInfo.processInfo.environment)
        } catch {
            Console().error(error.message)
            Glibc.exit(ExitCode.validationFailure.rawValue)
        }
        if arguments.contains(where: { $0 == "--print-config" || $0 == "--list-styles" }) {
            return (arguments, defaults.warnings)
        }
        return (defaults.arguments(before: arguments) + arguments, defaults.warnings)
    }
}
