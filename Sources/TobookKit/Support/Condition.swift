#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A mutex with a condition variable, as Foundation's `NSCondition` was: the threads that make
/// pages and items ahead wait on it. Over pthread directly, since Foundation (with its 6.5 MB
/// of libraries loaded on every run) is what tobook no longer links.
final class Condition: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let variable = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    /// `pthread_mutex_init` and `pthread_cond_init` with default attributes (which cannot fail).
    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(variable, nil)
    }

    deinit {
        pthread_cond_destroy(variable)
        pthread_mutex_destroy(mutex)
        variable.deallocate()
        mutex.deallocate()
    }

    /// `pthread_mutex_lock`.
    func lock() { pthread_mutex_lock(mutex) }

    /// `pthread_mutex_unlock`.
    func unlock() { pthread_mutex_unlock(mutex) }

    /// `pthread_cond_wait`: unlocks, waits for a broadcast (or a spurious wake-up, so callers
    /// wait in a loop on their own condition) and locks again.
    func wait() { pthread_cond_wait(variable, mutex) }

    /// `pthread_cond_broadcast`: wakes every waiting thread.
    func broadcast() { pthread_cond_broadcast(variable) }
}
