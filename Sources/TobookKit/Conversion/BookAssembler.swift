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
        let found = FoundMetadata(
            title: parsed.title, titleSource: parsed.titleSource, subtitle: parsed.subtitle,
            byline: parsed.byline, dateline: parsed.dateline, authors: parsed.authors,
            publication: parsed.publication)
        let metadata = Self.metadata(
            found, options: options, fileName: inputName, language: language, modified: modified)
        // The text's own title block, where the options replace it, stays in the body.
        if parsed.titleSource == .text {
            let titleGiven = metadata.titleSource == .option
            if titleGiven, let title = parsed.title {
                let heading = Block.heading(Heading(level: 1, text: [.text(title)]))
                if chapters.isEmpty { chapters = [Chapter(blocks: [])] }
                chapters[0].blocks.insert(heading, at: 0)
            }
            if Self.given(options.subtitle) != nil, let subtitle = parsed.subtitle {
                if chapters.isEmpty { chapters = [Chapter(blocks: [])] }
                let at = titleGiven && parsed.title != nil ? 1 : 0
                chapters[0].blocks.insert(.paragraph([.text(subtitle)]), at: at)
            }
        }
        // A division in the book's own language needs no language of its own.
        for index in chapters.indices {
            if let own = chapters[index].language, Self.isSameLanguage(own, language) {
                chapters[index].language = nil
            }
        }
        Self.markOwnTitlePage(&chapters, title: metadata.title)
        return Book(
            metadata: metadata, chapters: chapters.isEmpty ? [Chapter(blocks: [])] : chapters)
    }

    /// What a text says about itself: what the parser found, or a combined book's title page.
    struct FoundMetadata {
        var title: String?
        var titleSource = BookMetadata.TitleSource.text
        var subtitle: String?
        var byline: String?
        var dateline: String?
        var authors: [String] = []
        var publication = PublicationDetails()
    }

    /// The book's metadata, for one text and for a combined book alike: each thing the options
    /// give wins over what the text says, and a book with no title at all is named after its
    /// file.
    static func metadata(
        _ found: FoundMetadata, options: ConversionOptions, fileName: String?, language: String,
        modified: Int64
    ) -> BookMetadata {
        let title: String
        let source: BookMetadata.TitleSource
        if let given = given(options.title) {
            (title, source) = (given, .option)
        } else if let foundTitle = found.title {
            (title, source) = (foundTitle, found.titleSource)
        } else {
            (title, source) = (Self.title(fromFileName: fileName) ?? "Untitled", .fileName)
        }
        var metadata = BookMetadata(
            title: title, titleSource: source, subtitle: given(options.subtitle) ?? found.subtitle,
            byline: found.byline,
            authors: options.authors.isEmpty ? found.authors : options.authors,
            language: language, identifier: options.identifier.map(Self.identifier),
            modified: modified)
        metadata.dateline = found.dateline
        metadata.publication = merge(options.publication, over: found.publication)
        return metadata
    }

    /// A title or subtitle the options give, trimmed; nil when there is none or it is blank.
    static func given(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingTextWhitespace(), !trimmed.isEmpty else { return nil }
        return String(trimmed)
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
