import Foundation

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
            let allowed = CharacterSet.alphanumerics.intersection(
                CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(0x80))
            )
            .union(CharacterSet(charactersIn: "!#$&+-.^_`|~"))
            let escaped = value.addingPercentEncoding(withAllowedCharacters: allowed) ?? fallback
            return "\(name)*=UTF-8''\(escaped);\r\n " + text
        }
        return text
    }

    /// The value in printable ASCII: accents dropped, other letters and quotes replaced.
    static func asciiFallback(_ value: String) -> String {
        let folded = value.folding(
            options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(
            String.UnicodeScalarView(
                folded.unicodeScalars.map { scalar in
                    scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\"" && scalar != "\\"
                        ? scalar : "_"
                }))
    }
}
