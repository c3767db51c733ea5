import CPangoCairo

/// Reads a PNG through Cairo (`cairo_image_surface_create_from_png_stream`) to prove it decodes,
/// and gives its size.
enum PNGDecoder {
    private final class Reader {
        let bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    static func dimensions(of bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            return nil
        }
        let reader = Reader(bytes)
        let read: cairo_read_func_t = { closure, data, length in
            let reader = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let wanted = Int(length)
            guard let data, reader.offset + wanted <= reader.bytes.count else {
                return CAIRO_STATUS_READ_ERROR
            }
            reader.bytes.withUnsafeBufferPointer { source in
                data.update(from: source.baseAddress! + reader.offset, count: wanted)
            }
            reader.offset += wanted
            return CAIRO_STATUS_SUCCESS
        }
        let surface = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream(
                read, Unmanaged.passUnretained(reader).toOpaque())
        }
        guard let surface else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        return width > 0 && height > 0 ? (width, height) : nil
    }
}
