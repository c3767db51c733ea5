#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where cairo's PDF bytes go as it writes them: into the output's temporary file through a
/// 256 KB buffer (cairo writes in pieces of a few bytes, a system call each unbuffered), so
/// memory stays flat however long the book.
final class PDFSink {
    private let descriptor: Int32
    private(set) var failure: Int32?
    private(set) var byteCount = 0
    private var buffer: [UInt8] = []
    static let bufferSize = 1 << 18

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.bufferSize)
    }

    func write(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard failure == nil else { return false }
        byteCount += count
        if buffer.count + count > Self.bufferSize {
            guard flush() else { return false }
            if count >= Self.bufferSize { return send(bytes, count: count) }
        }
        buffer.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        return true
    }

    /// Writes out what is buffered; false (with `failure` set) when the file refuses it.
    func flush() -> Bool {
        guard !buffer.isEmpty else { return failure == nil }
        let sent = buffer.withUnsafeBufferPointer { send($0.baseAddress!, count: $0.count) }
        buffer.removeAll(keepingCapacity: true)
        return sent
    }

    private func send(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        var written = 0
        while written < count {
            let result = Glibc.write(descriptor, bytes + written, count - written)
            if result < 0 {
                if errno == EINTR { continue }
                failure = errno
                return false
            }
            written += result
        }
        return true
    }
}
