#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of one input with the facts reproducibility needs, read with POSIX calls so each
/// failure (missing, directory, permission) maps to its own error.
public struct InputFile: Sendable {
    /// What messages call the input: the path as given, or `<stdin>`.
    public let displayName: String
    public let bytes: [UInt8]
    /// Seconds since 1970 of the last modification; nil for standard input.
    public let modificationTime: Int64?
    /// Device and inode, to refuse an output that is the input under another name.
    let identity: FileIdentity?

    public init(displayName: String, bytes: [UInt8], modificationTime: Int64? = nil) {
        self.displayName = displayName
        self.bytes = bytes
        self.modificationTime = modificationTime
        self.identity = nil
    }

    /// Reads a whole file with `open`, `fstat` and `read`, refusing one over `limit` bytes
    /// before reading it.
    public static func read(path: String, limit: Int = .max) throws(TobookError) -> InputFile {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: throw .inputNotFound(path: path)
            default: throw .inputUnreadable(path: path, reason: systemMessage(for: code))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .inputUnreadable(path: path, reason: systemMessage(for: errno))
        }
        if status.st_mode & S_IFMT == S_IFDIR { throw .inputIsDirectory(path: path) }
        if Int(status.st_size) > limit {
            throw .inputTooLarge(path: path, size: Int(status.st_size), limit: limit)
        }
        let bytes = try readAll(
            descriptor, sizeHint: Int(status.st_size), name: path, limit: limit)
        return InputFile(
            displayName: path, bytes: bytes, modificationTime: Int64(status.st_mtim.tv_sec),
            identity: FileIdentity(status))
    }

    /// Reads standard input to its end, or until it passes `limit` bytes.
    public static func readStandardInput(limit: Int = .max) throws(TobookError) -> InputFile {
        let bytes = try readAll(STDIN_FILENO, sizeHint: 0, name: "<stdin>", limit: limit)
        return InputFile(displayName: "<stdin>", bytes: bytes, modificationTime: nil, identity: nil)
    }

    private init(
        displayName: String, bytes: [UInt8], modificationTime: Int64?, identity: FileIdentity?
    ) {
        self.displayName = displayName
        self.bytes = bytes
        self.modificationTime = modificationTime
        self.identity = identity
    }

    /// Reads to the end; a pipe or a file that grows while being read still stops at `limit`.
    private static func readAll(_ descriptor: Int32, sizeHint: Int, name: String, limit: Int)
        throws(TobookError)
        -> [UInt8]
    {
        var bytes = [UInt8]()
        var capacity = max(sizeHint + 1, 64 * 1024)
        var count = 0
        while true {
            if bytes.count < capacity {
                bytes.append(contentsOf: repeatElement(0, count: capacity - bytes.count))
            }
            let got = bytes.withUnsafeMutableBufferPointer { buffer in
                readSome(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                let code = errno
                if code == EISDIR { throw .inputIsDirectory(path: name) }
                throw .inputUnreadable(path: name, reason: systemMessage(for: code))
            }
            if got == 0 { break }
            count += got
            if count > limit { throw .inputTooLarge(path: name, size: count, limit: limit) }
            if count == capacity { capacity *= 2 }
        }
        bytes.removeSubrange(count...)
        return bytes
    }
}

/// A file's device and inode number: equal identities mean the same file.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    /// The identity of the file at `path`, or nil when nothing is there.
    static func of(path: String) -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileIdentity(status)
    }
}

/// `read(2)`, under a name the `InputFile.read(path:)` method does not shadow.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int)
    -> Int
{
    read(descriptor, buffer, count)
}
