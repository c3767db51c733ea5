import ArgumentParser
import FoundationEssentials
import TobookKit

/// A run of the command once its arguments are read and checked: one book, `--outline`, a
/// batch (`CommandRun+Batch.swift`) or one book of several files (`CommandRun+Combined.swift`).
struct CommandRun {
    var files: OutputOptions
    /// Every option of a conversion but its input and output.
    var template: ConversionOptions
    var console: Console
    /// Where each book goes besides its file: mailed, copied onto an e-reader.
    var delivery = Delivery()

    /// Inputs from this size on take long enough to deserve a progress line.
    static let largeInput = 20 * 1024 * 1024

    /// The format a batch or a combined book is written in.
    var format: ConversionOptions.Format { template.formats.first ?? .epub }

    /// The conversion options for one input.
    func options(for input: String, output: String?) -> ConversionOptions {
        var options = template
        options.input = input == "-" ? .standardInput : .file(input)
        options.outputPath = output
        options.extraOutputs = delivery.extraOutputs(forLocal: output ?? input)
        return options
    }

    /// One input to one book, or with `--outline` (`json`: as JSON) its structure on
    /// standard output.
    func single(outline: Bool, json: Bool) throws {
        let input = files.inputs[0]
        let options = options(for: input, output: files.output)
        do throws(TobookError) {
            if outline {
                let report = try Converter().outline(options)
                print(json ? report.json : report.text, terminator: "")
                return
            }
            try convert(options, name: input, bytes: Self.fileSize(input))
        } catch {
            throw failure(error)
        }
    }

    /// One book, with the progress line on a terminal when its input is long enough to wait for.
    func convert(_ options: ConversionOptions, name: String, bytes: Int) throws(TobookError) {
        let progress = ProgressLine(
            total: 1, console: console, showsSingle: bytes >= Self.largeInput)
        progress.started(name)
        defer { progress.end() }
        let result = try Converter().convert(options)
        progress.finished(name) {}
        report(result)
        try delivery.mail(result, options: options, console: console)
    }

    /// A finished book's messages: its warnings, with `--verbose` what was found, then the
    /// line naming it; in a batch the warnings and findings carry the input's name.
    func report(_ result: ConversionResult, name: String? = nil) {
        let prefix = name.map { $0 + ": " } ?? ""
        for warning in result.warnings { console.warning(prefix + warning) }
        if files.verbose {
            for line in result.summary?.lines ?? [] { console.status(prefix + line) }
        }
        let written = result.outputPaths.map {
            $0 == AtomicFile.standardOutputPath ? "the book to standard output" : $0
        }
        console.status("wrote " + written.joined(separator: " and "))
    }

    /// Prints the error's line and gives the exit status that goes with it.
    func failure(_ error: TobookError) -> ExitCode {
        console.error(error.message)
        return ExitCode(error.exitCode)
    }

    static func fileSize(_ path: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return attributes?[.size] as? Int ?? 0
    }
}
