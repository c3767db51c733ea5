import Foundation

/// Golden files: compares output with `Tests/TobookKitTests/Snapshots/NAME`, or writes it there
/// when `RECORD_SNAPSHOTS=1` (then review the diff with git before committing).
public enum Snapshot {
    public static let folder = Paths.packageRoot.appendingPathComponent(
        "Tests/TobookKitTests/Snapshots")

    /// Nil when the output matches; otherwise a message with the first differing line.
    public static func mismatch(_ actual: String, named name: String) throws -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no snapshot \(name): run the tests with RECORD_SNAPSHOTS=1 to record it"
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?
            .offset
            ?? min(expectedLines.count, actualLines.count)
        let show = { (lines: [Substring]) in line < lines.count ? String(lines[line]) : "<end>" }
        return
            "\(name) differs at line \(line + 1):\n  expected: \(show(expectedLines))\n  actual:   \(show(actualLines))"
    }
}
