/// SHA-1 digest, needed only for name-based (version 5) UUIDs, which RFC 9562 defines over SHA-1.
/// Written here because Foundation on Linux has no CryptoKit and one hash does not justify
/// swift-crypto's build time.
struct SHA1 {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    /// Feeds bytes; may be called any number of times before `finalize()`.
    mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        pending.append(contentsOf: bytes)
        let whole = pending.count / 64 * 64
        guard whole > 0 else { return }
        length &+= UInt64(whole)
        pending.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < whole {
                compress(UnsafeBufferPointer(rebasing: buffer[offset..<offset + 64]))
                offset += 64
            }
        }
        pending.removeFirst(whole)
    }

    /// The 20-byte digest of everything fed so far.
    mutating func finalize() -> [UInt8] {
        let bitLength = (length &+ UInt64(pending.count)) &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        tail.withUnsafeBufferPointer { buffer in
            for offset in stride(from: 0, to: buffer.count, by: 64) {
                compress(UnsafeBufferPointer(rebasing: buffer[offset..<offset + 64]))
            }
        }
        pending = []
        var digest: [UInt8] = []
        for word in [state.0, state.1, state.2, state.3, state.4] {
            for shift in stride(from: 24, through: 0, by: -8) {
                digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
            }
        }
        return digest
    }

    /// One 64-byte block. The message schedule lives on the stack (a heap array per block was
    /// a third of the hash's time) and the four rounds run as four loops, without a switch.
    private mutating func compress(_ block: UnsafeBufferPointer<UInt8>) {
        var (a, b, c, d, e) = state
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            for i in 0..<16 {
                w[i] =
                    UInt32(block[4 * i]) << 24 | UInt32(block[4 * i + 1]) << 16
                    | UInt32(block[4 * i + 2]) << 8 | UInt32(block[4 * i + 3])
            }
            for i in 16..<80 {
                w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotatedLeft(by: 1)
            }
            @inline(__always)
            func step(_ f: UInt32, _ k: UInt32, _ word: UInt32) {
                let temp = a.rotatedLeft(by: 5) &+ f &+ e &+ k &+ word
                (e, d, c, b, a) = (d, c, b.rotatedLeft(by: 30), a, temp)
            }
            for i in 0..<20 { step((b & c) | (~b & d), 0x5A82_7999, w[i]) }
            for i in 20..<40 { step(b ^ c ^ d, 0x6ED9_EBA1, w[i]) }
            for i in 40..<60 { step((b & c) | (b & d) | (c & d), 0x8F1B_BCDC, w[i]) }
            for i in 60..<80 { step(b ^ c ^ d, 0xCA62_C1D6, w[i]) }
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
    }
}

extension UInt32 {
    fileprivate func rotatedLeft(by count: UInt32) -> UInt32 {
        (self << count) | (self >> (32 - count))
    }
}
