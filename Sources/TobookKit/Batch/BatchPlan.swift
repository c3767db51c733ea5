/// Where each input of a batch writes its book: beside the input, or in `--output-dir`. Two
/// inputs that would write the same book are refused before any work ("a.txt" and "a.md").
public enum BatchPlan {
    public static func outputPaths(
        for inputs: [String], directory: String?, format: ConversionOptions.Format
    ) throws(TobookError) -> [String] {
        let paths = inputs.map { input in
            let name = input.split(separator: "/").last.map(String.init) ?? input
            let base = directory.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + name } ?? input
            return OutputPath.replacingExtension(of: base, with: format.rawValue)
        }
        var seen: [String: String] = [:]
        for (input, path) in zip(inputs, paths) {
            if let other = seen[path] {
                throw .usage("\(other) and \(input) would both be written to \(path)")
            }
            seen[path] = input
        }
        return paths
    }
}
