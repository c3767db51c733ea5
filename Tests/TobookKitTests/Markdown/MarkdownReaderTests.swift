import Testing

@testable import TobookKit

/// The Markdown reader on short literal inputs: the exact model each construct becomes.
@Suite("Markdown reader")
struct MarkdownReaderTests {
    func read(_ text: String) -> PlainTextParser.Result {
        MarkdownReader().read(text)
    }

    @Test("A lone opening level 1 heading is the title; the levels under it start at 1")
    func titleAndLevels() {
        let result = read("# The Title\n\nIntro.\n\n## One\n\nText.\n\n### One.A\n\nMore.\n")
        #expect(result.title == "The Title")
        #expect(result.chapters.map { $0.heading?.plainText } == [nil, "One", "One.A"])
        #expect(result.chapters.map { $0.heading?.level } == [nil, 1, 2])
        #expect(result.chapters[0].blocks == [.paragraph([.text("Intro.")])])
        #expect(result.outline.isMarkdown)
        #expect(result.outline.entries.map(\.source) == [.title, .markdown, .markdown])
        #expect(result.outline.entries.map(\.line) == [1, 5, 9])
        #expect(result.outline.totals.chapters == 2)
    }

    @Test("Several level 1 headings: none is the title, each opens a division")
    func severalTopHeadings() {
        let result = read("Part A\n======\n\nText.\n\n# Part B\n\nText.\n")
        #expect(result.title == nil)
        #expect(result.chapters.map { $0.heading?.plainText } == ["Part A", "Part B"])
        #expect(result.chapters.map { $0.heading?.level } == [1, 1])
    }

    @Test("Emphasis, strong, code, links; a relative link keeps its words, unlinked")
    func inlines() {
        let result = read(
            "Some *soft*, **bold** and `co*de` text, [a site](https://a.example/x), "
                + "[a file](notes.md), <https://b.example> and c@d.example.\n")
        #expect(
            result.blocks == [
                .paragraph(
                    [
                        .text("Some "), .emphasis([.text("soft")]), .text(", "),
                        .strong([.text("bold")]), .text(" and "), .code("co*de"), .text(" text, "),
                        .link(url: "https://a.example/x", text: [.text("a site")]), .text(", "),
                        .text("a file"), .text(", "),
                        .link(url: "https://b.example", text: [.text("https://b.example")]),
                        .text(" and "),
                        .link(url: "mailto:c@d.example", text: [.text("c@d.example")]),
                        .text("."),
                    ].coalesced)
            ])
    }

    @Test("Fenced code is preformatted as typed; a thematic break is a scene break")
    func codeAndRule() {
        let result = read("```swift\nlet s = \"x\" // `y`\n```\n\n***\n\n    indented\n")
        #expect(
            result.blocks == [
                .preformatted("let s = \"x\" // `y`"), .sceneBreak, .preformatted("indented"),
            ])
    }

    @Test("A nested list follows its parent item; the outer list goes on, numbered as typed")
    func nestedList() {
        let result = read("1. one\n2. two\n   - a\n   - b\n3. three\n")
        #expect(
            result.blocks == [
                .list(
                    ListBlock(
                        ordered: true,
                        items: [
                            ListItem(label: "1.", text: [.text("one")]),
                            ListItem(label: "2.", text: [.text("two")]),
                        ])),
                .list(
                    ListBlock(
                        ordered: false,
                        items: [
                            ListItem(label: nil, text: [.text("a")]),
                            ListItem(label: nil, text: [.text("b")]),
                        ])),
                .list(
                    ListBlock(
                        ordered: true, items: [ListItem(label: "3.", text: [.text("three")])])),
            ])
    }

    @Test("A block quote holds its blocks; a table its header row, cells and alignments")
    func quoteAndTable() {
        let result = read("> quoted\n> - item\n\n| a | b |\n|:--|--:|\n| 1 | *2* |\n")
        #expect(
            result.blocks == [
                .blockQuote([
                    .paragraph([.text("quoted")]),
                    .list(
                        ListBlock(
                            ordered: false, items: [ListItem(label: nil, text: [.text("item")])])),
                ]),
                .table(
                    Table(
                        rows: [
                            TableRow(cells: [[.text("a")], [.text("b")]], isHeader: true),
                            TableRow(cells: [[.text("1")], [.emphasis([.text("2")])]]),
                        ],
                        alignments: [.left, .right])),
            ])
        #expect(result.outline.totals.tables == 1)
    }

    @Test("Raw HTML is kept as text, never dropped")
    func rawHTML() {
        let result = read("<div class=\"note\">\nhello\n</div>\n\nAn <b>inline</b> tag.\n")
        #expect(
            result.blocks == [
                .preformatted("<div class=\"note\">\nhello\n</div>"),
                .paragraph([
                    .text("An "), .code("<b>"), .text("inline"), .code("</b>"), .text(" tag."),
                ]),
            ])
    }

    @Test("A character reference to a control character XML forbids becomes U+FFFD")
    func controlReference() {
        #expect(
            read("a &#x1F; b &#0; c `&#x1F;`\n").blocks == [
                .paragraph([.text("a \u{FFFD} b \u{FFFD} c "), .code("&#x1F;")])
            ])
    }

    @Test("Hard line breaks keep a stanza's lines; soft ones join the paragraph")
    func hardBreaks() {
        let result = read("Roses are red,  \nviolets *blue*\\\nso it goes.\n\nOne\nparagraph.\n")
        #expect(
            result.blocks == [
                .verse([
                    VerseLine(text: [.text("Roses are red,")]),
                    VerseLine(text: [.text("violets "), .emphasis([.text("blue")])]),
                    VerseLine(text: [.text("so it goes.")]),
                ]),
                .paragraph([.text("One paragraph.")]),
            ])
    }
}
