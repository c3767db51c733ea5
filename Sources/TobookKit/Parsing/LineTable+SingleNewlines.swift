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
    /// past 100 columns and none of the wrapped styles), and blank lines rarer than one in ten
    /// lines of text.
    static func isSingleNewlinePaste(_ lines: ArraySlice<SourceLine>, profile: DocumentProfile)
        -> Bool
    {
        guard profile.paragraphStyle == .linePerParagraph, profile.wrapWidth > 100 else {
            return false
        }
        var text = 0
        var gaps = 0
        var previousBlank = false
        for line in lines {
            if line.isBlank {
                if !previousBlank && text > 0 { gaps += 1 }
                previousBlank = true
            } else {
                text += 1
                previousBlank = false
            }
        }
        return text >= 3 && gaps * 10 < text
    }
}
