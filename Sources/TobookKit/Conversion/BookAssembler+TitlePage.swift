extension BookAssembler {
    /// Marks the text's own title page: a Gutenberg book's front matter that names the book's
    /// title again (`DIE VERWANDLUNG` / `VON` / `FRANZ KAFKA` under the header's
    /// `Title: Die Verwandlung`). It is then the book's title page, and the generated one,
    /// which would show the same title a page earlier, is not made; every line stays.
    /// - The front matter opens the book, without a heading or a label: a page of its own
    ///   that the title page can be.
    /// - The title page is the front matter's opening run of short blocks (at most 15, none
    ///   longer than 200 characters), up to a heading, a contents page or a longer paragraph:
    ///   what follows (a contents list, a preface, a play's list of persons) stays front
    ///   matter, after the title page, in a division of its own.
    /// - One line of that run, or up to three lines in a row, read as the title once letters
    ///   and digits alone are compared (`ALICE'S ADVENTURES` / `IN WONDERLAND`, `K A F K A`).
    ///   That block, when a paragraph, is set as the title (`titleBlock`).
    static func markOwnTitlePage(_ chapters: inout [Chapter], title: String) {
        guard let first = chapters.first, first.role == .frontMatter, first.heading == nil,
            first.label == nil
        else { return }
        let wanted = letters(of: title)
        let end =
            first.blocks.firstIndex(where: { block in
                switch block {
                case .heading, .contentsPage: true
                default: block.plainTextLength > 200
                }
            }) ?? first.blocks.endIndex
        guard wanted.count >= 3, end > 0, end <= 15,
            let titleBlock = titleBlock(in: first.blocks[..<end], wanted: wanted)
        else { return }
        var titlePage = first
        titlePage.blocks = Array(first.blocks[..<end])
        titlePage.isTitlePage = true
        if case .paragraph = first.blocks[titleBlock] { titlePage.titleBlock = titleBlock }
        chapters[0] = titlePage
        if end < first.blocks.endIndex {
            var rest = first
            rest.blocks = Array(first.blocks[end...])
            chapters.insert(rest, at: 1)
        }
    }

    /// The index of the block whose line (or up to three lines in a row) reads as the title.
    private static func titleBlock(in blocks: ArraySlice<Block>, wanted: String) -> Int? {
        var lines: [String] = []
        var blockOfLine: [Int] = []
        for (index, block) in zip(blocks.indices, blocks) {
            switch block {
            case .paragraph(let text): lines.append(letters(of: text.plainText))
            case .verse(let verse): lines += verse.map { letters(of: $0.text.plainText) }
            default: lines.append("")
            }
            blockOfLine += Array(repeating: index, count: lines.count - blockOfLine.count)
        }
        for start in lines.indices {
            var joined = ""
            for line in lines[start..<min(lines.count, start + 3)] {
                joined += line
                if joined == wanted { return blockOfLine[start] }
                guard wanted.hasPrefix(joined) else { break }
            }
        }
        return nil
    }

    /// Letters and digits, lower-cased: what a title line and the title share however set.
    private static func letters(of text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}

extension Block {
    /// The characters of a paragraph, or of a verse block's longest line; 0 for other kinds.
    fileprivate var plainTextLength: Int {
        switch self {
        case .paragraph(let text): text.plainText.count
        case .verse(let lines): lines.map(\.text.plainText.count).max() ?? 0
        default: 0
        }
    }
}
