/// The book's title and by-line at the top of an article.
struct TitleLine: Equatable, Sendable {
    var title: String
    /// The by-line as written ("by Jane Doe") and the name in it.
    var byline: String?
    var author: String?
    /// How many leading blocks the title and by-line took.
    var blockCount: Int

    static let maximumLength = 100
    /// Endings that make a line a sentence or a clause rather than a title ("?" and "!" do not:
    /// "What Is Love?" is a title).
    static let sentencePunctuation: Set<Unicode.Scalar> = [
        ".", ",", ";", ":", "。", "，", "；", "：",
    ]
    static let maximumBylineLength = 80
    /// By-line words in the languages tobook knows (English, German, French, Spanish/Portuguese,
    /// Italian), followed by a capitalised name.
    static let bylineWords: Set<String> = ["by", "von", "par", "por", "di"]

    /// - The first block is one short line (at most 100 characters) not ending like a sentence
    ///   (`.` `,` `;` `:`, but "..." is fine), optionally with a by-line as its second line.
    /// - A one-line by-line block may also follow it.
    /// - Something must follow: a text that is only one line is body text, not a title.
    static func read(from blocks: [TextBlock]) -> TitleLine? {
        guard blocks.count >= 2, let first = blocks.first, first.lines.count <= 2 else {
            return nil
        }
        let line = first.lines[0].trimmingTextWhitespace()
        guard isTitleShaped(line) else { return nil }
        var title = TitleLine(title: String(line), byline: nil, author: nil, blockCount: 1)
        if first.lines.count == 2 {
            guard let author = author(inByline: first.lines[1].trimmingTextWhitespace()) else {
                return nil
            }
            title.byline = String(first.lines[1].trimmingTextWhitespace())
            title.author = author
        } else if blocks.count >= 3, let next = blocks[1].singleLine,
            let author = author(inByline: next)
        {
            title.byline = String(next)
            title.author = author
            title.blockCount = 2
        }
        return title
    }

    private static func isTitleShaped(_ line: Substring) -> Bool {
        guard !line.isEmpty, line.count <= maximumLength,
            line.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
            let last = line.unicodeScalars.last
        else { return false }
        return !sentencePunctuation.contains(last) || line.hasSuffix("...")
    }

    /// The name in "by Jane Doe", or nil when the line is not a by-line.
    static func author(inByline line: Substring) -> String? {
        guard line.count <= maximumBylineLength, let space = line.firstIndex(of: " ") else {
            return nil
        }
        guard bylineWords.contains(line[..<space].lowercased()) else { return nil }
        var name = line[space...].trimmingTextWhitespace()
        while let last = name.last, last == "." || last == "," { name = name.dropLast() }
        guard let initial = name.unicodeScalars.first, initial.properties.isUppercase else {
            return nil
        }
        return String(name)
    }
}
