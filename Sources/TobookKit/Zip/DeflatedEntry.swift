import CDeflate
import Glibc

/// One ZIP entry's bytes deflated ahead of `zip_close`, exactly as libzip would deflate them
/// (`tobook_deflate_entry`), with the CRC and size of the original: libzip then copies them as
/// they are, so the work can be done on another core while the archive is written.
struct DeflatedEntry: Sendable {
    let compressed: [UInt8]
    let size: Int
    let crc: UInt32

    /// Nil when zlib fails (out of memory), and at levels 1, 2 and 9, which libzip marks in the
    /// header's flags (fast, maximum) only when it deflates the entry itself: the entry is then
    /// deflated by libzip as usual.
    init?(_ bytes: [UInt8], level: Int32) {
        guard (3...8).contains(level) else { return nil }
        var output: UnsafeMutablePointer<UInt8>?
        var outputSize = 0
        var crc: UInt32 = 0
        let status = bytes.withUnsafeBufferPointer {
            tobook_deflate_entry($0.baseAddress, $0.count, level, &output, &outputSize, &crc)
        }
        guard status == 0, let output else { return nil }
        defer { free(output) }
        compressed = Array(UnsafeBufferPointer(start: output, count: outputSize))
        size = bytes.count
        self.crc = crc
    }
}
