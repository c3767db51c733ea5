/// Kobo's markup on one finished XHTML page of tobook's, for a `.kepub.epub`: what Kobo's own
/// store books carry and kepubify adds, so the reader's kepub engine paginates, highlights and
/// counts reading time as in a book from its store.
/// - The `kobostylehacks` style at the end of `<head>`, kepubify's cut-down form of Kobo's
///   (`div#book-inner` without margins), named with Kobo's `id` rather than kepubify's `class`;
///   unnamed in XHTML 1.1 (`--epub2`), which allows neither on `<style>`.
/// - `<div id="book-columns"><div id="book-inner">` around everything in `<body>`.
/// - Each sentence in `<span class="koboSpan" id="kobo.P.S">`, P counting paragraphs and S the
///   sentences within (`KoboMarkup+Sentences.swift`).
///
/// It is a pass over the page's tags and text, as kepubify's is over a parsed page, so every
/// writer's page gets it alike, and the EPUB's own pages are written, and stay, byte for byte
/// what they were.
struct KoboMarkup {
    let page: XHTMLTokens
    let dialect: XHTMLDialect
    var output: XMLWriter
    /// The paragraph of the last span written, counted from 1 like Kobo's.
    var paragraph = 0
    /// The last span's sentence within its paragraph.
    var sentence = 0
    /// A paragraph-opening element was met: the next span starts a new paragraph. Counted at
    /// the next span, not at the element, so paragraphs without text take no number.
    var newParagraphNext = false

    static func styleHacks(_ dialect: XHTMLDialect) -> String {
        "<style type=\"text/css\"" + (dialect == .xhtml5 ? " id=\"kobostylehacks\"" : "")
            + ">div#book-inner { margin-top: 0; margin-bottom: 0; }</style>\n"
    }

    /// The page with Kobo's markup added; nothing of it taken away or reordered.
    static func apply(to page: [UInt8], dialect: XHTMLDialect = .xhtml5) -> [UInt8] {
        var markup = KoboMarkup(
            page: XHTMLTokens(page), dialect: dialect,
            output: XMLWriter(capacity: page.count + page.count / 4))
        markup.writePage()
        return markup.output.bytes
    }

    /// Elements whose text is kept as it is, without spans, as kepubify keeps them: code's
    /// spacing, and what is not text to read.
    static let verbatim: Set<String> = ["pre", "script", "style", "svg", "math", "audio", "video"]

    /// Elements whose content is a run of text and inline markup, each sentence of it spanned.
    static let textBlocks: Set<String> = [
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "caption",
        "figcaption",
    ]

    /// Elements that start a new paragraph number, as in kepubify and Kobo's books: a list or
    /// table is one paragraph, its items and cells its sentences.
    static let paragraphs: Set<String> = [
        "p", "ol", "ul", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    /// Phrasing elements a sentence span may hold (and a sentence boundary split in two).
    static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "img",
        "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
        "var", "wbr",
    ]

    private mutating func writePage() {
        let tokens = page.tokens
        var inBody = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            switch (token.kind, token.name) {
            case (.close, "head"):
                output.raw(Self.styleHacks(dialect))
                copy(token)
            // The divs touch the body's tags, so the page's text (its line breaks too) is the
            // EPUB's, character for character.
            case (.open, "body"):
                copy(token)
                output.raw("<div id=\"book-columns\"><div id=\"book-inner\">")
                inBody = true
            case (.close, "body"):
                output.raw("</div></div>")
                copy(token)
                inBody = false
            default:
                guard inBody else {
                    copy(token)
                    break
                }
                index = writeBodyToken(at: index)
                continue
            }
            index += 1
        }
    }

    /// Writes the body's token at `index` and what goes with it; returns the next index.
    private mutating func writeBodyToken(at index: Int) -> Int {
        let token = page.tokens[index]
        switch token.kind {
        case .open where Self.verbatim.contains(token.name):
            return copyElement(from: index)
        case .empty where token.name == "img":
            // An image on its own is a paragraph of its own, as in kepubify.
            paragraph += 1
            sentence = 0
            newParagraphNext = false
            openSpan()
            copy(token)
            output.raw("</span>")
        case .open where Self.textBlocks.contains(token.name):
            if Self.paragraphs.contains(token.name) { newParagraphNext = true }
            copy(token)
            return writeRun(from: index + 1)
        case .open where Self.paragraphs.contains(token.name):
            newParagraphNext = true
            copy(token)
        case .text where page.bytes(of: token).allSatisfy(Self.isSpace):
            copy(token)
        case .text,
            .open where Self.inline.contains(token.name),
            .empty where Self.inline.contains(token.name):
            // Text outside a paragraph (tobook writes none): spanned all the same.
            return writeRun(from: index)
        default:
            copy(token)
        }
        return index + 1
    }

    /// Copies the element opening at `start` as it is, with all it holds; returns the index
    /// after its end.
    private mutating func copyElement(from start: Int) -> Int {
        let name = page.tokens[start].name
        var depth = 0
        var index = start
        while index < page.tokens.count {
            let token = page.tokens[index]
            copy(token)
            index += 1
            if token.name == name && token.kind == .open { depth += 1 }
            if token.name == name && token.kind == .close { depth -= 1 }
            if depth == 0 { break }
        }
        return index
    }

    mutating func copy(_ token: XHTMLTokens.Token) {
        output.raw(bytes: page.bytes(of: token))
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
}
