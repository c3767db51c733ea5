/// A leading block of `Key: value` lines that states what the text is ("Title: …", "Author: …",
/// "Date: …"), as notes, exports and Project Gutenberg headers have. Its values become the book's
/// metadata; the block itself moves to the back matter, so no word is lost.
struct FieldBlock: Equatable {
    var title: String?
    var subtitle: String?
    var authors: [String] = []
    var language: String?
    var publication = PublicationDetails()
    /// The block's line indices in the line table.
    var lines: Range<Int>

    static let keys: Set<String> = [
        "title", "subtitle", "author", "authors", "by", "language", "date", "publisher",
        "subject", "subjects", "description", "rights", "copyright", "series",
    ]

    /// Reads the first block when every line is a known field (or an indented continuation)
    /// and a title or an author is among them.
    static func read(_ blocks: [Range<Int>], table: LineTable) -> FieldBlock? {
        guard let first = blocks.first else { return nil }
        var fields: [(key: String, value: String)] = []
        for index in first {
            let line = table.lines[index]
            if let colon = line.content.firstIndex(of: ":"), line.indent == 0 {
                let key = line.content[..<colon].quickLowercased()
                let value = line.content[line.content.index(after: colon)...]
                    .trimmingTextWhitespace()
                guard keys.contains(key), !value.isEmpty else { return nil }
                fields.append((key, String(value)))
            } else if line.indent > 0, !fields.isEmpty {
                fields[fields.count - 1].value += " " + line.content
            } else {
                return nil
            }
        }
        guard fields.count >= 2,
            fields.contains(where: { ["title", "author", "authors", "by"].contains($0.key) })
        else { return nil }
        var block = FieldBlock(lines: first)
        for (key, value) in fields {
            switch key {
            case "title": block.title = value
            case "subtitle": block.subtitle = value
            case "author", "authors", "by":
                block.authors += value.components(separatedBy: " and ").flatMap {
                    $0.split(separator: ";").map { String($0.trimmingTextWhitespace()) }
                }.filter { !$0.isEmpty }
            case "language":
                block.language =
                    GutenbergFrame.languageTags[value.quickLowercased()]
                    ?? LanguageTag(value)?.description
            case "date": block.publication.date = PublicationDate.w3c(value)
            case "publisher": block.publication.publisher = value
            case "subject", "subjects":
                block.publication.subjects += value.split(separator: ";").map {
                    String($0.trimmingTextWhitespace())
                }.filter { !$0.isEmpty }
            case "description": block.publication.description = value
            case "rights", "copyright": block.publication.rights = value
            case "series": block.publication.series = value
            default: break
            }
        }
        return block
    }
}
