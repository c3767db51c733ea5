/// The typography stage: runs over the document model between parsing and writing, so the
/// EPUB and the PDF show the same text. Smart punctuation per the book's language (unless
/// turned off); soft hyphens always go (they break search and text-to-speech in readers).
public struct Typographer: Sendable {
    /// Separates inline runs while a paragraph is processed as one string.
    static let boundary: Unicode.Scalar = "\u{E000}"

    public var language: String
    public var smartPunctuation: Bool

    public init(language: String, smartPunctuation: Bool = true) {
        self.language = language
        self.smartPunctuation = smartPunctuation
    }

    public func apply(to book: consuming Book) -> Book {
        apply(to: book) { _ in }
    }

    /// The same, telling `metadataReady` the typeset metadata before the chapters are done (the
    /// cover is drawn from it meanwhile).
    func apply(to book: consuming Book, metadataReady: (BookMetadata) -> Void) -> Book {
        let tripleHyphens =
            smartPunctuation
            && book.chapters.contains { chapter in
                chapter.blocks.contains { $0.containsText("---") }
            }
        let bookEngine = Self.engine(for: language, tripleHyphens: tripleHyphens)
        book.metadata = metadata(book.metadata, bookEngine)
        metadataReady(book.metadata)
        // In place, block by block: each old block is freed as its new one replaces it, so a
        // 100 MB book is never held twice.
        for chapterIndex in book.chapters.indices {
            // A division in another language (a German book's English Gutenberg licence) takes
            // that language's quotation marks.
            let engine =
                book.chapters[chapterIndex].language.map {
                    Self.engine(for: $0, tripleHyphens: tripleHyphens)
                } ?? bookEngine
            book.chapters[chapterIndex].heading = book.chapters[chapterIndex].heading.map {
                heading($0, engine)
            }
            for blockIndex in book.chapters[chapterIndex].blocks.indices {
                let typeset = block(book.chapters[chapterIndex].blocks[blockIndex], engine)
                book.chapters[chapterIndex].blocks[blockIndex] = typeset
            }
        }
        return book
    }

    private static func engine(for language: String, tripleHyphens: Bool) -> SmartPunctuation {
        SmartPunctuation(
            style: QuoteStyle(language: language), isEnglish: language.lowercased().hasPrefix("en"),
            tripleHyphenIsEmDash: tripleHyphens)
    }

    /// The title, subtitle and by-line of a book whose text is set already (a collection's).
    func apply(to metadata: BookMetadata) -> BookMetadata {
        self.metadata(metadata, Self.engine(for: language, tripleHyphens: false))
    }

    private func metadata(_ metadata: BookMetadata, _ engine: SmartPunctuation) -> BookMetadata {
        var metadata = metadata
        metadata.title = text(metadata.title, engine)
        metadata.subtitle = metadata.subtitle.map { text($0, engine) }
        metadata.byline = metadata.byline.map { text($0, engine) }
        return metadata
    }

    private func heading(_ heading: Heading, _ engine: SmartPunctuation) -> Heading {
        var heading = heading
        heading.text = inlines(heading.text, engine)
        heading.subtitle = heading.subtitle.map { inlines($0, engine) }
        return heading
    }

    private func block(_ block: Block, _ engine: SmartPunctuation) -> Block {
        switch block {
        case .paragraph(let content): return .paragraph(inlines(content, engine))
        case .caption(let content): return .caption(inlines(content, engine))
        case .heading(let content): return .heading(heading(content, engine))
        case .sceneBreak, .preformatted: return block
        case .verse(let lines):
            return .verse(
                lines.map { VerseLine(indent: $0.indent, text: inlines($0.text, engine)) })
        case .blockQuote(let inner): return .blockQuote(inner.map { self.block($0, engine) })
        case .list(var list):
            for index in list.items.indices {
                list.items[index].text = inlines(list.items[index].text, engine)
            }
            return .list(list)
        case .footnote(let note):
            return .footnote(Footnote(label: note.label, text: inlines(note.text, engine)))
        case .contentsPage(let page):
            return .contentsPage(contentsPage(page, engine))
        case .table(var table):
            for row in table.rows.indices {
                table.rows[row].cells = table.rows[row].cells.map { inlines($0, engine) }
            }
            return .table(table)
        }
    }

