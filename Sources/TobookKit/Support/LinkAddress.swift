/// Web and mail addresses as links: which addresses a book may link to, and how to write one
/// into an `href` or a Cairo link tag.
enum LinkAddress {
    /// Schemes a reading system can follow out of the book. Anything else (a relative path to
    /// another file of a repository, `javascript:`) would be a broken or unsafe link in an
    /// EPUB, so its text is kept without the link.
    static let schemes = ["http://", "https://", "mailto:", "ftp://"]

    /// Whether `url` is an absolute address with one of the `schemes` and something after it.
    static func isFollowable(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return schemes.contains { lowered.hasPrefix($0) && lowered.count > $0.count }
    }

    /// `url` with every byte a URL may not hold as is (spaces, quotes, angle brackets,
    /// controls, a `%` that starts no escape, a second `#`) percent-encoded, so that EPUBCheck
    /// and readers accept the `href`. Non-ASCII letters are encoded too: some older readers
    /// mishandle raw IRIs.
    static func href(_ url: String) -> String {
        let bytes = Array(url.utf8)
        var result = ""
        var fragment = false
        for (index, byte) in bytes.enumerated() {
            var plain = byte > 0x20 && byte < 0x7F && !unsafe.contains(byte)
            if byte == 0x25 {
                plain =
                    index + 2 < bytes.count && isHex(bytes[index + 1]) && isHex(bytes[index + 2])
            } else if byte == 0x23 {
                plain = !fragment
                fragment = true
            }
            if plain {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + hexDigits(byte)
            }
        }
        return result
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// The attributes of a `cairo_tag_begin(…, CAIRO_TAG_LINK, …)` for `url`: Cairo's quoted
    /// string escapes `'` and `\` with a backslash.
    static func cairoAttributes(_ url: String) -> String {
        var escaped = ""
        for character in href(url) {
            if character == "'" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "uri='\(escaped)'"
    }

    /// `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`: not allowed unencoded in a URL.
    private static let unsafe: Set<UInt8> = [0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D]

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
