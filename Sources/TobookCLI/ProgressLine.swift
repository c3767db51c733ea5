import Foundation

/// The one-line progress display of a batch on a terminal: files done, the file being
/// converted, time elapsed, redrawn in place. Nothing at all when standard error is not a
/// terminal or with `--quiet`; messages printed meanwhile clear the line first.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
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
            self.lock.withLock { self.draw() }
        }
        timer.resume()
        self.timer = timer
    }

    func started(_ name: String) {
        lock.withLock {
            running.append(name)
            draw()
        }
    }

    /// Marks `name` done and prints its messages (`report`) above the progress line.
    func finished(_ name: String, report: () -> Void) {
        lock.withLock {
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
        lock.withLock {
            timer = nil
            clear()
        }
    }

    private func draw() {
        guard isShown, done < total || !running.isEmpty else { return }
        let seconds = Int(Date().timeIntervalSince(start))
        let elapsed = String(format: "%d:%02d", seconds / 60, seconds % 60)
        let current = running.first.map { " · \($0)" } ?? ""
        var line = "tobook: [\(done)/\(total)]\(current) · \(elapsed)"
        if line.count > 100 { line = String(line.prefix(99)) + "…" }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    private func clear() {
        guard isShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
