extension Unicode.Scalar {
    /// The scalar's full lower-case mapping, handed over scalar by scalar: what `lowercased()`
    /// makes of it, ASCII without looking it up.
    @inline(__always)
    func forEachLowercased(_ body: (Unicode.Scalar) -> Void) {
        if value < 0x80 {
            body(value &- 0x41 < 26 ? Unicode.Scalar(UInt8(value) | 0x20) : self)
        } else {
            for scalar in properties.lowercaseMapping.unicodeScalars { body(scalar) }
        }
    }
}

extension StringProtocol {
    /// The same string as `lowercased()`, made faster. The standard library maps every scalar
    /// of a text through its Unicode properties as soon as one scalar is not ASCII, and a
    /// `Substring` is copied first; the parser lower-cases every heading candidate's words and
    /// texts, many with a name or two in accents ("Anna Pávlovna"). Here ASCII bytes are
    /// lowered in place and only the other scalars take their own mapping: `lowercased()` is
    /// that mapping scalar by scalar, with no context (a final sigma stays σ).
    func quickLowercased() -> String {
        let count = utf8.count
        let isASCII =
            utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } }
            ?? utf8.allSatisfy { $0 < 0x80 }
        if isASCII {
            return String(unsafeUninitializedCapacity: count) { buffer in
                var index = 0
                for byte in utf8 {
                    buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    index += 1
                }
                return count
            }
        }
        // Gathered as UTF-8 bytes: appending to a scalar view costs hundreds of instructions a
        // scalar.
        var result: [UInt8] = []
        result.reserveCapacity(count + 8)
        for scalar in unicodeScalars {
            scalar.forEachLowercased { UTF8.encode($0) { result.append($0) } }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
