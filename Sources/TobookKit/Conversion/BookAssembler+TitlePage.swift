extension BookAssembler {
    /// Marks the text's own title page: a Gutenberg book's front matter that names the book's
    /// title again (`DIE VERWANDLUNG` / `VON` / `FRANZ KAFKA` under the header's
    /// `Title: Die Verwandlung`). It is then the book's title page, and the generated one,
    /// which would show the same title a page earlier, is not made; every line stays.
    /// - The front matter opens the book, without a heading, a label or a contents page: a
    ///   page of its own that the title page can be.
    /// - It is short, a page: at most 15 blocks, none longer than 200 characters. Front
    ///   matter that holds a preface or a transcriber's note is no title page; the generated
    ///   one stays before it.
    /// - One line of it, or up to three lines in a row, read as the title once letters and
    ///   digits alone are compared (`ALICE'S ADVENTURES` / `IN WONDERLAND`, `K A F K A`). That
    ///   block, when a paragraph, is set as the title (`titleBlock`).
    static func markOwnTitlePage(_ chapters: inout [Chapter], title: String) {
        guard let first = chapters.first, first.role == .frontMatter, first.heading == nil,
            first.label == nil
        else { return }
        let wanted = letters(of: title)
        guard wanted.count >= 3, first.blocks.count <= 15,
            first.blocks.allSatisfy({ $0.plainTextLength <= 200 })
        else { return }
        var lines: [String] = []
        var blockOfLine: [Int] = []
        for (index, block) in first.blocks.enumerated() {
            switch block {
            case .paragraph(let text): lines.append(letters(of: text.plainText))
            case .verse(let verse): lines += verse.map { letters(of: $0.text.plainText) }
            case .heading, .contentsPage: return
            default: lines.append("")
            }
            blockOfLine += Array(repeating: index, count: lines.count - blockOfLine.count)
        }
        for start in lines.indices {
            var joined = ""
            for line in lines[start..<min(lines.count, start + 3)] {
                joined += line
                if joined == wanted {
                    chapters[0].isTitlePage = true
                    if case .paragraph = first.blocks[blockOfLine[start]] {
                        chapters[0].titleBlock = blockOfLine[start]
                    }
                    return
                }
                guard wanted.hasPrefix(joined) else { break }
            }
        }
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
