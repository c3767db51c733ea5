#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts bytes in any encoding the C library knows into UTF-8. Owns one `iconv_t`.
final class IconvConverter {
    /// Where conversion stopped on a byte sequence that is invalid in the source encoding.
    struct InvalidSequence: Error {
        let offset: Int
    }

    private let handle: iconv_t

    /// Opens a converter with `iconv_open`; nil when the encoding name is unknown.
    init?(from encoding: String) {
        let opened = iconv_open("UTF-8", encoding)
        guard let opened, opened != iconv_t(bitPattern: -1) else { return nil }
        handle = opened
    }

    deinit {
        iconv_close(handle)
    }

    static func isSupported(_ encoding: String) -> Bool {
        IconvConverter(from: encoding) != nil
    }

    /// The whole input as UTF-8, via repeated `iconv` calls into a growing buffer.
    func convert(_ input: [UInt8]) throws(InvalidSequence) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: max(64, input.count * 2))
        var written = 0
        var consumed = 0
        var failure: InvalidSequence?
        input.withUnsafeBufferPointer { source in
            while consumed < source.count {
                let progress: (read: Int, wrote: Int, errno: Int32) =
                    output.withUnsafeMutableBufferPointer {
                        target in
                        var inPointer =
                            UnsafeMutableRawPointer(mutating: source.baseAddress! + consumed)
                            .assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
                        var inLeft = source.count - consumed
                        var outPointer =
                            UnsafeMutableRawPointer(target.baseAddress! + written)
                            .assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
                        var outLeft = target.count - written
                        let before = (inLeft, outLeft)
                        let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                        return (before.0 - inLeft, before.1 - outLeft, result == -1 ? errno : 0)
                    }
                consumed += progress.read
                written += progress.wrote
                switch progress.errno {
                case 0:
                    continue
                case E2BIG:
                    output.append(contentsOf: repeatElement(0, count: output.count))
                default:
                    failure = InvalidSequence(offset: consumed)
                    return
                }
            }
        }
        if let failure { throw failure }
        output.removeSubrange(written...)
        return output
    }
}
