/// Splits decoded text (LF line ends) into blocks of non-blank lines.
/// Splits on UTF-8 bytes: a Swift `Character` can join "\n" with a following combining mark.
enum LineReader {
    static func blocks(in text: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var current: [Substring] = []
        var firstLine = 0
        var lineNumber = 0
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex {
            let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
            lineNumber += 1
            let line = Substring(text[start..<end])
            if line.isBlankLine {
                if !current.isEmpty {
                    blocks.append(TextBlock(lines: current, firstLineNumber: firstLine))
                    current = []
                }
            } else {
                if current.isEmpty { firstLine = lineNumber }
                current.append(line)
            }
            start = end == utf8.endIndex ? end : utf8.index(after: end)
        }
        if !current.isEmpty {
            blocks.append(TextBlock(lines: current, firstLineNumber: firstLine))
        }
        return blocks
    }
}
