/// Decides whether bytes are text at all, before any decoding is tried.
enum BinarySniffer {
    /// Share of control bytes above which a file is treated as binary.
    /// Text with a few stray control bytes (a pasted escape code) stays well below it.
    static let controlShareLimit = 0.10

    /// Why the bytes look binary, or nil when they may be text in a byte-based encoding.
    static func binaryReason(for bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var controls = 0
        for byte in bytes where byte < 0x20 || byte == 0x7F {
            switch byte {
            case 0x00:
                return "it contains NUL bytes; for UTF-16 text without a BOM, add --encoding utf-16"
            case 0x09, 0x0A, 0x0C, 0x0D: continue
            default: controls += 1
            }
        }
        return share(controls, of: bytes.count).map { "\($0)% of its bytes are control codes" }
    }

    /// Share of malformed sequences in UTF-16 or UTF-32 above which the guess was wrong.
    static let malformedShareLimit = 0.01

    /// The percentage when `part` exceeds `limit` of `whole`, else nil.
    static func share(_ part: Int, of whole: Int, limit: Double = controlShareLimit) -> Int? {
        guard whole > 0, Double(part) > Double(whole) * limit else { return nil }
        return Int((Double(part) * 100 / Double(whole)).rounded())
    }

    /// The byte order of UTF-16 text without a BOM, seen from its zero bytes: ASCII-range
    /// characters put a zero in the high byte, so at least a fifth of the units (spaces and
    /// punctuation, even in Cyrillic or Greek) have one, and nearly all zeros share one parity.
    static func unmarkedUTF16Order(of bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        var zerosAtEven = 0
        var zerosAtOdd = 0
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0 { zerosAtEven += 1 }
            if bytes[index + 1] == 0 { zerosAtOdd += 1 }
            index += 2
        }
        let pairs = bytes.count / 2
        let zeros = zerosAtEven + zerosAtOdd
        guard pairs >= 1, zeros * 5 >= pairs else { return nil }
        if zerosAtOdd * 10 >= zeros * 9 { return .utf16LittleEndian }
        if zerosAtEven * 10 >= zeros * 9 { return .utf16BigEndian }
        return nil
    }
}
