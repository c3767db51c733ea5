import FoundationEssentials
import Glibc

/// Messages on standard error in Unix style: `tobook: error: …`, `tobook: warning: …`.
/// The label is coloured only when standard error is a terminal and `NO_COLOR` is unset;
/// `--quiet` keeps only the errors.
struct Console: Sendable {
    let colored: Bool
    let quiet: Bool
    /// Standard error is a terminal (where a progress line may be drawn).
    let isTerminal: Bool

    init(quiet: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        isTerminal = isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb"
        colored = isTerminal && !noColor
        self.quiet = quiet
    }

    func error(_ message: String) {
        write(label: "error:", color: "1;31", message)
    }

    func warning(_ message: String) {
        guard !quiet else { return }
        write(label: "warning:", color: "1;33", message)
    }

    /// The one line a successful run prints.
    func status(_ message: String) {
        guard !quiet else { return }
        StandardError.write("tobook: \(message)\n")
    }

    private func write(label: String, color: String, _ message: String) {
        let shown = colored ? "\u{1B}[\(color)m\(label)\u{1B}[0m" : label
        let singleLine = message.replacing("\n", with: " ")
        StandardError.write("tobook: \(shown) \(singleLine)\n")
    }
}
