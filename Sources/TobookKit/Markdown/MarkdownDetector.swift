/// Decides whether a text is written in Markdown, from the constructs it uses. A plain-text
/// book must never be read as Markdown by accident, so one kind of evidence is never enough:
///
/// - Strong constructs, each rare in plain text: an ATX heading (`# Title`, `## Part`), a
///   fenced code block (a ```` ``` ```` line and its closing fence), an inline link
///   (`[text](url)`), bold (`**words**`), code in a line (`` `name` ``, closed by a backtick:
///   old texts open quotes with a backtick but close them with `'`), a pipe table's delimiter
///   row (`|---|:--:|`).
/// - Bullets (`- `, `* `, `1. `) and block quotes (`> `) are everyday plain text too; they count
///   only in a text that also has ATX headings.
/// - Markdown when at least two kinds of construct are found, three times in all: one stray
///   `#` line or pair of asterisks is not enough, while a short README has many.
/// - Lines inside a fenced block are code, not evidence (`#include`, `**kwargs`).
struct MarkdownDetector: Sendable {
    /// The kinds of construct the text uses, and how often.
    struct Evidence: Equatable, Sendable {
        var headings = 0
        var fencedCode = 0
        var links = 0
        var bold = 0
        var inlineCode = 0
        var tables = 0
        var listItems = 0
        var quotes = 0

        /// How many kinds of construct count, and how many times they occur.
        var counted: (kinds: Int, occurrences: Int) {
            var strong = [headings, fencedCode, links, bold, inlineCode, tables]
            if headings > 0 { strong += [listItems, quotes] }
            return (strong.count { $0 > 0 }, strong.reduce(0, +))
        }

        var isMarkdown: Bool {
            let (kinds, occurrences) = counted
            return kinds >= 2 && occurrences >= 3
        }
    }

    /// Whether `text` reads as Markdown.
    func isMarkdown(_ text: String) -> Bool {
        evidence(in: text).isMarkdown
    }

