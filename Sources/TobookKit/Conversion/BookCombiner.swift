/// Makes one book of several texts (`--combine`): each file becomes a division at the top of
/// the outline, in the order given, with its own headings nested under it. The converter
/// prepares each file on its own (its encoding, its structure, its quotes); joining the
/// prepared parts is a pure function of them and the options.
struct BookCombiner {
    var options: ConversionOptions

    /// A first file with no more than this much text besides its title block (estimated
    /// bytes: a dedication, an epigraph) is the book's title page rather than a division.
    static let titlePageTextLimit = 600

    /// One file, prepared.
    struct Part {
        var name: String
        var prepared: Converter.PreparedBook
        var byteCount: Int
    }

    /// The book of the parts: a first part that holds only a title block is its title page;
    /// every other part a division. `outputPath` names a book that has no title otherwise.
    func combine(_ parts: [Part], outputPath: String?) -> Converter.PreparedBook {
        let (language, languageSource, languageWarning) = Self.language(of: parts, options)
        var titlePage: Book?
        var chapters: [Chapter] = []
        for (index, part) in parts.enumerated() {
            let book = part.prepared.book
            if index == 0 && options.title == nil && Self.isTitlePage(book) {
                titlePage = book
                chapters += book.chapters.compactMap(Self.frontMatter)
            } else {
                chapters += Self.division(of: part, in: language)
            }
        }
        let found = titlePage.map { Self.found($0.metadata) }
        // A title page's own subtitle, replaced by the options', stays in the text, first.
        if BookAssembler.given(options.subtitle) != nil, let subtitle = found?.subtitle {
            chapters.insert(
                Chapter(blocks: [.paragraph([.text(subtitle)])], role: .frontMatter), at: 0)
        }
        let metadata = BookAssembler.metadata(
            found ?? BookAssembler.FoundMetadata(authors: Self.authors(of: parts)),
            options: options, fileName: outputPath, language: language,
            modified: options.sourceDateEpoch ?? parts.map(\.prepared.book.metadata.modified).max()
                ?? BookMetadata.earliestModified)
        var book = Book(
            metadata: Typographer(language: language, smartPunctuation: options.smartPunctuation)
                .apply(to: metadata),
            chapters: chapters)
        book.isCollection = true
        var outline = DocumentOutline()
        var warnings: [String] = []
        for part in parts {
            outline.totals.add(part.prepared.outline.totals)
            warnings += part.prepared.warnings
                .filter { $0 != part.prepared.languageWarning }
                .map { part.name + ": " + $0 }
        }
        warnings += languageWarning.map { [$0] } ?? []
        var prepared = Converter.PreparedBook(
            book: book, encoding: parts.first?.prepared.encoding ?? .utf8, warnings: warnings,
            outline: outline, languageSource: languageSource, languageWarning: languageWarning)
        prepared.encodingNote = Self.encodingNote(parts)
        return prepared
    }

    /// What a title page says about the book.
    static func found(_ metadata: BookMetadata) -> BookAssembler.FoundMetadata {
        BookAssembler.FoundMetadata(
            title: metadata.title, titleSource: metadata.titleSource, subtitle: metadata.subtitle,
            byline: metadata.byline, dateline: metadata.dateline, authors: metadata.authors,
            publication: metadata.publication)
    }

    /// A part as a division; a text in another language than the book's says so, for
    /// hyphenation and speech (a guess for want of evidence does not), except where a division
    /// has a language of its own (a Gutenberg licence).
    static func division(of part: Part, in language: String) -> [Chapter] {
        var division = division(of: part.prepared.book)
        let partLanguage = part.prepared.book.metadata.language
        if partLanguage != language && part.prepared.languageWarning == nil {
            for index in division.indices where division[index].language == nil {
                division[index].language = partLanguage
            }
        }
        return division
    }

    /// Whether a book holds nothing but its title block and a little text (no heading).
    static func isTitlePage(_ book: Book) -> Bool {
        guard book.metadata.titleSource == .text || book.metadata.titleSource == .header else {
            return false
        }
        var size = 0
        for chapter in book.chapters where chapter.role != .backMatter {
            if chapter.heading != nil { return false }
            for block in chapter.blocks {
                if case .heading = block { return false }
                size += ContentDocumentPlanner.estimatedSize(.block(block))
            }
        }
        return size <= titlePageTextLimit
    }

