/// Joins what the parser found with what the user asked for into a `Book`. Options win over the
/// text, but text they replace is kept in the body: nothing of the input is ever lost.
struct BookAssembler {
    var options: ConversionOptions
    /// The book's language tag, already resolved (option, Gutenberg header or detection).
    var language: String
    var modified: Int64
    /// The input's file name, the title of last resort.
    var inputName: String?

    func assemble(_ parsed: consuming PlainTextParser.Result) -> Book {
        var chapters = parsed.chapters
        var title: String
        var source: BookMetadata.TitleSource
        if let given = options.title?.trimmingTextWhitespace(), !given.isEmpty {
            title = String(given)
            source = .option
            if let found = parsed.title, parsed.titleSource == .text {
                let heading = Block.heading(Heading(level: 1, text: [.text(found)]))
                if chapters.isEmpty { chapters = [Chapter(blocks: [])] }
                chapters[0].blocks.insert(heading, at: 0)
            }
        } else if let found = parsed.title {
            title = found
            source = parsed.titleSource
        } else {
            title = Self.title(fromFileName: inputName) ?? "Untitled"
            source = .fileName
        }
        var subtitle = parsed.subtitle
        if let given = options.subtitle?.trimmingTextWhitespace(), !given.isEmpty {
            // Subtitle lines of the text's own title block stay in the body.
            if let found = parsed.subtitle, parsed.titleSource == .text {
                if chapters.isEmpty { chapters = [Chapter(blocks: [])] }
                let at = source == .option && parsed.title != nil ? 1 : 0
                chapters[0].blocks.insert(.paragraph([.text(found)]), at: at)
            }
            subtitle = String(given)
        }
        // A division in the book's own language needs no language of its own.
        for index in chapters.indices {
            if let own = chapters[index].language, Self.isSameLanguage(own, language) {
                chapters[index].language = nil
            }
        }
        let authors = options.authors.isEmpty ? parsed.authors : options.authors
        Self.markOwnTitlePage(&chapters, title: title)
        var metadata = BookMetadata(
            title: title, titleSource: source, subtitle: subtitle, byline: parsed.byline,
            authors: authors, language: language,
            identifier: options.identifier.map(Self.identifier), modified: modified)
        metadata.dateline = parsed.dateline
        metadata.publication = Self.merge(options.publication, over: parsed.publication)
        return Book(
            metadata: metadata, chapters: chapters.isEmpty ? [Chapter(blocks: [])] : chapters)
    }

    /// `en` and `en-GB` are one language: the primary subtags agree.
    static func isSameLanguage(_ one: String, _ other: String) -> Bool {
        let primary = { (tag: String) in tag.split(separator: "-").first?.lowercased() }
        return primary(one) == primary(other)
    }

    /// Each detail the options give wins over the one read from the text.
    static func merge(_ given: PublicationDetails, over found: PublicationDetails)
        -> PublicationDetails
    {
        var result = found
        if let value = given.publisher { result.publisher = value }
        if let value = given.date { result.date = value }
        if !given.subjects.isEmpty { result.subjects = given.subjects }
        if let value = given.description { result.description = value }
        if let value = given.series {
            result.series = value
            result.seriesIndex = given.seriesIndex
        }
        if let value = given.rights { result.rights = value }
        return result
    }

    /// "my_first-article.txt" reads as "My first article"; a name with capitals keeps them.
    static func title(fromFileName path: String?) -> String? {
        guard let path, let name = path.split(separator: "/").last else { return nil }
        let stem =
            name.lastIndex(of: ".").map { $0 == name.startIndex ? name : name[..<$0] } ?? name
        let words = stem.drop { $0 == "." }.split { $0 == "_" || $0 == "-" || $0 == " " }
        guard !words.isEmpty else { return nil }
        let title = words.joined(separator: " ")
        guard !title.contains(where: \.isUppercase) else { return title }
        return title.prefix(1).uppercased() + title.dropFirst()
    }

    /// A bare UUID becomes a `urn:uuid:` URN; anything else is kept as given.
    static func identifier(_ given: String) -> String {
        let trimmed = String(given.trimmingTextWhitespace())
        let hexDigits = trimmed.filter(\.isHexDigit)
        let looksLikeUUID =
            trimmed.count == 36 && hexDigits.count == 32 && trimmed.filter({ $0 == "-" }).count == 4
        return looksLikeUUID ? "urn:uuid:" + trimmed.lowercased() : trimmed
    }
}
