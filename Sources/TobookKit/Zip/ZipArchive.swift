import CLibzip

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
    }

    /// Adds one entry (`zip_source_buffer`, `zip_file_add`), stored or deflated at `level`, with
    /// its DOS time set by `zip_file_set_dostime` and mode 0644
    /// (`zip_file_set_external_attributes`).
    func add(_ entry: EPUBEntry, modified: DOSTimestamp, level: Int32) throws(ZipError) {
        guard let archive else { throw ZipError(message: "archive already closed") }
        // libzip ignores (and so never frees) the buffer of an empty entry: give it none.
        let copy = entry.bytes.isEmpty ? nil : malloc(entry.bytes.count)
        if !entry.bytes.isEmpty && copy == nil { throw ZipError(message: "out of memory") }
        entry.bytes.withUnsafeBytes { bytes in
            if let copy, let base = bytes.baseAddress { memcpy(copy, base, bytes.count) }
        }
        guard let data = zip_source_buffer(archive, copy, zip_uint64_t(entry.bytes.count), 1) else {
            free(copy)
            throw ZipError(archive: archive)
        }
        let index = zip_file_add(
            archive, entry.path, data, zip_flags_t(ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE))
        guard index >= 0 else {
            zip_source_free(data)
            throw ZipError(archive: archive)
        }
        let index64 = zip_uint64_t(index)
        let method = entry.compression == .stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE
        let unixRegularFile: zip_uint32_t = 0o100644 << 16
        let flags = entry.compression == .stored ? 0 : zip_uint32_t(level)
        guard zip_set_file_compression(archive, index64, Int32(method), flags) == 0,
            zip_file_set_dostime(archive, index64, modified.time, modified.date, 0) == 0,
            zip_file_set_external_attributes(
                archive, index64, 0, zip_uint8_t(ZIP_OPSYS_UNIX), unixRegularFile) == 0
        else { throw ZipError(archive: archive) }
    }

    /// Writes the archive (`zip_close`) and reads the finished bytes back from the buffer source.
    func finish() throws(ZipError) -> [UInt8] {
        guard let archive else { throw ZipError(message: "archive already closed") }
        guard zip_close(archive) == 0 else { throw ZipError(archive: archive) }
        self.archive = nil
        guard zip_source_open(source) == 0 else { throw sourceError() }
        defer { zip_source_close(source) }
        guard zip_source_seek(source, 0, SEEK_END) == 0 else { throw sourceError() }
        let size = zip_source_tell(source)
        guard size >= 0, zip_source_seek(source, 0, SEEK_SET) == 0 else { throw sourceError() }
        var bytes = [UInt8](repeating: 0, count: Int(size))
        let read = bytes.withUnsafeMutableBytes {
            zip_source_read(source, $0.baseAddress, zip_uint64_t(size))
        }
        guard read == size else { throw sourceError() }
        return bytes
    }

    private func sourceError() -> ZipError {
        ZipError(message: String(cString: zip_error_strerror(zip_source_error(source))))
    }
}
