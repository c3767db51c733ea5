extension TOMLReader {
    /// A value: a string, a number, a boolean, an array or an inline table.
    mutating func value() throws(TOMLError) -> TOMLValue {
        switch peek {
        case "\"":
            return .string(try looking(at: "\"\"\"") ? multiLineString(quote: "\"") : basicString())
        case "'":
            return .string(try looking(at: "'''") ? multiLineString(quote: "'") : literalString())
        case "[": return try array()
        case "{": return try inlineTable()
        case "t", "f": return try boolean()
        case nil: throw failure("expected a value")
        default:
            guard let scalar = peek, "+-0123456789in".unicodeScalars.contains(scalar) else {
                throw failure("expected a value")
            }
            return try number()
        }
    }

    private mutating func boolean() throws(TOMLError) -> TOMLValue {
        for (word, value) in [("true", true), ("false", false)] where looking(at: word) {
            let next = peek(word.unicodeScalars.count)
            if next == nil || !isBareKey(next ?? " ") {
                index += word.unicodeScalars.count
                return .boolean(value)
            }
        }
        throw failure("expected a value")
    }

    /// `[a, b, ...]`, over as many lines as it likes, with comments and a trailing comma.
    private mutating func array() throws(TOMLError) -> TOMLValue {
        index += 1
        var values: [TOMLValue] = []
        while true {
            skipBlanksCommentsAndNewlines()
            if peek == "]" { break }
            values.append(try value())
            skipBlanksCommentsAndNewlines()
            if peek == "," {
                index += 1
            } else if peek != "]" {
                throw failure("expected , or ] in the array")
            }
        }
        index += 1
        return .array(values)
    }

    /// `{ name = value, ... }` on one line, without a trailing comma (TOML 1.0).
    private mutating func inlineTable() throws(TOMLError) -> TOMLValue {
        index += 1
        var table: [String: TOMLValue] = [:]
        skipBlanks()
        if peek == "}" {
            index += 1
            return .table(table)
        }
        while true {
            skipBlanks()
            try keyValue(into: &table)
            skipBlanks()
            if peek == "}" { break }
            guard peek == "," else { throw failure("expected , or } in the inline table") }
            index += 1
        }
        index += 1
        return .table(table)
    }
}
