extension TOMLReader {
    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// Whether the text at `index` starts with `prefix`.
    func looking(at prefix: String) -> Bool {
        var offset = 0
        for scalar in prefix.unicodeScalars {
            guard peek(offset) == scalar else { return false }
            offset += 1
        }
        return true
    }

    func failure(_ message: String) -> TOMLError {
        TOMLError(line: line, message: message)
    }

    func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || (scalar == "\r" && peek(1) == "\n")
    }

    func isBareKey(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// Spaces and tabs.
    mutating func skipBlanks() {
        while peek == " " || peek == "\t" { index += 1 }
    }

    /// Spaces, tabs and a `#` comment up to the line's end.
    mutating func skipBlanksAndComment() {
        skipBlanks()
        if peek == "#" {
            while let scalar = peek, !isNewline(scalar) { index += 1 }
        }
    }

    /// A line end (`\n` or `\r\n`), counted.
    mutating func skipNewline() {
        if peek == "\r" { index += 1 }
        index += 1
        line += 1
    }

    /// Blanks, comments and line ends, as arrays allow between their values.
    mutating func skipBlanksCommentsAndNewlines() {
        while true {
            skipBlanksAndComment()
            guard let scalar = peek, isNewline(scalar) else { return }
            skipNewline()
        }
    }
}
