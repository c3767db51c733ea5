#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension String {
    /// `value` as C's `printf` writes it with `format` (`"%5.1f"`): `vsnprintf` itself, so the
    /// digits and their rounding are those Foundation's `String(format:)` gave, without
    /// linking Foundation.
    init(printf format: String, _ value: Double) {
        self = Self.printed(format, value)
    }

    private static func printed(_ format: String, _ value: Double) -> String {
        var size = 64
        while true {
            var buffer = [CChar](repeating: 0, count: size)
            let length = Int(withVaList([value]) { vsnprintf(&buffer, size, format, $0) })
            if length < size {
                let bytes = buffer.prefix(Swift.max(0, length)).map { UInt8(bitPattern: $0) }
                return String(decoding: bytes, as: UTF8.self)
            }
            size = length + 1
        }
    }
}
