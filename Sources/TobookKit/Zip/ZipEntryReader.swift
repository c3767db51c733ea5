import CLibzip

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One entry's bytes as a libzip source (`zip_source_function`): made when libzip first asks
/// for the entry while writing the archive and released as soon as it has read them, so only
/// the entry being deflated is in memory, never the whole book's pages at once.
final class ZipEntryReader {
    /// An entry's bytes as they are, or deflated ahead (`DeflatedEntry`), which libzip copies.
    enum Contents {
        case plain([UInt8])
        case deflated(DeflatedEntry)
    }

    private let produce: () -> Contents
    /// The bytes libzip reads: the plain bytes, or the deflated ones.
    private var bytes: [UInt8]?
    /// For deflated contents, what `STAT` reports beside the size: kept after the bytes go.
    private var deflated: (size: Int, crc: UInt32)?
    /// Known once the bytes have been made: libzip asks for it again after reading them.
    private var size: Int?
    private var offset = 0
    private var error = zip_error_t()

    init(_ produce: @escaping () -> Contents) {
        self.produce = produce
        zip_error_init(&error)
    }

    deinit {
        zip_error_fini(&error)
    }

    /// A libzip source over a new reader (`zip_source_function`); libzip owns the reader until
    /// it sends `ZIP_SOURCE_FREE`, whether or not the source is ever added.
    static func source(in archive: OpaquePointer, _ produce: @escaping () -> Contents)
        -> OpaquePointer?
    {
        let reader = Unmanaged.passRetained(ZipEntryReader(produce))
        guard let source = zip_source_function(archive, callback, reader.toOpaque()) else {
            reader.release()
            return nil
        }
        return source
    }

    /// The commands a readable source answers (what libzip's `ZIP_SOURCE_SUPPORTS_READABLE`
    /// macro sums; Swift cannot call the variadic `zip_source_make_command_bitmap`).
    private static let supported: zip_int64_t = [
        ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR,
        ZIP_SOURCE_FREE, ZIP_SOURCE_SUPPORTS,
    ].reduce(0) { $0 | (1 << zip_int64_t($1.rawValue)) }

    private static let callback: zip_source_callback = { context, data, length, command in
        guard let context else { return -1 }
        let unmanaged = Unmanaged<ZipEntryReader>.fromOpaque(context)
        if command == ZIP_SOURCE_FREE {
            unmanaged.release()
            return 0
        }
        return unmanaged.takeUnretainedValue().answer(command, data, length)
    }

    /// One command of libzip's source protocol. `STAT` reports what `zip_source_buffer` would
    /// (size, stored, unencrypted), so the archive's headers are byte for byte those of a
    /// buffer source; it needs the size, so the first `STAT` makes the bytes (which `OPEN`
    /// then reads) and later ones reuse the size.
    private func answer(
        _ command: zip_source_cmd_t, _ data: UnsafeMutableRawPointer?, _ length: zip_uint64_t
    ) -> zip_int64_t {
        switch command {
        case ZIP_SOURCE_OPEN:
            make()
            offset = 0
            return 0
        case ZIP_SOURCE_READ:
            return read(into: data, length)
        case ZIP_SOURCE_CLOSE:
            bytes = nil
            return 0
        case ZIP_SOURCE_STAT:
            return stat(into: data, length)
        case ZIP_SOURCE_ERROR:
            guard let data else { return -1 }
            return zip_error_to_data(&error, data, length)
        case ZIP_SOURCE_SUPPORTS:
            return Self.supported
        default:
            zip_error_set(&error, ZIP_ER_OPNOTSUPP, 0)
            return -1
        }
    }

    private func make() {
        guard bytes == nil else { return }
        switch produce() {
        case .plain(let plain):
            bytes = plain
            size = plain.count
        case .deflated(let entry):
            bytes = entry.compressed
            size = entry.size
            deflated = (entry.compressed.count, entry.crc)
        }
    }

    private func read(into data: UnsafeMutableRawPointer?, _ length: zip_uint64_t) -> zip_int64_t {
        guard let bytes, let data else {
            zip_error_set(&error, ZIP_ER_INTERNAL, 0)
            return -1
        }
        let count = min(Int(clamping: length), bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { memcpy(data, base + offset, count) }
        }
        offset += count
        return zip_int64_t(count)
    }

    private func stat(into data: UnsafeMutableRawPointer?, _ length: zip_uint64_t) -> zip_int64_t {
        guard let data, length >= MemoryLayout<zip_stat_t>.size else {
            zip_error_set(&error, ZIP_ER_INVAL, 0)
            return -1
        }
        if size == nil { make() }
        let status = data.assumingMemoryBound(to: zip_stat_t.self)
        zip_stat_init(status)
        status.pointee.size = zip_uint64_t(size ?? 0)
        status.pointee.comp_size = status.pointee.size
        status.pointee.comp_method = zip_uint16_t(ZIP_CM_STORE)
        status.pointee.encryption_method = zip_uint16_t(ZIP_EM_NONE)
        status.pointee.valid =
            zip_uint64_t(ZIP_STAT_SIZE) | zip_uint64_t(ZIP_STAT_COMP_SIZE)
            | zip_uint64_t(ZIP_STAT_COMP_METHOD) | zip_uint64_t(ZIP_STAT_ENCRYPTION_METHOD)
        if let deflated {
            status.pointee.comp_size = zip_uint64_t(deflated.size)
            status.pointee.comp_method = zip_uint16_t(ZIP_CM_DEFLATE)
            status.pointee.crc = deflated.crc
            status.pointee.valid |= zip_uint64_t(ZIP_STAT_CRC)
        }
        return zip_int64_t(MemoryLayout<zip_stat_t>.size)
    }
}