    /// The constructs of `text`, counted line by line (bytes only: this runs on every input).
    func evidence(in text: String) -> Evidence {
        var evidence = Evidence()
        var fence: [UInt8]?
        var previousHadPipe = false
        var lines: [ArraySlice<UInt8>] = []
        // A very long text is judged by its first megabyte: a Markdown text shows itself early.
        // Copied from contiguous storage at once: through the generic prefix, byte by byte,
        // the copy cost more than the judging.
        let bytes =
            text.utf8.withContiguousStorageIfAvailable { Array($0.prefix(1 << 20)) }
            ?? Array(text.utf8.prefix(1 << 20))
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            lines.append(bytes[start..<index])
            start = index + 1
        }
        lines.append(bytes[start...])
        for rawLine in lines {
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            let indent = line.prefix { $0 == 0x20 }.count
            let content = line.dropFirst(indent)
            if let open = fence {
                if indent < 4, content.starts(with: open),
                    content.allSatisfy({ $0 == open[0] || $0 == 0x20 })
                {
                    fence = nil
                    evidence.fencedCode += 1
                }
                continue
            }
            if indent < 4, let marker = Self.fenceMarker(content) {
                fence = marker
                continue
            }
            let hasPipe = content.contains(0x7C)
            if indent < 4 {
                if Self.isATXHeading(content) { evidence.headings += 1 }
                if Self.isListItem(content) { evidence.listItems += 1 }
                if content.first == 0x3E, content.dropFirst().first == 0x20 { evidence.quotes += 1 }
                if previousHadPipe, Self.isTableDelimiterRow(content) { evidence.tables += 1 }
            }
            evidence.links += Self.inlineLinks(in: content)
            evidence.bold += Self.boldSpans(in: content)
            evidence.inlineCode += Self.codeSpans(in: content)
            previousHadPipe = hasPipe
        }
        return evidence
    }

    /// A fence opening: three or more backticks or tildes; the marker a closing line repeats.
    static func fenceMarker(_ line: ArraySlice<UInt8>) -> [UInt8]? {
        guard let first = line.first, first == 0x60 || first == 0x7E else { return nil }
        let run = line.prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        // A backtick fence's info string holds no backtick.
        if first == 0x60, line.dropFirst(run).contains(0x60) { return nil }
        return Array(repeating: first, count: run)
    }

    /// `#` to `######`, a space, then text: `#1`, `#!` and a lone `#` are not headings.
    static func isATXHeading(_ line: ArraySlice<UInt8>) -> Bool {
        let hashes = line.prefix { $0 == 0x23 }.count
        guard (1...6).contains(hashes) else { return false }
        let rest = line.dropFirst(hashes)
        guard rest.first == 0x20 else { return false }
        return rest.contains { $0 != 0x20 && $0 != 0x23 }
    }

    /// `- `, `* `, `+ ` or a number with `.` or `)` and a space, then text.
    static func isListItem(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        if first == 0x2D || first == 0x2A || first == 0x2B {
            return line.dropFirst().first == 0x20 && line.count > 2
        }
        let digits = line.prefix { (0x30...0x39).contains($0) }.count
        guard (1...9).contains(digits) else { return false }
        let rest = line.dropFirst(digits)
        return (rest.first == 0x2E || rest.first == 0x29) && rest.dropFirst().first == 0x20
    }

    /// `|---|:--:|` or `--- | ---`: dashes and colons in cells apart by pipes.
    static func isTableDelimiterRow(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.contains(0x7C), line.contains(0x2D) else { return false }
        var dashes = 0
        var cells = 0
        for byte in line {
            switch byte {
            case 0x2D: dashes += 1
            case 0x3A, 0x20, 0x09: break
            case 0x7C:
                if dashes > 0 { cells += 1 }
                dashes = 0
            default: return false
            }
        }
        if dashes > 0 { cells += 1 }
        return cells >= 1 && line.filter { $0 == 0x2D }.count >= 3
    }

    /// `[text](target)` with no space right inside the parentheses: the count in one line.
    static func inlineLinks(in line: ArraySlice<UInt8>) -> Int {
        var count = 0
        var index = line.startIndex
        while let close = line[index...].firstIndex(of: 0x5D) {
            let after = line.index(after: close)
            index = after
            guard after < line.endIndex, line[after] == 0x28 else { continue }
            guard line[..<close].contains(0x5B) else { continue }
            let target = line[line.index(after: after)...]
            guard let end = target.firstIndex(of: 0x29), end > target.startIndex,
                target[target.startIndex] != 0x20, !target[..<end].contains(0x20)
            else { continue }
            count += 1
            index = line.index(after: end)
        }
        return count
    }

    /// `**words**` or `__words__`, both delimiters on the line, hugging their words.
    static func boldSpans(in line: ArraySlice<UInt8>) -> Int {
        var count = 0
        for delimiter in [UInt8(0x2A), 0x5F] {
            var index = line.startIndex
            while let open = Self.pair(of: delimiter, in: line, from: index) {
                let inner = line.index(open, offsetBy: 2)
                guard inner < line.endIndex, line[inner] != 0x20, line[inner] != delimiter,
                    let close = Self.pair(of: delimiter, in: line, from: inner),
                    line[line.index(before: close)] != 0x20
                else { break }
                count += 1
                index = line.index(close, offsetBy: 2)
            }
        }
        return count
    }

    private static func pair(of byte: UInt8, in line: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + 1 < line.endIndex {
            if line[index] == byte, line[index + 1] == byte { return index }
            index += 1
        }
        return nil
    }

    /// `` `name` ``: a backtick, text without a quote mark, and a closing backtick.
    static func codeSpans(in line: ArraySlice<UInt8>) -> Int {
        var count = 0
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: 0x60) {
            let inner = line.index(after: open)
            guard let close = line[inner...].firstIndex(of: 0x60) else { break }
            let code = line[inner..<close]
            if !code.isEmpty, code.first != 0x20, !code.contains(0x27), !code.contains(0x22) {
                count += 1
            }
            index = line.index(after: close)
        }
        return count
    }
}
