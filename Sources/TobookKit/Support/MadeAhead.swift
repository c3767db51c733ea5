/// Items `0..<count` made on two threads of their own, ahead of a consumer that takes them in
/// order: each thread makes every other item and runs at most `lookahead` items ahead, so the
/// memory held stays a few items whatever the count. The EPUB's pages are rendered and
/// deflated so while libzip writes the archive, which then only copies them.
///
/// Threads of their own, not Dispatch's pool: a batch run fills the pool with books, each of
/// which would wait here for work the pool could not start.
final class MadeAhead<Item>: @unchecked Sendable {
    private let condition = Condition()
    private var slots: [Item?]
    private var delivered: [Bool]
    /// Items before this index have been taken (or passed over).
    private var next = 0
    private var isCancelled = false
    private let make: (Int) -> Item
    private let window: Int

    init(count: Int, lookahead: Int = 8, make: @escaping (Int) -> Item) {
        slots = Array(repeating: nil, count: count)
        delivered = Array(repeating: false, count: count)
        self.make = make
        window = max(2, lookahead)
        for lane in 0..<min(2, count) {
            DetachedThread.start { [self] in run(lane: lane, count: count) }
        }
    }

    private func run(lane: Int, count: Int) {
        for index in stride(from: lane, to: count, by: 2) {
            condition.lock()
            while !isCancelled && index >= next + window { condition.wait() }
            let stop = isCancelled
            condition.unlock()
            if stop { return }
            let item = make(index)
            condition.lock()
            if !isCancelled { slots[index] = item }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Item `index`, made ahead (waited for if need be). Asked twice, or after the consumer
    /// has given up, it is made again on the caller's thread.
    func take(_ index: Int) -> Item {
        condition.lock()
        guard !delivered[index], !isCancelled else {
            condition.unlock()
            return make(index)
        }
        // Asked out of order: the threads may run up to it.
        next = max(next, index)
        condition.broadcast()
        while !isCancelled && slots[index] == nil { condition.wait() }
        guard !isCancelled else {
            condition.unlock()
            return make(index)
        }
        let item = slots[index].take()!
        delivered[index] = true
        next = max(next, index + 1)
        condition.broadcast()
        condition.unlock()
        return item
    }

    /// Stops the threads (after the item each is making) and drops what is left: call once
    /// the consumer is done, or gives up.
    func cancel() {
        condition.lock()
        isCancelled = true
        slots = []
        condition.broadcast()
        condition.unlock()
    }
}
