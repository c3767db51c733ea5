import Dispatch

extension Array {
    /// `transform` of each position in `0..<count`, worked out on two cores (every other run of
    /// 64 positions each: balanced, and the two never write the same cache line) and returned
    /// in order. For the parse's pure per-line and per-block work, whose result is the same
    /// however it is split; `transform` must only read shared state.
    static func concurrentlyMapped(count: Int, _ transform: (Int) -> Element) -> [Element] {
        let chunk = 64
        guard count > chunk else { return (0..<count).map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                let lanes = SharedLanes(buffer: buffer, transform: transform)
                DispatchQueue.concurrentPerform(iterations: 2) { lane in
                    let count = lanes.buffer.count
                    for run in stride(from: lane * chunk, to: count, by: 2 * chunk) {
                        for position in run..<Swift.min(run + chunk, count) {
                            (lanes.buffer.baseAddress! + position)
                                .initialize(to: lanes.transform(position))
                        }
                    }
                }
                initialized = count
            }
        }
    }
}

/// What the two lanes share: each writes only its own positions of the buffer.
private struct SharedLanes<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    let transform: (Int) -> Element
}
