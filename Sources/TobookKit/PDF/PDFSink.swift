#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where cairo's PDF bytes go as it writes them: straight into the output's temporary file, so
/// memory stays flat however long the book.
final class PDFSink {
    private let descriptor: Int32
    private(set) var failure: Int32?
    private(set) var byteCount = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    func write(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
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
        byteCount += count
        return true
    }
}
