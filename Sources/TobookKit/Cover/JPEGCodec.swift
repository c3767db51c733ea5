import CJPEG

/// libjpeg, through the C shim that turns its longjmp errors into return codes.
enum JPEGCodec {
    /// Packed RGB rows to JPEG bytes; nil only if libjpeg fails (out of memory).
    static func encode(rgb: [UInt8], width: Int, height: Int, quality: Int32) -> [UInt8]? {
        var output: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        let status = rgb.withUnsafeBufferPointer { pixels in
            tobook_jpeg_encode(
                pixels.baseAddress, Int32(width), Int32(height), quality, &output, &size)
        }
        guard status == 0, let output else { return nil }
        defer { tobook_jpeg_free(output) }
        return Array(UnsafeBufferPointer(start: output, count: Int(size)))
    }

    /// The size of a JPEG that decodes to the end without damage; nil otherwise.
    static func dimensions(of bytes: [UInt8]) -> (width: Int, height: Int)? {
        var width: Int32 = 0
        var height: Int32 = 0
        let status = bytes.withUnsafeBufferPointer { data in
            tobook_jpeg_check(data.baseAddress, UInt(data.count), &width, &height)
        }
        return status == 0 && width > 0 && height > 0 ? (Int(width), Int(height)) : nil
    }
}

/// A JPEG written band by band from Cairo RGB24 pixels; owns libjpeg's compressor until
/// `finish` hands back the bytes. They equal `JPEGCodec.encode`'s (optimized Huffman tables),
/// though the shim optimizes the tables from the finished file: libjpeg's own optimize_coding
/// would keep the whole image's coefficients, 12 MB for a cover.
final class JPEGBandWriter {
    private var writer: OpaquePointer?

    init?(width: Int, height: Int, quality: Int32) {
        guard let made = tobook_jpeg_writer_new(Int32(width), Int32(height), quality) else {
            return nil
        }
        writer = made
    }

    deinit {
        tobook_jpeg_writer_abandon(writer)
    }

    /// Appends `rows` rows of 32-bit pixels, `stride` bytes apart.
    func write(_ pixels: UnsafePointer<UInt8>, stride: Int, rows: Int) -> Bool {
        guard let writer else { return false }
        if tobook_jpeg_writer_write(writer, pixels, Int32(stride), Int32(rows)) != 0 {
            self.writer = nil  // freed by the shim
            return false
        }
        return true
    }

    func finish() -> [UInt8]? {
        guard let writer else { return nil }
        self.writer = nil  // freed by the shim either way
        var output: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        guard tobook_jpeg_writer_finish(writer, &output, &size) == 0, let output else {
            return nil
        }
        defer { tobook_jpeg_free(output) }
        return Array(UnsafeBufferPointer(start: output, count: Int(size)))
    }
}
