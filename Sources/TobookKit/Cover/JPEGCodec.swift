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
