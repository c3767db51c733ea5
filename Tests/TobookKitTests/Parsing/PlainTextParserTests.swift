import Testing

@testable import TobookKit

@Suite("Article parser")
struct PlainTextParserTests {
    let parser = PlainTextParser()

    func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }
    func heading(_ text: String) -> Block { .heading(Heading(level: 1, text: [.text(text)])) }

    @Test("Title line, by-line, hard-wrapped paragraphs, a section heading and a scene break")
    func article() {
        let text = """
            A Short Title
            by Ann Lee

            First paragraph, hard
            wrapped at a narrow width.

            A Section

            Second  paragraph.

            * * *

            Third paragraph.
            """
        let result = parser.parse(text)
        #expect(result.title == "A Short Title")
        #expect(result.byline == "by Ann Lee")
        #expect(result.author == "Ann Lee")
        #expect(
            result.blocks == [
                paragraph("First paragraph, hard wrapped at a narrow width."),
                heading("A Section"),
                paragraph("Second paragraph."),
                .sceneBreak,
                paragraph("Third paragraph."),
            ])
    }

    @Test("A by-line may stand in its own block under the title")
    func separateByline() {
        let result = parser.parse("Title\n\nBy Jane Doe\n\nBody text here.\n")
        #expect(result.title == "Title")
        #expect(result.author == "Jane Doe")
        #expect(result.blocks == [paragraph("Body text here.")])
    }

    @Test(
        "A first line that ends a sentence is not a title",
        arguments: [
            "This is a sentence.\n\nAnd another one.\n",
            "A list, with commas,\n\nmore text\n",
        ])
    func noTitle(text: String) {
        #expect(parser.parse(text).title == nil)
    }

    @Test("A one-line text is body text, not a title with nothing under it")
    func singleLine() {
        let result = parser.parse("Just one line\n")
        #expect(result.title == nil)
        #expect(result.blocks == [paragraph("Just one line")])
    }

    @Test(
        "Heading candidates must sit between paragraphs",
        arguments: [
            ("Intro text.\n\nMore text.\n\nNot a heading at the end\n", 2, false),
            ("Intro text.\n\n\"Dialogue line\"\n\nMore text.\n", 1, false),
            ("Intro text.\n\nlowercase start\n\nMore text.\n", 1, false),
            ("Intro text.\n\nEnds like a sentence.\n\nMore text.\n", 1, false),
            ("Intro text.\n\nA Real Heading\n\nMore text.\n", 1, true),
            ("Intro text.\n\nChapter 1\n\nMore text.\n", 1, true),
        ])
    func headingNeighbours(text: String, index: Int, isHeading: Bool) throws {
        let blocks = parser.parse(text).blocks
        try #require(blocks.count == 3)
        #expect(blocks[index].isHeadingBlock == isHeading)
    }

    @Test("Runs of short lines are a list, not headings; a run of two is a heading pair")
    func runs() {
        let list = parser.parse("Intro.\n\nFlour\n\nSugar\n\nEggs\n\nMix them.\n").blocks
        #expect(list.filter(\.isHeadingBlock).isEmpty)
        let pair = parser.parse("Intro.\n\nBOOK ONE: 1805\n\nCHAPTER I\n\nIt began.\n").blocks
        #expect(
            pair == [
                paragraph("Intro."), heading("BOOK ONE: 1805"), heading("CHAPTER I"),
                paragraph("It began."),
            ])
    }

    @Test("Scene-break lines", arguments: ["* * *", "***", "#", "~~~", "- - -", "  *  *  *  "])
    func sceneBreaks(line: String) throws {
        let blocks = parser.parse("Before.\n\n\(line)\n\nAfter.\n").blocks
        try #require(blocks.count == 3)
        #expect(blocks[1] == .sceneBreak)
    }

    @Test("Spaces: runs collapse (also a space beside a no-break space); a lone NBSP stays")
    func spaces() throws {
        let text =
            "Body.\n\nOne.  Two.\u{A0} Three.\u{A0}\u{A0}Four\tfive 10\u{A0}km « oui\u{202F}»\n"
        let blocks = parser.parse(text).blocks
        try #require(blocks.count == 2)
        #expect(blocks[1] == paragraph("One. Two. Three. Four five 10\u{A0}km « oui\u{202F}»"))
    }

    @Test("Lines of CJK text join without a space; Latin lines join with one")
    func cjkJoin() throws {
        let blocks = parser.parse("前文。\n\n这是第一行\n这是第二行\nand Latin\nwords\n").blocks
        try #require(blocks.count == 2)
        #expect(blocks[1] == paragraph("这是第一行这是第二行 and Latin words"))
    }

    @Test("Nothing is dropped: every line of odd input ends up in some block")
    func fallback() {
        let text = "  ###### \n\n>>> quoted?\n\n12345\n\n    indented code\n    more code\n"
        let words = parser.parse(text).blocks.map { block -> String in
            switch block {
            case .paragraph(let inlines): inlines.plainText
            case .heading(let heading): heading.plainText
            case .sceneBreak: "<break>"
            }
        }
        #expect(words == ["<break>", ">>> quoted?", "12345", "indented code more code"])
    }
}

extension Block {
    var isHeadingBlock: Bool {
        if case .heading = self { true } else { false }
    }
}
