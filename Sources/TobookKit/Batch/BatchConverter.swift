import Dispatch
import Synchronization

/// Converts many inputs, each to its own book, `jobs` at a time: a failing input is reported
/// and the others go on. Results come back in input order, whatever order they finished in.
public struct BatchConverter: Sendable {
    public var jobs: Int

    public init(jobs: Int) {
        self.jobs = max(1, jobs)
    }

    /// What the caller hears while the batch runs (from the worker threads).
    public enum Event: Sendable {
        case started(index: Int)
        case finished(index: Int, Result<ConversionResult, TobookError>)
    }

    public func convert(
        _ batch: [ConversionOptions], events: @escaping @Sendable (Event) -> Void = { _ in }
    ) -> [Result<ConversionResult, TobookError>] {
        let state = BatchState(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
            while let index = state.next() {
                events(.started(index: index))
                let result: Result<ConversionResult, TobookError>
                do throws(TobookError) {
                    result = .success(try Converter().convert(batch[index]))
                } catch {
                    result = .failure(error)
                }
                state.record(result, at: index)
                events(.finished(index: index, result))
            }
        }
        return state.results()
    }
}

/// The queue of inputs and their results, shared by the workers under a lock.
private final class BatchState: @unchecked Sendable {
    private struct Queue {
        var nextIndex = 0
        var outcomes: [Result<ConversionResult, TobookError>?]
    }
    private let queue: Mutex<Queue>
    private let count: Int

    init(count: Int) {
        self.count = count
        queue = Mutex(Queue(outcomes: Array(repeating: nil, count: count)))
    }

    func next() -> Int? {
        queue.withLock { queue in
            guard queue.nextIndex < count else { return nil }
            defer { queue.nextIndex += 1 }
            return queue.nextIndex
        }
    }

    func record(_ result: Result<ConversionResult, TobookError>, at index: Int) {
        queue.withLock { $0.outcomes[index] = result }
    }

    func results() -> [Result<ConversionResult, TobookError>] {
        queue.withLock { queue in
            queue.outcomes.map {
                $0 ?? .failure(.internalFailure(reason: "an input was never converted"))
            }
        }
    }
}
