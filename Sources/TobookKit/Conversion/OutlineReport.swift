/// What `tobook --outline` prints: the detected structure of one input, without a book.
public struct OutlineReport: Sendable {
    public var input: String
    public var encoding: TextEncoding
    public var language: String
    public var title: String
    public var outline: DocumentOutline
    /// The book's contents as every writer renders them (EPUB nav and NCX, PDF contents page
    /// and bookmarks): the one `Book.outline`.
    public var contents: Outline?

    public init(
        input: String, encoding: TextEncoding, language: String, title: String,
        outline: DocumentOutline, contents: Outline? = nil
    ) {
        self.input = input
        self.encoding = encoding
        self.language = language
        self.title = title
        self.outline = outline
        self.contents = contents
    }

    /// A table for people: one line per heading with its reasons, then the regions set aside,
    /// the totals and any warnings.
    public var text: String {
        var lines: [String] = []
        let headings = outline.entries.filter { $0.source != .title }
        lines.append(
            "\(input): “\(title)”, \(headings.filter(\.listed).count) headings (encoding \(encoding), language \(language))"
        )
        lines.append("")
        lines.append("  line  level  score  heading")
        for entry in outline.entries {
            let level =
                entry.source == .title
                ? "title" : (entry.listed ? String(entry.level) : "(\(entry.level))")
            let score = entry.source == .detected ? String(printf: "%5.1f", entry.score) : "     "
            let number = String(entry.line)
            let padded = String(repeating: " ", count: max(0, 6 - number.count)) + number
            let levelColumn = level + String(repeating: " ", count: max(0, 6 - level.count))
            lines.append("\(padded)  \(levelColumn) \(score)  \(entry.text)")
            lines.append("                      \(entry.explanation)")
        }
        if !outline.nearMisses.isEmpty {
            lines.append("")
            lines.append("  near misses (not headings):")
            for entry in outline.nearMisses {
                lines.append(
                    "  \(entry.line)  \(String(printf: "%.1f", entry.score))  \(entry.text)  [\(entry.explanation)]"
                )
            }
        }
        lines.append("")
        if outline.isMarkdown { lines.append("read as Markdown (headings as the text marks them)") }
        for left in outline.boilerplate {
            lines.append(
                "left out: line \(left.line) ‘\(left.text)’ (\(left.reason); --keep-boilerplate keeps it)"
            )
        }
        if let contents = outline.contentsLines {
            let fate =
                outline.contentsPage.map {
                    "the book's contents page, \($0.linkedEntries) of \($0.entries) entries linked"
                } ?? "kept as text"
            lines.append(
                "contents list: lines \(contents.lowerBound)–\(contents.upperBound) (\(fate))")
        }
        if let header = outline.gutenbergHeaderLines {
            var text = "Project Gutenberg header: lines \(header.lowerBound)–\(header.upperBound)"
            if let footer = outline.gutenbergFooterLines {
                text += ", footer: lines \(footer.lowerBound)–\(footer.upperBound)"
            }
            lines.append(text + " (moved to the back of the book)")
        }
        if let contents {
            lines.append("book contents (the EPUB's menus, the PDF's contents page and bookmarks):")
            for entry in contents.entries {
                lines.append(String(repeating: "  ", count: entry.level) + entry.label)
            }
        }
        let totals = outline.totals
        lines.append(
            "totals: \(totals.chapters) chapters, \(totals.paragraphs) paragraphs, \(totals.verseBlocks) verse blocks, "
                + "\(totals.sceneBreaks) scene breaks, \(totals.lists) lists, \(totals.blockQuotes) block quotes, "
                + "\(totals.preformatted) preformatted, \(totals.footnotes) footnotes, "
                + "\(totals.tables) tables")
        if !outline.warnings.isEmpty {
            lines.append("warnings:")
            lines += outline.warnings.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same as JSON, for `make eval` and other tools.
    public var json: String {
        func quoted(_ text: String) -> String {
            var result = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": result += "\\\""
                case "\\": result += "\\\\"
                case "\n": result += "\\n"
                case "\t": result += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result + "\""
        }
        func entry(_ entry: DocumentOutline.Entry) -> String {
            "{\"line\": \(entry.line), \"level\": \(entry.level), \"listed\": \(entry.listed), "
                + "\"source\": \(quoted(entry.source.rawValue)), \"score\": \(entry.score), "
                + "\"text\": \(quoted(entry.text)), \"reasons\": \(quoted(entry.explanation))}"
        }
        var fields: [String] = []
        fields.append("\"input\": \(quoted(input))")
        fields.append("\"title\": \(quoted(title))")
        fields.append("\"language\": \(quoted(language))")
        fields.append("\"encoding\": \(quoted(encoding.description))")
        fields.append("\"markdown\": \(outline.isMarkdown)")
        fields.append(
            "\"headings\": [\n    " + outline.entries.map(entry).joined(separator: ",\n    ")
                + "\n  ]")
        if let contents = outline.contentsLines {
            var list =
                "\"first\": \(contents.lowerBound), \"last\": \(contents.upperBound), "
                + "\"contents_page\": \(outline.contentsPage != nil)"
            if let page = outline.contentsPage {
                list += ", \"entries\": \(page.entries), \"linked_entries\": \(page.linkedEntries)"
            }
            fields.append("\"contents\": {\(list)}")
        }
        if let contents {
            fields.append(
                "\"book_contents\": ["
                    + contents.entries.map {
                        "{\"level\": \($0.level), \"label\": \(quoted($0.label))}"
                    }.joined(separator: ", ") + "]")
        }
        if let header = outline.gutenbergHeaderLines {
            fields.append("\"gutenberg_header\": [\(header.lowerBound), \(header.upperBound)]")
        }
        if let footer = outline.gutenbergFooterLines {
            fields.append("\"gutenberg_footer\": [\(footer.lowerBound), \(footer.upperBound)]")
        }
        let totals = outline.totals
        fields.append(
            "\"totals\": {\"chapters\": \(totals.chapters), \"paragraphs\": \(totals.paragraphs), "
                + "\"verse_blocks\": \(totals.verseBlocks), \"scene_breaks\": \(totals.sceneBreaks), "
                + "\"lists\": \(totals.lists), \"block_quotes\": \(totals.blockQuotes), "
                + "\"preformatted\": \(totals.preformatted), \"footnotes\": \(totals.footnotes), "
                + "\"tables\": \(totals.tables)}")
        fields.append(
            "\"left_out\": ["
                + outline.boilerplate.map {
                    "{\"line\": \($0.line), \"text\": \(quoted($0.text)), \"reason\": \(quoted($0.reason))}"
                }.joined(separator: ", ") + "]")
        fields.append(
            "\"warnings\": [" + outline.warnings.map(quoted).joined(separator: ", ") + "]")
        return "{\n  " + fields.joined(separator: ",\n  ") + "\n}\n"
    }
}
