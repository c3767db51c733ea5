/// Makes the Cairo calls of finished pages on a thread of its own, while the composing thread
/// sets the pages after them: Cairo's work (writing each page's content stream, compressing
/// it, subsetting fonts) is about a third of a novel's PDF time, and the machine has a second
/// core. The pages are drawn in the order given, so the bytes are those one thread writes.
///
/// Ownership, so that neither Pango nor Swift's reference counts race:
/// - the drawing thread calls Cairo only (`PageCommand`, `CairoTextLine`); the composing
///   thread touches the document only when the drawing thread is idle (`waitUntilIdle`);
/// - the pages hold values and set paragraphs, whose shaped runs nothing changes once made
///   (reference counts are atomic), released on the composing thread all the same: it keeps
///   every page it sent until the drawing thread has done with it, so a run's Pango items
///   are freed there.
final class PageDrawer: @unchecked Sendable {
    private let document: CairoPDFDocument
    private let condition = Condition()
    /// Guarded by `condition`: pages sent and not yet taken, pages drawn, and whether the
    /// composing thread has sent its last page, and the drawing thread has ended.
    private var queue: [[PageCommand]] = []
    private var drawn = 0
    private var closed = false
    private var ended = false
    /// The composing thread's own: pages sent, and those kept until drawn.
    private var sent = 0
    private var kept: [[PageCommand]] = []
    /// Pages sent ahead of the drawing at most: enough to ride out a long page, few enough to
    /// keep memory flat.
    static let pagesAhead = 8

    init(document: CairoPDFDocument) {
        self.document = document
        // Cairo's PDF surface recurses while it writes a page: the thread has 8 MB of stack.
        DetachedThread.start { [self] in drawPages() }
    }

    /// Sends a page to be drawn; waits while the drawing is `pagesAhead` pages behind.
    /// Returns how many pages sent are not drawn yet, this one and the one being drawn included.
    @discardableResult
    func send(_ page: [PageCommand]) -> Int {
        condition.lock()
        while sent - drawn >= Self.pagesAhead { condition.wait() }
        queue.append(page)
        sent += 1
        let done = drawn
        condition.broadcast()
        condition.unlock()
        kept.append(page)
        release(upTo: done)
        return sent - done
    }

    /// Waits until every page sent is drawn: the document is then the caller's to draw on.
    func waitUntilIdle() {
        condition.lock()
        while drawn < sent { condition.wait() }
        condition.unlock()
        release(upTo: sent)
    }

    /// Waits for the last page and ends the drawing thread.
    func finish() {
        waitUntilIdle()
        condition.lock()
        closed = true
        condition.broadcast()
        while !ended { condition.wait() }
        condition.unlock()
    }

    /// Drops the pages drawn so far (`drawn` of those sent), on the composing thread.
    private func release(upTo done: Int) {
        let drop = kept.count - (sent - done)
        if drop > 0 { kept.removeFirst(drop) }
    }

    /// The drawing thread: takes pages in order until the last.
    private func drawPages() {
        while drawNextPage() {
            condition.lock()
            drawn += 1
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    /// Draws the next page; false once the composing thread has closed the queue. The page is
    /// let go before this returns, so the kept copy is the last reference to it.
    private func drawNextPage() -> Bool {
        condition.lock()
        while queue.isEmpty && !closed { condition.wait() }
        guard !queue.isEmpty else {
            condition.unlock()
            return false
        }
        let page = queue.removeFirst()
        condition.unlock()
        for command in page { command.draw(on: document) }
        return true
    }
}
