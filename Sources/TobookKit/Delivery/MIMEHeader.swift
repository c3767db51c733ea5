import FoundationEssentials

/// Header text outside ASCII, written so every mail program reads it back: RFC 2047 encoded
/// words for a subject in any script, RFC 2231 for a file name beside an ASCII fallback (some
/// services read only `filename=`).
enum MIMEHeader {
    /// `Name: value`, as encoded words folded over lines when the value is not plain ASCII or
    /// too long for one line.
    static func encoded(name: String, value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        if plain && name.count + 2 + value.count <= 78 && !value.contains("=?") {
            return "\(name): \(value)"
        }
        // Each word holds at most 45 bytes (60 in base64), whole characters only.
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in value {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return "\(name): " + words.joined(separator: "\r\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?="
    }

    /// `name="ascii"`, after `name*=UTF-8''percent-encoded` when the value is not ASCII: the
    /// encoded one first, since some readers take the first of the two (RFC 6266 says prefer it).
    static func parameter(_ name: String, _ value: String) -> String {
        let fallback = asciiFallback(value)
        let text = "\(name)=\"\(fallback)\""
        if fallback != value {
            return "\(name)*=UTF-8''\(percentEncoded(value));\r\n " + text
        }
        return text
    }

    /// RFC 5987's `attr-char`s (ASCII letters and digits, `!#$&+-.^_`|~`) as they are, every
    /// other UTF-8 byte as `%XX`.
    static func percentEncoded(_ value: String) -> String {
        let kept = Set("!#$&+-.^_`|~".utf8)
        let digits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in value.utf8 {
            let alphanumeric =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x61 && byte <= 0x7A)
            if alphanumeric || kept.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [0x25, digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value in printable ASCII: accents dropped, other letters and quotes replaced.
    static func asciiFallback(_ value: String) -> String {
        let folded = ASCIIFolding.folded(value)
        return String(
            String.UnicodeScalarView(
                folded.unicodeScalars.map { scalar in
                    scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\"" && scalar != "\\"
                        ? scalar : "_"
                }))
    }
}
