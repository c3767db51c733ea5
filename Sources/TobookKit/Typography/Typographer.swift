import Dispatch

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
        // 100 MB book is never held twice. Chapters are independent: on two cores each takes
        // every other one, and the result is the same as on one.
        let lanes = min(2, book.chapters.count)
        book.chapters.withUnsafeMutableBufferPointer { buffer in
            let chapters = SharedChapters(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                for index in stride(from: lane, to: chapters.buffer.count, by: lanes) {
                    typeset(&chapters.buffer[index], tripleHyphens: tripleHyphens, bookEngine)
                }
            }
        }
        return book
    }

    /// One chapter's heading and blocks.
    private func typeset(
        _ chapter: inout Chapter, tripleHyphens: Bool, _ bookEngine: SmartPunctuation
    ) {
        // A division in another language (a German book's English Gutenberg licence) takes
        // that language's quotation marks.
        let engine =
            chapter.language.map { Self.engine(for: $0, tripleHyphens: tripleHyphens) }
            ?? bookEngine
        let typeset = { (content: [Inline]) in inlines(content, engine) }
        chapter.heading = chapter.heading.map { $0.mapInlines(typeset) }
        for blockIndex in chapter.blocks.indices {
            let block = chapter.blocks[blockIndex]
            chapter.blocks[blockIndex] = block.mapInlines(typeset)
        }
    }

    private static func engine(for language: String, tripleHyphens: Bool) -> SmartPunctuation {
        SmartPunctuation(
            style: QuoteStyle(language: language),
            isEnglish: language.quickLowercased().hasPrefix("en"),
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
    /// Whether any run of text in the block holds `needle` (which has no space: runs are
    /// searched one by one).
    func containsText(_ needle: String) -> Bool {
        containsInlines { $0.plainText.containsBytes(needle) }
    }
}

/// The book's chapters while the typography stage's lanes work on them: each lane writes only
/// its own chapters, so sharing the buffer is safe.
private struct SharedChapters: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Chapter>
}
