/// The Windows-1252 code page: 0x80–0x9F hold curly quotes, dashes and the euro sign, everything
/// else matches Latin-1. The five unassigned bytes map to the C1 controls, as WHATWG specifies.
enum Windows1252 {
    /// Unicode scalar values for bytes 0x80 through 0x9F.
    static let highBlock: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The scalar value for one byte.
    @inline(__always)
    static func scalar(for byte: UInt8) -> UInt32 {
        (0x80..<0xA0).contains(byte) ? highBlock[Int(byte) - 0x80] : UInt32(byte)
    }
}
