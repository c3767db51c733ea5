import Testing

@testable import TobookKit

@Suite("Article parser")
struct PlainTextParserTests {
    let paragraph = ParserTests.paragraph

    @Test("Title line, by-line, hard-wrapped paragraphs, section headings and a scene break")
    func article() {
        let text = """
            A Short Title
            by Ann Lee

            First paragraph of the article, hard wrapped at a narrow width as
            plain text editors did, and long enough to look like it.

            A Section

            Second  paragraph, after the first section heading of the article.

            * * *

            Third paragraph, after a scene break.

            Another Section

            Last paragraph.
            """
        let result = ParserTests.parse(text)
        #expect(result.title == "A Short Title")
        #expect(result.byline == "by Ann Lee")
        #expect(result.authors == ["Ann Lee"])
        #expect(result.chapters.map(\.heading?.plainText) == [nil, "A Section", "Another Section"])
        #expect(
            result.blocks == [
                paragraph(
                    "First paragraph of the article, hard wrapped at a narrow width as plain text editors did, and long enough to look like it."
                ),
                .heading(Heading(level: 1, text: [.text("A Section")])),
                paragraph("Second paragraph, after the first section heading of the article."),
                .sceneBreak,
                paragraph("Third paragraph, after a scene break."),
                .heading(Heading(level: 1, text: [.text("Another Section")])),
                paragraph("Last paragraph."),
            ])
    }

    @Test("A by-line may stand in its own block under the title")
    func separateByline() {
        let result = ParserTests.parse("Title\n\nBy Jane Doe\n\nBody text here.\n")
        #expect(result.title == "Title")
        #expect(result.authors == ["Jane Doe"])
        #expect(result.blocks == [paragraph("Body text here.")])
    }

    @Test(
        "Subtitle lines under the title",
        arguments: [
            (
                "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n\nBody text.\n",
                "Version 3, 29 June 2007"
            ),
            (
                "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n\nBody.\n",
                "Version 2.0, January 2004 · http://www.apache.org/licenses/"
            ),
        ])
    func subtitle(text: String, subtitle: String) {
        #expect(ParserTests.parse(text).subtitle == subtitle)
    }

    @Test(
        "No title from a sentence, a numbered heading or a lone block",
        arguments: [
            "This is a sentence.\n\nAnd another one.\n",
            "A list, with commas,\n\nmore text\n",
            "Chapter 1\n\nIt begins here.\n",
            "Just one line\n",
        ])
    func noTitle(text: String) {
        #expect(ParserTests.parse(text).title == nil)
    }

    @Test(
        "A heading candidate in an article must sit between paragraphs",
        arguments: [
            ("Intro text.\n\nMore text.\n\nNot a heading at the end\n", false),
            ("Intro text.\n\n\"Dialogue line\"\n\nMore text.\n", false),
            ("Intro text.\n\nlowercase start\n\nMore text.\n", false),
            ("Intro text.\n\nEnds like a sentence.\n\nMore text.\n", false),
            ("Intro text.\n\nA Real Heading\n\nMore text.\n", true),
        ])
    func headingNeighbours(text: String, isHeading: Bool) {
        #expect(ParserTests.headings(text).isEmpty == !isHeading)
    }

    @Test("Runs of short lines are a list or an address, not headings")
    func runs() {
        #expect(ParserTests.headings("Intro.\n\nFlour\n\nSugar\n\nEggs\n\nMix them.\n").isEmpty)
    }

    @Test("Spaces: runs collapse (also a space beside a no-break space); a lone NBSP stays")
    func spaces() throws {
        let text =
            "Body.\n\nOne.  Two.\u{A0} Three.\u{A0}\u{A0}Four\tfive 10\u{A0}km « oui\u{202F}»\n"
        let blocks = ParserTests.bodyBlocks(text)
        try #require(blocks.count == 2)
        #expect(blocks[1] == paragraph("One. Two. Three. Four five 10\u{A0}km « oui\u{202F}»"))
    }

    @Test("Lines of CJK text join without a space; Latin lines join with one")
    func cjkJoin() throws {
        let blocks = ParserTests.bodyBlocks(
            "前文。\n\n这是第一行的文字内容这是第一行的文字内容\n这是第二行\nand Latin\nwords\n")
        try #require(blocks.count == 2)
        #expect(blocks[1] == paragraph("这是第一行的文字内容这是第一行的文字内容这是第二行 and Latin words"))
    }

    @Test("Hyphens and dashes at line ends join without a space")
    func dashJoins() {
        let text = "Opening.\n\nA well-\nknown fact, and then—\nsilence, or a spaced -\nhyphen.\n"
        #expect(
            ParserTests.bodyBlocks(text).last
                == paragraph("A well-known fact, and then—silence, or a spaced - hyphen."))
    }

    @Test("Nothing is dropped: every line of odd input ends up in some block")
    func fallback() {
        let text = "  ###### \n\n>>> quoted?\n\n12345\n\n    indented code\n    more code\n"
        let words = ParserTests.parse(text).blocks.map(\.plainText)
        #expect(
            words.joined(separator: " ").split(separator: " ") == [
                "<break>", ">>>", "quoted?", "12345", "indented", "code", "more", "code",
            ])
    }
}

extension Block {
    /// The text of a block for tests, scene breaks as "<break>".
    var plainText: String {
        switch self {
        case .paragraph(let inlines), .caption(let inlines): inlines.plainText
        case .heading(let heading): heading.label
        case .sceneBreak: "<break>"
        case .verse(let lines): lines.map(\.text.plainText).joined(separator: " / ")
        case .preformatted(let text): text
        case .blockQuote(let inner): inner.map(\.plainText).joined(separator: " ")
        case .list(let list):
            list.items.map { ($0.label.map { $0 + " " } ?? "") + $0.text.plainText }.joined(
                separator: " ")
        case .footnote(let note): note.text.plainText
        case .contentsPage(let page): page.plainText
        case .table(let table): table.plainText
        }
    }
}
