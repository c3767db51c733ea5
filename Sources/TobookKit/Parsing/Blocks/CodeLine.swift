/// Whether a line reads as program code or markup rather than prose: web pages copy `<pre>`
/// blocks as plain lines, and a run of them is kept as preformatted text (never a heading,
/// never a list). The signs are ones prose does not have: a line ending in `{`, `}` or `;`,
/// an opening `<tag`, a statement keyword followed by code punctuation, assignment with `=`,
/// a call with `(…)` and no spaces between words.
enum CodeLine {
    static func looksLikeCode(_ line: Substring) -> Bool {
        guard let first = line.first, let last = line.last else { return false }
        if "{}".contains(last) || line.hasSuffix("/>") || line.hasSuffix("*/") { return true }
        // A statement ends in `;`; so does an item of an enumeration in prose, which has words
        // and none of code's punctuation.
        if last == ";",
            line.contains(where: { "(){}[]=<>$\"".contains($0) })
                || line.split(separator: " ").count <= 3
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
        let words = line.split(separator: " ")
        if let keyword = words.first, keywords.contains(keyword),
            line.contains(where: { "():=[]{}".contains($0) })
        {
            return true
        }
        if words.count >= 3, words[1] == "=" || words[1] == "+=" || words[1] == "==" {
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

    private static let keywords: Set<Substring> = [
        "def", "class", "import", "from", "return", "for", "if", "elif", "else:", "while",
        "function", "var", "let", "const", "public", "private", "static", "void", "int",
        "func", "fn", "struct", "enum", "package", "try:", "except", "print", "echo", "sudo",
        "npm", "pip", "git", "cd", "export", "select", "SELECT",
    ]
}
