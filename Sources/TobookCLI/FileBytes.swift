import Glibc

/// A file's bytes read to its end with `open(2)` and `read(2)`, as `FileHandle` read the config
/// file: FoundationEssentials' readers refuse what is not a regular file, and `/dev/null` (or a
/// pipe such as `<(...)`) must still read as a config file, empty or not.
enum FileBytes {
    /// Why the file could not be read: the C library's message.
    struct Failure: Error {
        var message: String
    }

    /// The bytes; nil when the file cannot be opened.
    static func read(_ path: String) throws(Failure) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            if count > 0 {
                bytes += buffer[..<count]
            } else if count == 0 {
                return bytes
            } else if errno != EINTR {
                throw Failure(message: String(cString: strerror(errno)))
            }
        }
    }
}
