import Foundation
import TobookKit

/// The heading model's training tool (`make train`, `make eval`), never installed: it dumps
/// each candidate's evidence for the fitting script and converts books with weights under test,
/// so that cross-validation scores books the weights were not fitted on.
///
///     tobook-train features [--weights W.json] FILE...       JSON lines, one per candidate
///     tobook-train convert --weights W.json --output-dir DIR FILE...
struct TrainingTool {
    var command = ""
    var weights: HeadingModel = .fitted
    var outputDirectory = "."
    var files: [String] = []

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        command = rest.popFirst() ?? ""
        while let argument = rest.popFirst() {
            switch argument {
            case "--weights":
                let path = rest.popFirst() ?? ""
                guard let data = FileManager.default.contents(atPath: path),
                    let model = HeadingModel(json: data)
                else { throw ToolError("cannot read weights from \(path)") }
                weights = model
            case "--output-dir": outputDirectory = rest.popFirst() ?? "."
            default: files.append(argument)
            }
        }
    }

    func run() throws {
        switch command {
        case "features": try features()
        case "convert": try convert()
        default: throw ToolError("usage: tobook-train features|convert [--weights W] FILE...")
        }
    }

    private func options(for file: String) -> ConversionOptions {
        var options = ConversionOptions(input: .file(file))
        options.structure.headingModel = weights
        options.structure.recordsEvidence = true
        options.cover = .none
        options.sourceDateEpoch = 0
        return options
    }

    private func features() throws {
        let output = FileHandle.standardOutput
        for file in files {
            let records = try Converter().outline(options(for: file)).outline.evidence
            var lines = ""
            for record in records {
                let object: [String: Any] = [
                    "file": (file as NSString).lastPathComponent, "line": record.line,
                    "text": record.text, "stage": record.stage, "features": record.features,
                    "score": record.score, "heading": record.isHeading, "level": record.level,
                    "listed": record.listed, "subordinate": record.subordinate,
                ]
                let data = try JSONSerialization.data(withJSONObject: object, options: .sortedKeys)
                lines += String(decoding: data, as: UTF8.self) + "\n"
            }
            output.write(Data(lines.utf8))
        }
    }

    private func convert() throws {
        for file in files {
            var options = options(for: file)
            options.structure.recordsEvidence = false
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            options.outputPath = (outputDirectory as NSString).appendingPathComponent(
                name + ".epub")
            _ = try Converter().convert(options)
        }
    }
}

struct ToolError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

do {
    try TrainingTool(Array(CommandLine.arguments.dropFirst())).run()
} catch {
    FileHandle.standardError.write(Data("tobook-train: error: \(error)\n".utf8))
    exit(1)
}
