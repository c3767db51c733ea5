import Testing

@testable import TobookKit

/// The band writer streams with libjpeg's standard tables and then optimizes the tables itself,
/// to spare the whole-image buffer of libjpeg's optimize_coding; its bytes must still be the
/// ones optimize_coding writes (`JPEGCodec.encode`), or every book's checksum would change.
@Suite("JPEG band writer")
struct JPEGBandWriterTests {
    /// A test picture: flat with a disc, gradients, fine text-like strokes, or noise.
    static func pixel(_ kind: Int, x: Int, y: Int, width: Int, height: Int) -> (UInt8, UInt8, UInt8)
    {
        switch kind {
        case 0:
            let inside = (x - width / 2) * (x - width / 2) + (y - height / 2) * (y - height / 2)
            return inside < width * height / 9 ? (190, 20, 40) : (245, 240, 228)
        case 1:
            return (UInt8(x * 255 / width), UInt8(y * 255 / height), UInt8((x ^ y) & 255))
        case 2:
            let ink = (x / 3 + y / 5) % 4 == 0 && (y / 40) % 2 == 0
            return ink ? (25, 30, 45) : (250, 246, 238)
        default:
            var seed = UInt32(truncatingIfNeeded: x &* 73_856_093 ^ y &* 19_349_663)
            seed = seed &* 1_103_515_245 &+ 12345
            return (UInt8(seed >> 24), UInt8((seed >> 16) & 255), UInt8((seed >> 8) & 255))
        }
    }

    /// The picture as packed RGB (for `JPEGCodec.encode`) and as Cairo's 32-bit pixels.
    static func picture(_ kind: Int, width: Int, height: Int) -> (rgb: [UInt8], cairo: [UInt8]) {
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        var cairo = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let (r, g, b) = pixel(kind, x: x, y: y, width: width, height: height)
                let at = y * width + x
                rgb[3 * at] = r
                rgb[3 * at + 1] = g
                rgb[3 * at + 2] = b
                // Cairo's RGB24 is a native-endian 0xXXRRGGBB word.
                let word = (UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)).littleEndian
                withUnsafeBytes(of: word) { bytes in
                    for i in 0..<3 { cairo[4 * at + i] = bytes[i] }
                }
            }
        }
        return (rgb, cairo)
    }

    @Test(
        "Band by band, the bytes are libjpeg's optimize_coding bytes",
        arguments: [
            (0, 1600, 2560, 90, 160), (1, 333, 517, 90, 7), (2, 800, 1280, 90, 160),
            (3, 257, 129, 100, 64), (3, 64, 48, 25, 1), (2, 1, 1, 90, 1),
        ])
    func sameBytes(kind: Int, width: Int, height: Int, quality: Int32, band: Int) throws {
        let picture = Self.picture(kind, width: width, height: height)
        let expected = try #require(
            JPEGCodec.encode(rgb: picture.rgb, width: width, height: height, quality: quality))
        let writer = try #require(JPEGBandWriter(width: width, height: height, quality: quality))
        try picture.cairo.withUnsafeBufferPointer { pixels in
            let base = try #require(pixels.baseAddress)
            for top in stride(from: 0, to: height, by: band) {
                let rows = min(band, height - top)
                #expect(writer.write(base + top * width * 4, stride: width * 4, rows: rows))
            }
        }
        let bytes = try #require(writer.finish())
        #expect(bytes == expected)
    }
}
