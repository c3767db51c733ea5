/// The document's lines, with blank-run lookups.
struct LineTable: Sendable {
    let lines: Lines

    /// The lines of `text`, each measured once. A line is kept as its bounds in the text, 24
    /// bytes, and read back as a `SourceLine` when asked for: a stored `SourceLine` took 56
    /// bytes, more than most lines' own text, and the table lives through the whole parse
    /// (224 MB of a 200 MB input).
    init(_ text: String) {
        // Line ends found by a pointer loop over the bytes; a generic search on the UTF-8 view
        // cost more than measuring the lines.
        var ends: [Int] = []
        let total = text.utf8.count
        text.withUTF8Bytes { bytes in
            for offset in bytes.indices where bytes[offset] == 0x0A { ends.append(offset) }
            if bytes.last != 0x0A && !bytes.isEmpty { ends.append(bytes.count) }
        }
        // Each line is measured on its own: on two cores.
        let utf8 = text.utf8
        let records = [Lines.Record].concurrentlyMapped(count: ends.count) { index in
            let startOffset = index == 0 ? 0 : min(ends[index - 1] + 1, total)
            let start = utf8.index(utf8.startIndex, offsetBy: startOffset)
            let end = utf8.index(utf8.startIndex, offsetBy: ends[index])
            let line = SourceLine(number: index + 1, text: text[start..<end])
            let content =
                line.isBlank ? start..<start : line.content.startIndex..<line.content.endIndex
            return Lines.Record(content: content, indent: line.indent, width: line.width)
        }
        lines = Lines(text: text, records: records, numbers: nil)
    }

    init(lines: Lines) {
        self.lines = lines
    }

    /// Blank lines directly above line index `index` (to the start of the text).
    func blanks(before index: Int) -> Int {
        var count = 0
        var cursor = index - 1
        while cursor >= 0, lines.isBlank(at: cursor) {
            count += 1
            cursor -= 1
        }
        return cursor < 0 ? max(count, 99) : count
    }

    /// Blank lines directly below line index `index` (to the end of the text).
    func blanks(after index: Int) -> Int {
        var count = 0
        var cursor = index + 1
        while cursor < lines.count, lines.isBlank(at: cursor) {
            count += 1
            cursor += 1
        }
        return cursor >= lines.count ? max(count, 99) : count
    }
}

extension LineTable {
    /// The table's lines as a collection of `SourceLine`, each made from its record on access.
    struct Lines: RandomAccessCollection, Sendable {
        /// Where one line's content lies in the text, and its measurements. The bounds are
        /// the content's own indices, which the string knows fall on scalar boundaries, so
        /// slicing the text again checks nothing. Indent and width are kept in 32 bits: a line
        /// of four billion columns reads as long as it is.
        struct Record: Sendable {
            let start: String.Index
            let end: String.Index
            let indent: UInt32
            let width: UInt32

            init(content: Range<String.Index>, indent: Int, width: Int) {
                start = content.lowerBound
                end = content.upperBound
                self.indent = UInt32(clamping: indent)
                self.width = UInt32(clamping: width)
            }

            var isBlank: Bool { start == end }
        }

        let text: String
        let records: [Record]
        /// The input's line numbers where they are not the index plus one: the blank lines a
        /// single-newline paste is spaced out with carry the number of the line above.
        let numbers: [Int]?

        var startIndex: Int { 0 }
        var endIndex: Int { records.count }

        subscript(index: Int) -> SourceLine {
            let record = records[index]
            return SourceLine(
                number: numbers?[index] ?? index + 1,
                content: record.isBlank ? Substring() : text[record.start..<record.end],
                indent: Int(record.indent), width: Int(record.width))
        }

        /// Whether line `index` is blank, without making the line.
        func isBlank(at index: Int) -> Bool {
            records[index].isBlank
        }

        /// `SourceLine.indent` of line `index`, without making the line.
        func indent(at index: Int) -> Int {
            Int(records[index].indent)
        }

        /// `SourceLine.span` of line `index`, without making the line.
        func span(at index: Int) -> Int {
            Int(records[index].indent) + Int(records[index].width)
        }

        /// `SourceLine.byteSpan` of line `index`, without making the line.
        func byteSpan(at index: Int) -> Int {
            let record = records[index]
            return Int(record.indent) + text.utf8.distance(from: record.start, to: record.end)
        }
    }
}
