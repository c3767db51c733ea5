import Foundation

/// Messages on standard error in Unix style: `tobook: error: …`, `tobook: warning: …`.
/// The label is coloured only when standard error is a terminal and `NO_COLOR` is unset.
struct Console {
    let colored: Bool

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        colored = isatty(STDERR_FILENO) == 1 && !noColor && environment["TERM"] != "dumb"
    }

    func error(_ message: String) {
        write(label: "error:", color: "1;31", message)
    }

    func warning(_ message: String) {
        write(label: "warning:", color: "1;33", message)
    }

    /// The one line a successful run prints.
    func status(_ message: String) {
        FileHandle.standardError.write(Data("tobook: \(message)\n".utf8))
    }

    private func write(label: String, color: String, _ message: String) {
        let shown = colored ? "\u{1B}[\(color)m\(label)\u{1B}[0m" : label
        let singleLine = message.replacingOccurrences(of: "\n", with: " ")
        FileHandle.standardError.write(Data("tobook: \(shown) \(singleLine)\n".utf8))
    }
}
