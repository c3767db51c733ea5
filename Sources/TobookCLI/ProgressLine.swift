import Dispatch
import FoundationEssentials
import Synchronization

/// The one-line progress display of a batch on a terminal: files done, the file being
/// converted, time elapsed, redrawn in place. Nothing at all when standard error is not a
/// terminal or with `--quiet`; messages printed meanwhile clear the line first.
final class ProgressLine: @unchecked Sendable {
    private let lock = Mutex(())
    private let total: Int
    private let console: Console
    private let isShown: Bool
    private let start = Date()
    private var done = 0
    private var running: [String] = []
    /// Redraws every second, so the elapsed time moves during a long file.
    private var timer: DispatchSourceTimer?

    /// Shown on a terminal for a batch, or for one input when `showsSingle` (a large file).
    init(total: Int, console: Console, showsSingle: Bool = false) {
        self.total = total
        self.console = console
        isShown = console.isTerminal && !console.quiet && (total > 1 || showsSingle)
        guard isShown else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            self.lock.withLock { _ in self.draw() }
        }
        timer.resume()
        self.timer = timer
    }

    func started(_ name: String) {
        lock.withLock { _ in
            running.append(name)
            draw()
        }
    }

    /// Marks `name` done and prints its messages (`report`) above the progress line.
    func finished(_ name: String, report: () -> Void) {
        lock.withLock { _ in
            if let index = running.firstIndex(of: name) { running.remove(at: index) }
            done += 1
            clear()
            report()
            draw()
        }
    }

    /// Takes the line away for good.
    func end() {
        timer?.cancel()
        lock.withLock { _ in
            timer = nil
            clear()
        }
    }

    private func draw() {
        guard isShown, done < total || !running.isEmpty else { return }
        let seconds = Int(Date().timeIntervalSince(start))
        let secondsOfMinute = String(seconds % 60)
        let elapsed =
            "\(seconds / 60):"
            + String(repeating: "0", count: 2 - secondsOfMinute.count) + secondsOfMinute
        let current = running.first.map { " · \($0)" } ?? ""
        var line = "tobook: [\(done)/\(total)]\(current) · \(elapsed)"
        if line.count > 100 { line = String(line.prefix(99)) + "…" }
        StandardError.write("\r\u{1B}[K\(line)")
    }

    private func clear() {
        guard isShown else { return }
        StandardError.write("\r\u{1B}[K")
    }
}
