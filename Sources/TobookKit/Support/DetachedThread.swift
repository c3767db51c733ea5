#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starts a thread of its own that nobody joins, as Foundation's `Thread` did: the EPUB's
/// pages, the PDF's drawing and its second measuring pass run on such threads. Over pthread
/// directly, since Foundation (6.5 MB of libraries loaded on every run) is no longer linked.
enum DetachedThread {
    /// Pango, HarfBuzz and Cairo's PDF surface recurse deeply: 8 MB, as the main thread has.
    static let stackSize = 8 << 20

    /// Runs `body` on a new detached thread (`pthread_create` with `stackSize` set by
    /// `pthread_attr_setstacksize`). A process that cannot make a thread stops here: the
    /// callers would otherwise wait for its work for ever.
    static func start(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Body(body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        let status = pthread_create(
            &thread, &attributes,
            { context in
                guard let context else { return nil }
                Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
                return nil
            }, box)
        precondition(status == 0, "cannot start a thread: \(systemMessage(for: status))")
    }

    /// The closure, boxed to pass through `pthread_create`'s context pointer.
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
