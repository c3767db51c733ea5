import FoundationEssentials

/// Where each input of a batch writes its book: beside the input, or in `--output-dir`. Two
/// inputs that would write the same book are refused before any work ("a.txt" and "a.md").
public enum BatchPlan {
    /// File name endings `--recursive` takes as text in a folder.
    public static let textExtensions: Set<String> = ["txt", "text"]

    /// `--recursive`: each folder among the inputs replaced by the text files in it and its
    /// subfolders (hidden ones skipped), in path order; files stay as given.
    public static func expanding(_ inputs: [String]) throws(TobookError) -> [String] {
        var result: [String] = []
        for input in inputs {
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory),
                isDirectory
            else {
                result.append(input)
                continue
            }
            guard let listed = textFiles(in: input) else {
                throw .inputUnreadable(path: input, reason: "the folder cannot be listed")
            }
            let found = listed.map { (input.hasSuffix("/") ? input : input + "/") + $0 }
            guard !found.isEmpty else {
                throw .usage("\(input): no .txt or .text files in this folder or its subfolders")
            }
            result += found.sorted()
        }
        return result
    }

    /// The text files under `folder`, as paths relative to it: hidden files and folders
    /// skipped, symbolic links neither followed nor taken (as `FileManager.enumerator` with
    /// `.skipsHiddenFiles` and `isRegularFile` walked it); nil when `folder` cannot be listed.
    private static func textFiles(in folder: String) -> [String]? {
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: folder) else { return nil }
        var found: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            let type = (try? files.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            if type == .typeDirectory {
                found += (textFiles(in: path) ?? []).map { name + "/" + $0 }
            } else if type == .typeRegular,
                textExtensions.contains(PathName.pathExtension(name).lowercased())
            {
                found.append(name)
            }
        }
        return found
    }

    public static func outputPaths(
        for inputs: [String], directory: String?, format: ConversionOptions.Format
    ) throws(TobookError) -> [String] {
        let paths = inputs.map { input in
            let name = input.split(separator: "/").last.map(String.init) ?? input
            let base = directory.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + name } ?? input
            return OutputPath.replacingExtension(of: base, with: format.fileExtension)
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

    /// `--combine` without `-o`: the book is named after the first file's folder and written
    /// there, or in `directory` (`novel/ch1.txt novel/ch2.txt` → `novel/novel.epub`).
    public static func collectionPath(
        for inputs: [String], directory: String?, format: ConversionOptions.Format
    ) -> String {
        let first = inputs.first ?? "."
        let folder = first.lastIndex(of: "/").map { String(first[..<$0]) } ?? "."
        let resolved = URL(fileURLWithPath: folder.isEmpty ? "/" : folder)
            .standardizedFileURL.resolvingSymlinksInPath().lastPathComponent
        let stem = resolved.drop { $0 == "." }
        let name = stem.isEmpty || stem == "/" ? "book" : String(stem)
        let base = directory ?? (folder == "." ? nil : folder.isEmpty ? "/" : folder)
        let path = base.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + name } ?? name
        return path + "." + format.fileExtension
    }
}