    /// A title page's other text, kept as front matter; nothing when a division is empty.
    static func frontMatter(_ chapter: Chapter) -> Chapter? {
        guard !chapter.blocks.isEmpty || chapter.label != nil else { return nil }
        var chapter = chapter
        if chapter.role == .body { chapter.role = .frontMatter }
        return chapter
    }

    /// A part's chapters as one division: its title (or, failing one, its single opening
    /// heading, or its file name) at level 1 and its own headings below it.
    static func division(of book: Book) -> [Chapter] {
        var chapters = book.chapters
        let levels = chapters.flatMap { chapter in
            (chapter.heading.map { [$0.level] } ?? [])
                + chapter.blocks.compactMap { block in
                    if case .heading(let heading) = block { heading.level } else { nil }
                }
        }
        let top = levels.min() ?? 1
        let metadata = book.metadata
        var opening: Heading?
        var shift = 2 - top
        if metadata.titleSource == .text || metadata.titleSource == .header {
            opening = Heading(
                level: 1, text: [.text(metadata.title)],
                subtitle: metadata.subtitle.map { [.text($0)] })
        } else if let first = chapters.firstIndex(where: { $0.role == .body }),
            chapters[first].heading?.level == top, levels.count(where: { $0 == top }) == 1,
            chapters[..<first].allSatisfy({ $0.role == .frontMatter })
        {
            shift = 1 - top
        } else {
            opening = Heading(level: 1, text: [.text(metadata.title)])
        }
        for index in chapters.indices {
            chapters[index].heading?.level += shift
            chapters[index].labelLevel = 2
            for blockIndex in chapters[index].blocks.indices {
                if case .heading(var heading) = chapters[index].blocks[blockIndex] {
                    heading.level += shift
                    chapters[index].blocks[blockIndex] = .heading(heading)
                }
            }
        }
        guard let opening else { return chapters }
        let byline = [metadata.byline, metadata.dateline].compactMap { $0 }.map {
            Block.paragraph([.text($0)])
        }
        if let first = chapters.first, first.heading == nil, first.label == nil,
            first.role == .body
        {
            chapters[0].heading = opening
            chapters[0].blocks.insert(contentsOf: byline, at: 0)
        } else {
            chapters.insert(Chapter(heading: opening, blocks: byline), at: 0)
        }
        return chapters
    }

    /// The language given, else the one most of the text is in (a header's or a confident
    /// guess); English with a warning when no part gave good evidence.
    static func language(of parts: [Part], _ options: ConversionOptions) -> (
        String, String, String?
    ) {
        if let given = options.language {
            return (given.description, "given", nil)
        }
        var weights: [(language: String, source: String, bytes: Int)] = []
        for part in parts where part.prepared.languageWarning == nil {
            let language = part.prepared.book.metadata.language
            if let index = weights.firstIndex(where: { $0.language == language }) {
                weights[index].bytes += part.byteCount
            } else {
                weights.append((language, part.prepared.languageSource, part.byteCount))
            }
        }
        guard let best = weights.max(by: { $0.bytes < $1.bytes }) else {
            return (
                "en", "detected from the text",
                "could not tell the texts' language; using 'en': set it with --language"
            )
        }
        return (best.language, best.source, nil)
    }

    /// Every author the parts name, each once, in order of appearance.
    static func authors(of parts: [Part]) -> [String] {
        var authors: [String] = []
        for part in parts {
            for author in part.prepared.book.metadata.authors where !authors.contains(author) {
                authors.append(author)
            }
        }
        return authors
    }

    /// "UTF-8 (a.txt, b.txt), windows-1252 (c.txt)" when the parts' encodings differ.
    static func encodingNote(_ parts: [Part]) -> String? {
        var groups: [(encoding: String, names: [String])] = []
        for part in parts {
            let encoding = part.prepared.encoding.description
            if let index = groups.firstIndex(where: { $0.encoding == encoding }) {
                groups[index].names.append(part.name)
            } else {
                groups.append((encoding, [part.name]))
            }
        }
        guard groups.count > 1 else { return nil }
        return groups.map { "\($0.encoding) (\($0.names.joined(separator: ", ")))" }
            .joined(separator: ", ")
    }
}
