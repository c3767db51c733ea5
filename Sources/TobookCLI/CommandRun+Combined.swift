import TobookKit

extension CommandRun {
    /// Every input (the files of folders, with `--recursive`) into one book.
    func combined() throws {
        let paths: [String]
        do throws(TobookError) {
            paths = files.recursive ? try BatchPlan.expanding(files.inputs) : files.inputs
        } catch {
            throw failure(error)
        }
        let output =
            files.output
            ?? BatchPlan.collectionPath(for: paths, directory: files.outputDir, format: format)
        var options = options(for: paths[0], output: output)
        options.input = .combined(paths)
        do throws(TobookError) {
            try convert(
                options, name: output.split(separator: "/").last.map(String.init) ?? output,
                bytes: paths.reduce(0) { $0 + Self.fileSize($1) })
        } catch {
            throw failure(error)
        }
    }
}
