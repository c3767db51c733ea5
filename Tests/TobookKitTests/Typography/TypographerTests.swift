import Testing

@testable import TobookKit

/// The typography stage changes the words and nothing else of the model.
@Suite("Typographer")
struct TypographerTests {
    /// A bullet typed as `•` keeps its marker through typography: the marker is what the item
    /// goes back to should it end up a paragraph, and a rebuilt item used to lose it for `-`.
    @Test func listItemsKeepTheirTypedMarkers() {
        let list = ListBlock(
            ordered: false,
            items: [
                ListItem(label: nil, text: [.text("\"one\"")], typedMarker: "•"),
                ListItem(label: "(a)", text: [.text("two")], typedMarker: "(a)"),
            ])
        let book = Book(
            metadata: BookMetadata(title: "T"), chapters: [Chapter(blocks: [.list(list)])])
        let typeset = Typographer(language: "en").apply(to: book)
        let expected = ListBlock(
            ordered: false,
            items: [
                ListItem(label: nil, text: [.text("“one”")], typedMarker: "•"),
                ListItem(label: "(a)", text: [.text("two")], typedMarker: "(a)"),
            ])
        #expect(typeset.chapters[0].blocks == [.list(expected)])
    }

    /// Every kind of block holding text is smartened, inside a quotation too; what is not
    /// words (verse indents, note labels, printed page numbers) stays as typed.
    @Test func everyRunOfTextIsSmartened() {
        let quoted: [Inline] = [.text("\"a\"")]
        let curled: [Inline] = [.text("“a”")]
        let page = ContentsPage(
            label: quoted,
            items: [.entry(.init(text: quoted, pageNumber: "12", indent: 1)), .text(quoted)])
        let blocks: [Block] = [
            .blockQuote([.paragraph(quoted), .verse([VerseLine(indent: 2, text: quoted)])]),
            .footnote(Footnote(label: "1", text: quoted)),
            .contentsPage(page),
            .table(Table(rows: [TableRow(cells: [quoted, curled], isHeader: true)])),
            .heading(Heading(level: 2, text: quoted, subtitle: quoted, listed: false)),
        ]
        let book = Book(metadata: BookMetadata(title: "T"), chapters: [Chapter(blocks: blocks)])
        let typeset = Typographer(language: "en").apply(to: book).chapters[0].blocks
        let expectedPage = ContentsPage(
            label: curled,
            items: [.entry(.init(text: curled, pageNumber: "12", indent: 1)), .text(curled)])
        #expect(
            typeset == [
                .blockQuote([.paragraph(curled), .verse([VerseLine(indent: 2, text: curled)])]),
                .footnote(Footnote(label: "1", text: curled)),
                .contentsPage(expectedPage),
                .table(Table(rows: [TableRow(cells: [curled, curled], isHeader: true)])),
                .heading(Heading(level: 2, text: curled, subtitle: curled, listed: false)),
            ])
    }
}