    /// The label, entries and lines of text as prose; printed page numbers as typed.
    private func contentsPage(_ page: ContentsPage, _ engine: SmartPunctuation) -> ContentsPage {
        var page = page
        page.label = page.label.map { inlines($0, engine) }
        page.items = page.items.map { item in
            switch item {
            case .entry(var entry):
                entry.text = inlines(entry.text, engine)
                return .entry(entry)
            case .text(let text):
                return .text(inlines(text, engine))
            }
        }
        return page
    }

    private func text(_ text: String, _ engine: SmartPunctuation) -> String {
        inlines([.text(text)], engine).plainText
    }

    /// Processes the text runs of one paragraph as one string (quotes pair across emphasis),
    /// then cuts it back into the same runs.
    private func inlines(_ content: [Inline], _ engine: SmartPunctuation) -> [Inline] {
        var scalars: [Unicode.Scalar] = []
        Self.flatten(content, into: &scalars)
        scalars.removeAll { $0 == "\u{AD}" }
        let processed = smartPunctuation ? engine.apply(scalars) : scalars
        var position = 0
        return Self.rebuild(content, from: processed, position: &position)
    }

    /// Text runs joined, each run followed by the boundary mark; speakers and note markers
    /// stand as a single boundary (they are not smartened).
    private static func flatten(_ content: [Inline], into scalars: inout [Unicode.Scalar]) {
        for inline in content {
            switch inline {
            case .text(let text):
                scalars.append(contentsOf: text.unicodeScalars)
                scalars.append(boundary)
            case .emphasis(let inner), .strong(let inner):
                flatten(inner, into: &scalars)
            case .link(let url, let inner) where !inner.isAddress(url):
                flatten(inner, into: &scalars)
            case .speaker, .noteReference, .code, .link:
                scalars.append(boundary)
            }
        }
    }

    private static func rebuild(
        _ content: [Inline], from scalars: [Unicode.Scalar], position: inout Int
    ) -> [Inline] {
        func nextRun() -> String {
            // Built as UTF-8 bytes: appending scalars to a String one by one is several times slower.
            var bytes: [UInt8] = []
            while position < scalars.count, scalars[position] != boundary {
                UTF8.encode(scalars[position]) { bytes.append($0) }
                position += 1
            }
            position += 1
            return String(decoding: bytes, as: UTF8.self)
        }
        return content.map { inline in
            switch inline {
            case .text: return .text(nextRun())
            case .emphasis(let inner):
                return .emphasis(rebuild(inner, from: scalars, position: &position))
            case .strong(let inner):
                return .strong(rebuild(inner, from: scalars, position: &position))
            case .link(let url, let inner) where !inner.isAddress(url):
                return .link(url: url, text: rebuild(inner, from: scalars, position: &position))
            case .speaker, .noteReference, .code, .link:
                _ = nextRun()
                return inline
            }
        }
    }
}

extension Block {
    /// Whether any text of the block holds `needle`.
    func containsText(_ needle: String) -> Bool {
        switch self {
        case .paragraph(let inlines), .caption(let inlines): inlines.plainText.containsBytes(needle)
        case .heading(let heading): heading.label.containsBytes(needle)
        case .verse(let lines): lines.contains { $0.text.plainText.containsBytes(needle) }
        case .blockQuote(let inner): inner.contains { $0.containsText(needle) }
        case .list(let list): list.items.contains { $0.text.plainText.containsBytes(needle) }
        case .footnote(let note): note.text.plainText.containsBytes(needle)
        case .contentsPage(let page): page.plainText.containsBytes(needle)
        case .table(let table): table.plainText.containsBytes(needle)
        case .sceneBreak, .preformatted: false
        }
    }
}
