import Glibc

/// Writes to standard error unbuffered, as `FileHandle.standardError.write` did: `write(2)`
/// directly, since `FileHandle` belongs to the Foundation tobook no longer links (6.5 MB of
/// libraries and 3 ms on every run).
enum StandardError {
    /// `write(2)` until every byte is out (or the descriptor fails, when nothing more can be
    /// said anyway).
    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
