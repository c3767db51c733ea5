/// The title, subtitle lines and by-line at the top of a text that has no Gutenberg header.
struct TitleBlock: Equatable, Sendable {
    var title: String
    /// Lines under the title ("Version 3, 29 June 2007"), as written.
    var subtitle: [String] = []
    /// The by-line as written ("by Jane Doe") and the name in it.
    var byline: String?
    var author: String?
    /// How many leading blocks the title and by-line took.
    var blockCount = 1

    static let maximumLength = 100
    /// Endings that make a line a sentence or a clause rather than a title ("?" and "!" do not:
    /// "What Is Love?" is a title).
    static let sentencePunctuation: Set<Unicode.Scalar> = [".", ",", ";", ":", "。", "，", "；", "："]
    /// By-line words in English, German, French, Spanish/Portuguese and Italian.
    static let bylineWords: Set<String> = ["by", "von", "par", "por", "di"]

    /// - The first block has at most four short lines; the first is the title, unless it
    ///   reads as a sentence (ends in `.` `,` `;` `:`, though "..." is fine) or is itself a
    ///   numbered heading ("Chapter 1").
    /// - Its other lines are by-lines ("by Jane Doe") or subtitle lines; a one-line by-line
    ///   block may also follow it.
    /// - Something must follow: a text that is only one block is body text, not a title.
    static func read(_ blocks: [Range<Int>], table: LineTable, profile: DocumentProfile)
        -> TitleBlock?
    {
        guard blocks.count >= 2, let first = blocks.first, first.count <= 4 else { return nil }
        let lines = first.map { table.lines[$0] }
        let titleLine = lines[0]
        guard isTitleShaped(titleLine.content), !HeadingForm(titleLine.content).isMarked else {
            return nil
        }
        // A short text's own wrap width says little; measure against at least 72 columns.
        let width = max(profile.wrapWidth, 72)
        if lines.count > 1 && titleLine.width * 4 > width * 3 { return nil }
        var result = TitleBlock(title: String(titleLine.content))
        for line in lines.dropFirst() {
            if let author = author(inByline: line.content), result.byline == nil {
                result.byline = String(line.content)
                result.author = author
            } else if line.width * 5 <= width * 4,
                line.content.last != "." || line.content.hasSuffix("...")
            {
                result.subtitle.append(String(line.content))
            } else {
                return nil
            }
        }
        if result.byline == nil, blocks.count >= 3, blocks[1].count == 1 {
            let next = table.lines[blocks[1].lowerBound].content
            if let author = author(inByline: next) {
                result.byline = String(next)
                result.author = author
                result.blockCount = 2
            }
        }
        return result
    }

    static func isTitleShaped(_ line: Substring) -> Bool {
        guard !line.isEmpty, line.count <= maximumLength,
            line.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
            let last = line.unicodeScalars.last
        else { return false }
        return !sentencePunctuation.contains(last) || line.hasSuffix("...")
    }

    /// The name in "by Jane Doe", or nil when the line is not a by-line.
    static func author(inByline line: Substring) -> String? {
        guard line.count <= 80, let space = line.firstIndex(of: " ") else { return nil }
        guard bylineWords.contains(line[..<space].lowercased()) else { return nil }
        var name = line[space...].trimmingTextWhitespace()
        while let last = name.last, last == "." || last == "," { name = name.dropLast() }
        guard let initial = name.unicodeScalars.first, initial.properties.isUppercase else {
            return nil
        }
        return String(name)
    }
}
