import Foundation

/// Where things are: the package checkout, the shared corpus beside it, and scratch folders.
public enum Paths {
    /// The package root, found from this file's own path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` next to the checkout, as CI places it.
    public static let corpus: URL = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus")

    /// The `tobook` binary SwiftPM built next to the test bundle.
    public static var tobookBinary: URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("tobook")
    }

    /// A new empty folder, unique to the caller.
    public static func scratchFolder(_ label: String = "tobook-test") throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Names of the files in a folder, sorted, hidden ones included.
    public static func contents(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }
}
