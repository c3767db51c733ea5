extension LineTable {
    /// The same lines with a blank line between every two that touch, for text pasted with
    /// single newlines between paragraphs (what several apps and sites give): every line of it
    /// is a paragraph, a heading or an item, so it is read as the blank-line paste it was
    /// before the blanks were lost, and the title, by-line and heading evidence all apply.
    /// The inserted lines carry the number of the line above them, so `--outline` still names
    /// the input's own lines.
    func spacedOut() -> LineTable {
        var spaced: [SourceLine] = []
        spaced.reserveCapacity(lines.count * 2)
        for line in lines {
            if let previous = spaced.last, !previous.isBlank, !line.isBlank {
                spaced.append(SourceLine(number: previous.number, text: ""))
            }
            spaced.append(line)
        }
        return LineTable(lines: spaced)
    }

    /// Whether the lines read as a single-newline paste: not wrapped (the profile found lines
    /// past 100 columns and none of the wrapped styles), and at most one in five of those
    /// long lines (and fewer than three) stands between blank lines: the rest touch the next
    /// paragraph.
    static func isSingleNewlinePaste(_ lines: ArraySlice<SourceLine>, profile: DocumentProfile)
        -> Bool
    {
        guard profile.paragraphStyle == .linePerParagraph, profile.wrapWidth > 100,
            profile.longLines > 0, profile.longLinesAlone < 3
        else { return false }
        return profile.longLinesAlone * 5 <= profile.longLines
            && lines.count(where: { !$0.isBlank }) >= 3
    }
}
