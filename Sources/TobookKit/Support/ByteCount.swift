/// A byte count as people write it on a command line (`512M`, `2G`, `800k`, `1000000`) and
/// as messages show it.
public struct ByteCount: Equatable, Sendable {
    public var bytes: Int

    /// Parses a count with an optional K, M or G suffix (powers of 1024, `B`/`iB` optional).
    public init?(_ text: String) {
        guard let bytes = Self.parse(text) else { return nil }
        self.bytes = bytes
    }

    private static func parse(_ text: String) -> Int? {
        var digits = String(text.filter { !$0.isWhitespace }).uppercased()
        for suffix in ["IB", "B"] where digits.hasSuffix(suffix) && digits.count > suffix.count {
            digits.removeLast(suffix.count)
            break
        }
        var multiplier = 1
        if let last = digits.last, let power = ["K": 1, "M": 2, "G": 3, "T": 4][String(last)] {
            multiplier = 1 << (10 * power)
            digits.removeLast()
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Double(digits), value > 0
        else { return nil }
        let bytes = value * Double(multiplier)
        return bytes < Double(Int.max / 2) ? Int(bytes) : nil
    }

    /// "512 MB", "3.4 MB", "900 KB", "12 bytes" (powers of 1024, as `parse` reads them).
    public static func describe(_ count: Int) -> String {
        let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)]
        for (name, size) in units where count >= size {
            let value = Double(count) / Double(size)
            let rounded = (value * 10).rounded() / 10
            let shown =
                rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            return "\(shown) \(name)"
        }
        return "\(count) bytes"
    }
}
