/// Turns the bytes of a text file into normalised text, detecting the encoding when none is given.
///
/// Detection order: a byte-order mark; UTF-16 without a BOM (zero bytes on one parity); strict
/// UTF-8 over the *whole* file (a sample can end before the first accented letter); otherwise
/// Windows-1252, never ISO-8859-1, because files labelled Latin-1 use 0x93 for “.
public struct TextDecoder: Sendable {
    public enum Failure: Error, Equatable {
        case binary(reason: String)
        case invalidBytes(encoding: TextEncoding, offset: Int, line: Int)
    }

    /// The user's `--encoding`, or nil to detect.
    public var requestedEncoding: TextEncoding?

    public init(requestedEncoding: TextEncoding? = nil) {
        self.requestedEncoding = requestedEncoding
    }

    public func decode(_ bytes: [UInt8]) throws(Failure) -> DecodedText {
        let (encoding, bomLength) = bytes.withUnsafeBufferPointer { buffer in
            requestedEncoding.map { Self.resolve($0, markedBy: buffer) } ?? Self.detect(buffer)
        }
        let body = bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[bomLength...]) }
        let transcoded = try Self.transcode(
            body, from: encoding, fullInput: bytes, bomLength: bomLength,
            strict: requestedEncoding != nil)
        // Valid UTF-8 is normalised straight from the input: no copy of a 100 MB file.
        let normalized =
            transcoded.utf8.map(TextNormalizer.normalize) ?? TextNormalizer.normalize(body)
        if encoding.isWide {
            let units = max(1, body.count / (encoding.isUTF32 ? 4 : 2))
            if let percent = BinarySniffer.share(normalized.removedCount, of: units) {
                throw .binary(reason: "\(percent)% of its characters are control codes")
            }
            let limit = BinarySniffer.malformedShareLimit
            if let percent = BinarySniffer.share(transcoded.replaced, of: units, limit: limit) {
                throw .binary(reason: "\(percent)% of its \(encoding) sequences are malformed")
            }
        }
        return DecodedText(
            text: normalized.text, encoding: encoding,
            removedCharacterCount: normalized.removedCount,
            replacedSequenceCount: transcoded.replaced, strayByteCount: transcoded.stray)
    }

    /// The encoding from a BOM or from the bytes themselves, and the length of the BOM.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> (TextEncoding, Int) {
        if let marked = byteOrderMark(in: bytes) { return marked }
        if let order = BinarySniffer.unmarkedUTF16Order(of: bytes) { return (order, 0) }
        if UTF8Validator.firstInvalidOffset(in: bytes) == nil
            || MixedUTF8.evidence(in: bytes).isMostlyUTF8
        {
            return (.utf8, 0)
        }
        return (.windows1252, 0)
    }

    /// A requested encoding, made concrete by the BOM where the request leaves the byte order open.
    static func resolve(_ requested: TextEncoding, markedBy bytes: UnsafeBufferPointer<UInt8>)
        -> (TextEncoding, Int)
    {
        let marked = byteOrderMark(in: bytes)
        switch (requested, marked?.0) {
        case (.utf8, .utf8?),
            (.utf16LittleEndian, .utf16LittleEndian?), (.utf16BigEndian, .utf16BigEndian?),
            (.utf32LittleEndian, .utf32LittleEndian?), (.utf32BigEndian, .utf32BigEndian?):
            return (requested, marked?.1 ?? 0)
        case (.utf16, let order?) where order == .utf16LittleEndian || order == .utf16BigEndian:
            return (order, marked?.1 ?? 0)
        case (.utf32BigEndian, .utf32LittleEndian?):
            return (.utf32LittleEndian, 4)
        case (.utf16, _):
            return (BinarySniffer.unmarkedUTF16Order(of: bytes) ?? .utf16LittleEndian, 0)
        default:
            return (requested, 0)
        }
    }

    static func byteOrderMark(in bytes: UnsafeBufferPointer<UInt8>) -> (TextEncoding, Int)? {
        func starts(with prefix: [UInt8]) -> Bool {
            bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
        }
        if starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LittleEndian, 4) }
        if starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BigEndian, 4) }
        if starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    private static func transcode(
        _ body: UnsafeBufferPointer<UInt8>, from encoding: TextEncoding, fullInput: [UInt8],
        bomLength: Int, strict: Bool
    ) throws(Failure) -> (utf8: [UInt8]?, replaced: Int, stray: Int) {
        func invalid(at offset: Int) -> Failure {
            let absolute = offset + bomLength
            let line = fullInput[..<absolute].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .invalidBytes(encoding: encoding, offset: absolute, line: line)
        }
        switch encoding {
        case .utf8:
            if let reason = BinarySniffer.binaryReason(for: body) { throw .binary(reason: reason) }
            if let offset = UTF8Validator.firstInvalidOffset(in: body) {
                // Asked for, UTF-8 is checked strictly; detected, stray bytes are read as
                // Windows-1252 (and counted for a warning).
                if strict { throw invalid(at: offset) }
                let repaired = MixedUTF8.repair(body)
                return (repaired.utf8, 0, repaired.strayBytes)
            }
            return (nil, 0, 0)
        case .windows1252:
            if let reason = BinarySniffer.binaryReason(for: body) { throw .binary(reason: reason) }
            return (WideDecoding.windows1252(body), 0, 0)
        case .utf16, .utf16LittleEndian:
            return widened(WideDecoding.utf16(body, bigEndian: false))
        case .utf16BigEndian:
            return widened(WideDecoding.utf16(body, bigEndian: true))
        case .utf32LittleEndian:
            return widened(WideDecoding.utf32(body, bigEndian: false))
        case .utf32BigEndian:
            return widened(WideDecoding.utf32(body, bigEndian: true))
        case .iconv(let name):
            if let reason = BinarySniffer.binaryReason(for: body) { throw .binary(reason: reason) }
            guard let converter = IconvConverter(from: name) else { throw invalid(at: 0) }
            do {
                return (try converter.convert(Array(body)), 0, 0)
            } catch {
                throw invalid(at: error.offset)
            }
        }
    }
}

/// A wide decoder's result with no stray bytes (only UTF-8 input can have them).
private func widened(_ result: (utf8: [UInt8], replaced: Int)) -> (
    utf8: [UInt8]?, replaced: Int, stray: Int
) {
    (result.utf8, result.replaced, 0)
}

extension TextEncoding {
    /// UTF-16 and UTF-32: zero bytes are normal, so binary detection runs after decoding.
    var isWide: Bool {
        switch self {
        case .utf16, .utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian: true
        default: false
        }
    }

    var isUTF32: Bool { self == .utf32LittleEndian || self == .utf32BigEndian }
}
