import ArgumentParser
import FoundationEssentials
import TobookKit

extension CommandRun {
    /// Exit status when some inputs of a batch failed and the others were converted.
    static let batchFailureStatus: Int32 = 15

    /// Several inputs (or --output-dir): each to its own book, `--jobs` at a time, with a
    /// progress line on a terminal and a summary when anything failed.
    func batch() throws {
        let inputs: [String]
        let paths: [String]
        do throws(TobookError) {
            inputs = files.recursive ? try BatchPlan.expanding(files.inputs) : files.inputs
            paths = try BatchPlan.outputPaths(
                for: inputs, directory: files.outputDir, format: format)
        } catch {
            throw failure(error)
        }
        let batch = zip(inputs, paths).map { options(for: $0, output: $1) }
        let progress = ProgressLine(total: batch.count, console: console)
        let jobs = files.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let results = BatchConverter(jobs: jobs).convert(batch) { event in
            switch event {
            case .started(let index):
                progress.started(inputs[index])
            case .finished(let index, .success(let result)):
                progress.finished(inputs[index]) { report(result, name: inputs[index]) }
            case .finished(let index, .failure(let error)):
                progress.finished(inputs[index]) { console.error(error.message) }
            }
        }
        progress.end()
        do throws(TobookError) {
            for (options, result) in zip(batch, results) {
                if case .success(let result) = result {
                    try delivery.mail(result, options: options, console: console)
                }
            }
        } catch {
            throw failure(error)
        }
        let failed = zip(inputs, results).compactMap { input, result in
            if case .failure = result { input } else { nil }
        }
        guard !failed.isEmpty else { return }
        console.error(
            "\(failed.count) of \(inputs.count) files failed (\(failed.joined(separator: ", ")));"
                + " the other \(inputs.count - failed.count) were converted")
        throw ExitCode(Self.batchFailureStatus)
    }
}
