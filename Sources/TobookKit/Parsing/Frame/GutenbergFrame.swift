/// The Project Gutenberg wrapper around a book: the header before the `*** START OF …` line and
/// the footer (end note and licence) from `End of the Project Gutenberg …` on. The book itself
/// lies between them; the header's `Title:`, `Author:` and `Language:` fields become metadata.
struct GutenbergFrame: Equatable, Sendable {
    /// Line indices of the header, the start marker included.
    let header: Range<Int>
    /// Line indices of the book between the markers.
    let body: Range<Int>
    /// Line indices from the first end marker to the end.
    let footer: Range<Int>
    var title: String?
    /// Continuation lines of the `Title:` field ("or, The Modern Prometheus").
    var subtitle: String?
    var authors: [String] = []
    /// A BCP 47 tag for the header's `Language:` name, when tobook knows the name.
    var language: String?
    /// The `Release Date:` field as a W3C date, when it reads as one.
    var date: String?

    /// Marker forms from ebookmaker's `boilerplate.py`.
    static func isStartMarker(_ line: Substring) -> Bool {
        guard line.utf8.first == UInt8(ascii: "*") else { return false }
        let upper = line.uppercased()
        guard upper.hasPrefix("*") else { return false }
        let text = upper.drop { $0 == "*" || $0 == " " }
        return text.hasPrefix("START OF THE PROJECT GUTENBERG")
            || text.hasPrefix("START OF THIS PROJECT GUTENBERG")
    }

    static func isEndMarker(_ line: Substring) -> Bool {
        guard let first = line.utf8.first,
            first == UInt8(ascii: "*") || first == UInt8(ascii: "E") || first == UInt8(ascii: "e")
        else { return false }
        // After the stars and spaces every form begins "END" in some case, and no letter but
        // e, n and d has E, N or D for its upper case: a line of the book ("Even so") ends here,
        // before it is upper-cased.
        let words = line.utf8.drop { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: " ") }
        guard words.prefix(3).elementsEqual("end".utf8, by: { $0 | 0x20 == $1 }) else {
            return false
        }
        let upper = line.uppercased()
        let text = upper.drop { $0 == "*" || $0 == " " }
        return text.hasPrefix("END OF THE PROJECT GUTENBERG")
            || text.hasPrefix("END OF THIS PROJECT GUTENBERG")
            || text.hasPrefix("END OF PROJECT GUTENBERG")
            || upper.hasPrefix("ENDE DIESES PROJEKT GUTENBERG")
    }

    /// Finds the frame; nil when the text has no start marker within its first 400 lines.
    init?(_ table: LineTable) {
        let lines = table.lines
        guard let start = lines.prefix(400).firstIndex(where: { Self.isStartMarker($0.content) })
        else { return nil }
        let end = lines[(start + 1)...].firstIndex { Self.isEndMarker($0.content) } ?? lines.count
        header = 0..<(start + 1)
        body = (start + 1)..<end
        footer = end..<lines.count
        readFields(lines[header])
    }

    private mutating func readFields(_ lines: some Collection<SourceLine>) {
        var field: String?
        var value = ""
        var continuation = ""
        func finish() {
            guard let key = field else { return }
            let text = value.trimmingTextWhitespace()
            let more = continuation.trimmingTextWhitespace()
            switch key {
            case "title" where !text.isEmpty:
                title = String(text)
                subtitle = more.isEmpty ? nil : String(more)
            case "author" where !text.isEmpty:
                let all = more.isEmpty ? String(text) : text + " " + more
                authors = all.components(separatedBy: " and ").map {
                    String($0.trimmingTextWhitespace())
                }
            case "language": language = Self.languageTags[text.quickLowercased()]
            case "release date": date = PublicationDate.w3c(String(text))
            default: break
            }
            field = nil
            value = ""
            continuation = ""
        }
        for line in lines {
            if line.isBlank {
                finish()
                continue
            }
            if let colon = line.content.firstIndex(of: ":"), line.indent == 0 {
                let key = line.content[..<colon].quickLowercased()
                if [
                    "title", "author", "language", "translator", "release date", "posting date",
                    "character set encoding", "produced by", "editor", "illustrator",
                    "last updated",
                    "credits", "most recently updated",
                ].contains(key) {
                    finish()
                    field = key
                    value = String(line.content[line.content.index(after: colon)...])
                    continue
                }
            }
            if field != nil, line.indent > 0 {
                continuation += " " + line.content
            } else {
                finish()
            }
        }
        finish()
    }

    /// Gutenberg's language names, in English, for the languages readers list.
    static let languageTags: [String: String] = [
        "english": "en", "german": "de", "french": "fr", "spanish": "es", "italian": "it",
        "portuguese": "pt", "dutch": "nl", "swedish": "sv", "danish": "da", "norwegian": "no",
        "finnish": "fi", "polish": "pl", "russian": "ru", "czech": "cs", "hungarian": "hu",
        "greek": "el", "latin": "la", "chinese": "zh", "japanese": "ja", "catalan": "ca",
        "esperanto": "eo", "tagalog": "tl", "welsh": "cy", "irish": "ga", "icelandic": "is",
        "romanian": "ro", "hebrew": "he", "arabic": "ar", "korean": "ko", "ukrainian": "uk",
    ]
}
