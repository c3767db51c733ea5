import CTempFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one: the bytes go
/// to a temporary file in the target folder (same file system), which is renamed over the target.
/// On any failure the temporary file is removed, so no partial book is ever left behind.
public struct AtomicFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// `-o -`: the book goes to standard output, written straight through (a pipe has no
    /// folder to hold a temporary file; the reader sees the end of the stream or an error).
    public static let standardOutputPath = "-"

    public var isStandardOutput: Bool { path == Self.standardOutputPath }

    /// Checks before any work is done that the target folder exists and accepts files (or
    /// that standard output is not a terminal, which a binary book would garble).
    public func checkWritable() throws(TobookError) {
        if isStandardOutput {
            guard isatty(STDOUT_FILENO) == 0 else {
                throw .usage(
                    "will not write a book to a terminal: pipe or redirect standard output, or give -o BOOK.epub"
                )
            }
            return
        }
        let destination = try destination()
        var status = stat()
        if stat(destination, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw .outputUnwritable(path: path, reason: "it is a directory")
        }
        let folder = Self.folder(of: destination)
        guard stat(folder, &status) == 0 else {
            throw .outputUnwritable(
                path: path, reason: "folder '\(folder)': \(systemMessage(for: errno))")
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw .outputUnwritable(path: path, reason: "'\(folder)' is not a folder")
        }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw .outputUnwritable(
                path: path, reason: "folder '\(folder)': \(systemMessage(for: errno))")
        }
    }

    /// Writes all bytes through `mkstemp`, `write` and `rename`.
    public func write(_ bytes: [UInt8]) throws(TobookError) {
        try write { (descriptor: Int32) throws(TobookError) in
            try Self.writeAll(bytes, to: descriptor, path: path)
        }
    }

    /// Lets `produce` write into a temporary file in the target folder (`mkstemp`), then renames
    /// it into place; on any failure the temporary file is removed.
    public func write(_ produce: (Int32) throws(TobookError) -> Void) throws(TobookError) {
        if isStandardOutput {
            try produce(STDOUT_FILENO)
            return
        }
        let destination = try destination()
        let folder = Self.folder(of: destination)
        let base = destination.split(separator: "/").last.map(String.init) ?? "book"
        var template = Array("\(folder)/.\(base).tobook-XXXXXX".utf8CString)
        var slot: Int32 = -1
        let descriptor = template.withUnsafeMutableBufferPointer {
            tobook_tempfile_create($0.baseAddress!, &slot)
        }
        guard descriptor >= 0 else {
            throw .outputUnwritable(path: path, reason: systemMessage(for: errno))
        }
        defer { tobook_tempfile_forget(slot) }
        let temporary = String(
            decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var open = true
        do throws(TobookError) {
            try produce(descriptor)
            fchmod(descriptor, Self.creationMode)
            open = false
            guard close(descriptor) == 0 else {
                throw .outputUnwritable(path: path, reason: systemMessage(for: errno))
            }
            guard rename(temporary, destination) == 0 else {
                throw .outputUnwritable(path: path, reason: systemMessage(for: errno))
            }
        } catch {
            if open { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    /// The file to replace: the path itself or, when it is a symbolic link, the file the link
    /// points to, so the link survives (`cp` writes through links too); a link to nothing is
    /// refused, as `cp` refuses it, rather than replaced by a file.
    func destination() throws(TobookError) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return path }
        guard let resolved = realpath(path, nil) else {
            throw .outputUnwritable(
                path: path,
                reason: "it is a symbolic link to a missing file (\(systemMessage(for: errno)))")
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Makes SIGINT, SIGTERM, SIGHUP and SIGQUIT remove any temporary file being written before
    /// the process ends by that signal; a command-line front calls this once at start.
    public static func removeTemporaryFilesOnSignals() {
        tobook_tempfile_remove_on_signals()
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String)
        throws(TobookError)
    {
        let failure = bytes.withUnsafeBytes { buffer -> TobookError? in
            do throws(TobookError) {
                try writeAll(buffer, to: descriptor, path: path)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// Writes every byte of `bytes` to `descriptor`, retrying short writes and `EINTR`; a
    /// failure is the output's (`path`'s) error.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String)
        throws(TobookError)
    {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let result = writeSome(
                descriptor, base.assumingMemoryBound(to: UInt8.self) + written,
                bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                throw .outputUnwritable(path: path, reason: systemMessage(for: errno))
            }
            written += result
        }
    }

    /// 0666 less the umask, what `open(O_CREAT)` would give; `mkstemp` creates files as 0600.
    /// Read once: `umask` can only be read by setting it, which must not race with other threads.
    private static let creationMode: mode_t = {
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }()

    /// The folder part of a path, `.` when there is none.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }
}

/// `write(2)`, under a name the `AtomicFile.write(_:)` method does not shadow.
private func writeSome(_ descriptor: Int32, _ buffer: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
