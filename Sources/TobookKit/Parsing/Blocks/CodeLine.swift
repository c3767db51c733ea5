/// Whether a line reads as program code or markup rather than prose: web pages copy `<pre>`
/// blocks as plain lines, and a run of them is kept as preformatted text (never a heading,
/// never a list). The signs are ones prose does not have: a line ending in `{`, `}` or `;`,
/// an opening `<tag`, a statement keyword followed by code punctuation, assignment with `=`,
/// a call with `(…)` and no spaces between words.
enum CodeLine {
    static func looksLikeCode(_ line: Substring) -> Bool {
        // Every sign below needs one of these ASCII marks; most prose has none, and this byte
        // scan spares it the splitting into words, which is most of the parse's time otherwise.
        guard line.withUTF8Bytes({ $0.contains(where: isSignByte) }) else { return false }
        guard let first = line.first, let last = line.last else { return false }
        if "{}".contains(last) || line.hasSuffix("/>") || line.hasSuffix("*/") { return true }
        // A statement ends in `;`; so does an item of an enumeration in prose, which has words
        // and none of code's punctuation.
        let words = LeadingWords(line)
        if last == ";",
            line.contains(where: { "(){}[]=<>$\"".contains($0) }) || words.count <= 3
        {
            return true
        }
        if first == "<",
            line.contains(">") || line.count > 1 && line.dropFirst().first?.isLetter == true
        {
            return true
        }
        if line.hasPrefix("//") || line.hasPrefix("#!") || line.hasPrefix("#include")
            || line.hasPrefix("$ ")
        {
            return true
        }
        if let keyword = words.first, keywords.contains(keyword),
            line.contains(where: { "():=[]{}".contains($0) })
        {
            return true
        }
        if words.count >= 3, let second = words.second,
            second == "=" || second == "+=" || second == "=="
        {
            return true
        }
        // "dict(t)", "result.append(i+1)": a call with no space before its parenthesis.
        if words.count <= 4, let open = line.firstIndex(of: "("), open != line.startIndex,
            line[line.index(before: open)].isLetter, last == ")" || last == ":",
            line[..<open].contains(".") || line[..<open].contains("_") || words.count == 1
        {
            return true
        }
        return false
    }

    /// `{ } / ; < # $ ( ) : = [ ]`: the marks at least one of the signs needs.
    private static func isSignByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: ";"),
            UInt8(ascii: "<"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "["),
            UInt8(ascii: "]"):
            true
        default: false
        }
    }

    private static let keywords: Set<Substring> = [
        "def", "class", "import", "from", "return", "for", "if", "elif", "else:", "while",
        "function", "var", "let", "const", "public", "private", "static", "void", "int",
        "func", "fn", "struct", "enum", "package", "try:", "except", "print", "echo", "sudo",
        "npm", "pip", "git", "cd", "export", "select", "SELECT",
    ]
}

/// The first two words of a line (split at spaces) and how many words it has, counted up to
/// five: all `CodeLine` asks, found without splitting the whole line.
private struct LeadingWords {
    private(set) var count = 0
    private(set) var first: Substring?
    private(set) var second: Substring?

    init(_ line: Substring) {
        let utf8 = line.utf8
        let space = UInt8(ascii: " ")
        var index = utf8.startIndex
        while count < 5 {
            while index < utf8.endIndex, utf8[index] == space { utf8.formIndex(after: &index) }
            guard index < utf8.endIndex else { return }
            let start = index
            while index < utf8.endIndex, utf8[index] != space { utf8.formIndex(after: &index) }
            count += 1
            if count == 1 { first = line[start..<index] }
            if count == 2 { second = line[start..<index] }
        }
    }
}
