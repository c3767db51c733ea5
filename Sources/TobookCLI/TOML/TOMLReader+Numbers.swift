extension TOMLReader {
    /// An integer (decimal with sign and `_`, or `0x`, `0o`, `0b`) or a float (fraction,
    /// exponent, `inf`, `nan`). Dates and times, which start like numbers, are refused.
    mutating func number() throws(TOMLError) -> TOMLValue {
        let start = index
        while let scalar = peek,
            isBareKey(scalar) || scalar == "+" || scalar == "." || scalar == ":"
        {
            index += 1
        }
        let token = String(String.UnicodeScalarView(scalars[start..<index]))
        let head = Array(token.unicodeScalars.prefix(5))
        let isDate =
            head.count == 5 && head[4] == "-"
            && head[..<4].allSatisfy { ("0"..."9").contains($0) }
        if token.contains(":") || isDate { throw failure("dates and times are not supported") }
        guard let value = Self.number(token) else { throw failure("\(token) is not a number") }
        return value
    }

    private static func number(_ token: String) -> TOMLValue? {
        var body = Substring(token)
        let negative = body.first == "-"
        let signed = body.first == "-" || body.first == "+"
        if signed { body = body.dropFirst() }
        switch body {
        case "inf": return .float(negative ? -.infinity : .infinity)
        case "nan": return .float(.nan)
        default: break
        }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where body.hasPrefix(prefix) {
            guard !signed, let digits = digits(body.dropFirst(2), radix: radix) else { return nil }
            return Int(digits, radix: radix).map(TOMLValue.integer)
        }
        let exponentStart = body.firstIndex { $0 == "e" || $0 == "E" }
        let mantissa = body[..<(exponentStart ?? body.endIndex)]
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = digits(parts[0], radix: 10),
            whole == "0" || !whole.hasPrefix("0")
        else { return nil }
        var text = (negative ? "-" : "") + whole
        if parts.count == 2 {
            guard let fraction = digits(parts[1], radix: 10) else { return nil }
            text += "." + fraction
        }
        if let exponentStart {
            var exponent = body[body.index(after: exponentStart)...]
            var sign = ""
            if let first = exponent.first, first == "+" || first == "-" {
                sign = String(first)
                exponent = exponent.dropFirst()
            }
            guard let digits = digits(exponent, radix: 10) else { return nil }
            text += "e" + sign + digits
        }
        if parts.count == 1 && exponentStart == nil { return Int(text).map(TOMLValue.integer) }
        return Double(text).map(TOMLValue.float)
    }

    /// The digits without their underscores, each of which must sit between two digits; nil
    /// for an empty run or a character outside the radix.
    private static func digits(_ text: Substring, radix: Int) -> String? {
        guard let first = text.first, let last = text.last, first != "_", last != "_",
            !text.contains("__")
        else { return nil }
        let digits = text.filter { $0 != "_" }
        guard digits.allSatisfy({ $0.hexDigitValue.map { $0 < radix } ?? false }) else {
            return nil
        }
        return String(digits)
    }
}
