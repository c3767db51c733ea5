import CLibzip

/// A ZIP archive built in memory with libzip. Owns the `zip_t` and its buffer source.
/// Entries are written in the order they are added, each with a fixed time and Unix mode, and
/// no extra fields, so the same entries always give the same bytes.
final class ZipArchive {
    private var archive: OpaquePointer?
    private let source: OpaquePointer

    /// Opens an empty archive over a growable memory buffer (`zip_source_buffer_create`,
    /// `zip_open_from_source`).
    init() throws(ZipError) {
        var error = zip_error_t()
        zip_error_init(&error)
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw ZipError(consuming: &error)
        }
        zip_source_keep(source)
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            zip_source_free(source)
            zip_source_free(source)
            throw ZipError(consuming: &error)
        }
        zip_error_fini(&error)
        self.source = source
        self.archive = archive
    }

    deinit {
        if let archive { zip_discard(archive) }
        zip_source_free(source)
        for release in releases { release() }
    }

    /// Run when the archive goes, written or not: what its entries' makers hold is let go.
    private var releases: [() -> Void] = []

    func onFinish(_ release: @escaping () -> Void) {
        releases.append(release)
    }

    /// Adds one entry, stored or deflated at `level`, with its DOS time set by
    /// `zip_file_set_dostime` and mode 0644 (`zip_file_set_external_attributes`). Its bytes are
    /// made by `contents` only when `zip_close` writes it (`ZipEntryReader`), and dropped after.
    func add(
        path: String, stored: Bool, modified: DOSTimestamp, level: Int32,
        contents: @escaping () -> [UInt8]
    ) throws(ZipError) {
        try add(path: path, stored: stored, modified: modified, level: level) {
            .plain(contents())
        }
    }

    /// The same, for contents that may come deflated already (`DeflatedEntry`, at `level`).
    func add(
        path: String, stored: Bool, modified: DOSTimestamp, level: Int32,
        contents: @escaping () -> ZipEntryReader.Contents
    ) throws(ZipError) {
        guard let archive else { throw ZipError(message: "archive already closed") }
        guard let data = ZipEntryReader.source(in: archive, contents) else {
            throw ZipError(archive: archive)
        }
        let index = zip_file_add(
            archive, path, data, zip_flags_t(ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE))
        guard index >= 0 else {
            zip_source_free(data)
            throw ZipError(archive: archive)
        }
        let index64 = zip_uint64_t(index)
        let method = stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE
        let unixRegularFile: zip_uint32_t = 0o100644 << 16
        let flags = stored ? 0 : zip_uint32_t(level)
        guard zip_set_file_compression(archive, index64, Int32(method), flags) == 0,
            zip_file_set_dostime(archive, index64, modified.time, modified.date, 0) == 0,
            zip_file_set_external_attributes(
                archive, index64, 0, zip_uint8_t(ZIP_OPSYS_UNIX), unixRegularFile) == 0
        else { throw ZipError(archive: archive) }
    }

    /// Writes the archive (`zip_close`) and reads the finished bytes back from the buffer source.
    func finish() throws(ZipError) -> [UInt8] {
        var bytes: [UInt8] = []
        try finish { chunk in bytes += chunk }
        return bytes
    }

    /// Writes the archive (`zip_close`) and hands the finished bytes to `consume` a slice at a
    /// time, so that no second copy of the whole archive is made; returns their total count.
    @discardableResult
    func finish(_ consume: (UnsafeRawBufferPointer) throws(ZipError) -> Void) throws(ZipError)
        -> Int
    {
        guard let archive else { throw ZipError(message: "archive already closed") }
        guard zip_close(archive) == 0 else { throw ZipError(archive: archive) }
        self.archive = nil
        guard zip_source_open(source) == 0 else { throw sourceError() }
        defer { zip_source_close(source) }
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        var total = 0
        while true {
            let read = chunk.withUnsafeMutableBytes {
                zip_source_read(source, $0.baseAddress, zip_uint64_t($0.count))
            }
            guard read >= 0 else { throw sourceError() }
            if read == 0 { return total }
            let failure = chunk.withUnsafeBytes { all -> ZipError? in
                do throws(ZipError) {
                    try consume(UnsafeRawBufferPointer(rebasing: all[..<Int(read)]))
                    return nil
                } catch {
                    return error
                }
            }
            if let failure { throw failure }
            total += Int(read)
        }
    }

    /// Bytes read back from the archive at a time.
    private static let chunkSize = 1 << 16

    private func sourceError() -> ZipError {
        ZipError(message: String(cString: zip_error_strerror(zip_source_error(source))))
    }
}
