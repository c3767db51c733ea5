extension TOMLReader {
    /// `"..."`: escapes read, no line break.
    mutating func basicString() throws(TOMLError) -> String {
        index += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek, scalar != "\n" else {
                throw failure("a string is not closed on its line")
            }
            index += 1
            switch scalar {
            case "\"": return String(result)
            case "\\": result.append(try escape())
            default:
                try checkAllowed(scalar)
                result.append(scalar)
            }
        }
    }

    /// `'...'`: taken as written, no line break.
    mutating func literalString() throws(TOMLError) -> String {
        index += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek, scalar != "\n" else {
                throw failure("a string is not closed on its line")
            }
            index += 1
            if scalar == "'" { return String(result) }
            try checkAllowed(scalar)
            result.append(scalar)
        }
    }

    /// `"""..."""` (`quote` `"`: escapes read, and a backslash at a line's end joining it to
    /// the next non-blank text) or `'''...'''` (`quote` `'`: taken as written); either way a
    /// line break right after the opening is dropped.
    mutating func multiLineString(quote: Unicode.Scalar) throws(TOMLError) -> String {
        let escapes = quote == "\""
        let closing = String(repeating: String(quote), count: 3)
        index += 3
        skipFirstNewline()
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek else { throw failure("a \(closing) string is not closed") }
            if scalar == quote, looking(at: closing) {
                result.append(contentsOf: try closingQuotes(quote).unicodeScalars)
                return String(result)
            }
            if escapes && scalar == "\\" && trimsLineEnd() {
                continue
            }
            if isNewline(scalar) {
                skipNewline()
                result.append("\n")
                continue
            }
            index += 1
            if escapes && scalar == "\\" {
                result.append(try escape())
            } else {
                try checkAllowed(scalar)
                result.append(scalar)
            }
        }
    }

    private mutating func skipFirstNewline() {
        if let scalar = peek, isNewline(scalar) { skipNewline() }
    }

    /// Three to five quotes end a multi-line string: the first one or two belong to it.
    private mutating func closingQuotes(_ quote: Unicode.Scalar) throws(TOMLError) -> String {
        var count = 0
        while peek == quote {
            count += 1
            index += 1
        }
        guard count <= 5 else { throw failure("too many quotes at the end of a string") }
        return String(repeating: String(quote), count: count - 3)
    }

    /// A backslash with only blanks after it on its line: skips it, the line end and the
    /// blanks and line ends that follow.
    private mutating func trimsLineEnd() -> Bool {
        var offset = 1
        while peek(offset) == " " || peek(offset) == "\t" { offset += 1 }
        guard let next = peek(offset), next == "\n" || (next == "\r" && peek(offset + 1) == "\n")
        else { return false }
        index += offset
        while let scalar = peek, scalar == " " || scalar == "\t" || isNewline(scalar) {
            if isNewline(scalar) { skipNewline() } else { index += 1 }
        }
        return true
    }

    /// The scalar an escape stands for, the backslash already read.
    private mutating func escape() throws(TOMLError) -> Unicode.Scalar {
        guard let letter = peek else { throw failure("a string ends in a backslash") }
        index += 1
        switch letter {
        case "b": return "\u{8}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u": return try hexScalar(digits: 4)
        case "U": return try hexScalar(digits: 8)
        default: throw failure("\\\(letter) is not an escape TOML knows")
        }
    }

    private mutating func hexScalar(digits: Int) throws(TOMLError) -> Unicode.Scalar {
        guard index + digits <= scalars.count else { throw failure("a \\u escape is cut short") }
        let hex = String(String.UnicodeScalarView(scalars[index..<index + digits]))
        index += digits
        guard hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16),
            let scalar = Unicode.Scalar(value)
        else { throw failure("\\u\(hex) is not a Unicode scalar value") }
        return scalar
    }

    /// Control characters other than tab must be escaped.
    private func checkAllowed(_ scalar: Unicode.Scalar) throws(TOMLError) {
        if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F {
            throw failure("a control character must be escaped in a string")
        }
    }
}
