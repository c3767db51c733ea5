/// A version 5 (SHA-1, name-based) UUID: the same content always yields the same identifier,
/// which keeps EPUBs reproducible and lets readers keep their place across re-conversions.
struct NameBasedUUID: Equatable, Sendable, CustomStringConvertible {
    /// The namespace for tobook book identifiers: bd5ea5bf-…, the v5 UUID of "tobook" in the
    /// RFC's URL namespace.
    static let bookNamespace: [UInt8] = [
        0xbd, 0x5e, 0xa5, 0xbf, 0x5f, 0x4f, 0x58, 0x9e, 0x9c, 0x8a, 0x95, 0x14, 0xdd, 0x64, 0x7f,
        0xeb,
    ]

    let bytes: [UInt8]

    /// The UUID of a name given in parts, hashed as if concatenated (no copy of large texts).
    /// A lazy sequence of parts is made one part at a time and each dropped once hashed.
    init<Parts: Sequence<[UInt8]>>(namespace: [UInt8], nameParts: Parts) {
        var hash = SHA1()
        hash.update(namespace)
        for part in nameParts { hash.update(part) }
        var digest = Array(hash.finalize().prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        bytes = digest
    }

    /// Lower-case 8-4-4-4-12 form.
    var description: String {
        let hex = bytes.map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }
        return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16]
            .map { hex[$0].joined() }
            .joined(separator: "-")
    }
}
