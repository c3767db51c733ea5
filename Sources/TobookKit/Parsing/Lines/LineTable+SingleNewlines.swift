extension LineTable {
    /// The same lines with a blank line between every two that touch, for text pasted with
    /// single newlines between paragraphs (what several apps and sites give): every line of it
    /// is a paragraph, a heading or an item, so it is read as the blank-line paste it was
    /// before the blanks were lost, and the title, by-line and heading evidence all apply.
    /// The inserted lines carry the number of the line above them, so `--outline` still names
    /// the input's own lines.
    func spacedOut() -> LineTable {
        var records: [Lines.Record] = []
        var numbers: [Int] = []
        records.reserveCapacity(lines.count * 2)
        numbers.reserveCapacity(lines.count * 2)
        for index in lines.indices {
            let record = lines.records[index]
            let number = lines.numbers?[index] ?? index + 1
            if let previous = records.last, !previous.isBlank, !record.isBlank {
                records.append(
                    Lines.Record(content: previous.end..<previous.end, indent: 0, width: 0))
                numbers.append(numbers[numbers.count - 1])
            }
            records.append(record)
            numbers.append(number)
        }
        return LineTable(lines: Lines(text: lines.text, records: records, numbers: numbers))
    }

    /// Whether the lines read as a single-newline paste: not wrapped (the profile found lines
    /// past 100 columns and none of the wrapped styles), and at most one in five of those
    /// long lines (and fewer than three) stands between blank lines: the rest touch the next
    /// paragraph.
    static func isSingleNewlinePaste(
        _ lines: some Collection<SourceLine>, profile: DocumentProfile
    ) -> Bool {
        guard profile.paragraphStyle == .linePerParagraph, profile.wrapWidth > 100,
            profile.longLines > 0, profile.longLinesAlone < 3
        else { return false }
        return profile.longLinesAlone * 5 <= profile.longLines
            && lines.count(where: { !$0.isBlank }) >= 3
    }
}
