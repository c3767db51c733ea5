/// Reads the config file's TOML: the part of TOML 1.0 that `config.toml` needs (comments, bare
/// and quoted keys, every kind of string, integers, floats, booleans, arrays over several
/// lines, `[table]` headers and inline tables), with duplicate keys an error. What the config
/// never needs (dates and times, dotted keys, arrays of tables) is a clear error naming the
/// line, not silently misread.
///
/// Our own reader, not TOMLKit: TOMLKit's objects link Foundation, which loads 6.5 MB of
/// libraries and costs 3 ms on every run of tobook, config file or not.
struct TOMLReader {
    var scalars: [Unicode.Scalar]
    var index = 0
    /// The line `index` is on, 1-based, for errors.
    var line = 1

    /// The document's top-level table; a `[name]` header's keys land in a table under `name`.
    static func table(from text: String) throws(TOMLError) -> [String: TOMLValue] {
        var reader = TOMLReader(scalars: Array(text.unicodeScalars))
        if reader.peek == "\u{FEFF}" { reader.index += 1 }
        return try reader.document()
    }

    private mutating func document() throws(TOMLError) -> [String: TOMLValue] {
        var root: [String: TOMLValue] = [:]
        var tables: [String: [String: TOMLValue]] = [:]
        var order: [String] = []
        var current: String?
        while true {
            skipBlanksAndComment()
            guard let scalar = peek else { break }
            if isNewline(scalar) {
                skipNewline()
                continue
            }
            if scalar == "[" {
                let name = try header()
                guard root[name] == nil, tables[name] == nil else {
                    throw failure("the table [\(name)] is defined twice")
                }
                tables[name] = [:]
                order.append(name)
                current = name
            } else if let name = current {
                try keyValue(into: &tables[name, default: [:]])
            } else {
                try keyValue(into: &root)
            }
            try endOfLine()
        }
        for name in order {
            guard root[name] == nil else { throw failure("the key \(name) is defined twice") }
            root[name] = .table(tables[name] ?? [:])
        }
        return root
    }

    /// `[name]`; `[[name]]` and `[a.b]` are refused.
    private mutating func header() throws(TOMLError) -> String {
        index += 1
        if peek == "[" { throw failure("arrays of tables ([[...]]) are not supported") }
        skipBlanks()
        let name = try key()
        skipBlanks()
        if peek == "." { throw failure("dotted table names are not supported") }
        guard peek == "]" else { throw failure("expected ] after the table name") }
        index += 1
        return name
    }

    /// `key = value`, added to `table`; a key already there is an error.
    mutating func keyValue(into table: inout [String: TOMLValue]) throws(TOMLError) {
        let name = try key()
        skipBlanks()
        if peek == "." { throw failure("dotted keys (a.b = ...) are not supported") }
        guard peek == "=" else { throw failure("expected = after the key \(name)") }
        index += 1
        skipBlanks()
        let value = try self.value()
        guard table[name] == nil else { throw failure("the key \(name) is defined twice") }
        table[name] = value
    }

    /// A bare key (`A-Za-z0-9_-`), or a basic or literal string.
    private mutating func key() throws(TOMLError) -> String {
        switch peek {
        case "\"": return try basicString()
        case "'": return try literalString()
        default:
            let start = index
            while let scalar = peek, isBareKey(scalar) { index += 1 }
            guard index > start else { throw failure("expected a key") }
            return String(String.UnicodeScalarView(scalars[start..<index]))
        }
    }

    /// After a value or header: blanks, a comment, then the line's end.
    private mutating func endOfLine() throws(TOMLError) {
        skipBlanksAndComment()
        guard let scalar = peek else { return }
        guard isNewline(scalar) else { throw failure("unexpected text after the value") }
    }
}
