import Dispatch

extension Array {
    /// `transform` of each of `indices`, worked out on two cores (every other index each) and
    /// returned in their order. For the parse's pure per-block work, whose result is the same
    /// however it is split; `transform` must only read shared state.
    static func concurrentlyMapped(
        _ indices: [Int], _ transform: (Int) -> Element
    ) -> [Element] {
        guard indices.count >= 2 else { return indices.map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            [Element](unsafeUninitializedCapacity: indices.count) { buffer, initialized in
                let lanes = SharedLanes(buffer: buffer, indices: indices, transform: transform)
                DispatchQueue.concurrentPerform(iterations: 2) { lane in
                    for position in stride(from: lane, to: lanes.indices.count, by: 2) {
                        (lanes.buffer.baseAddress! + position)
                            .initialize(to: lanes.transform(lanes.indices[position]))
                    }
                }
                initialized = indices.count
            }
        }
    }
}

/// What the two lanes share: each writes only its own positions of the buffer.
private struct SharedLanes<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    let indices: [Int]
    let transform: (Int) -> Element
}
