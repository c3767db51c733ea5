import Testing

@testable import TobookKit

/// A typed contents list becomes the book's contents page where it stood: every line kept, each
/// entry linked to the heading it names.
@Suite("Typed contents pages")
struct ContentsPageTests {
    /// A short novel with its own contents list: four chapters, an entry for a fifth that the
    /// text does not have, and a note between the entries.
    static func novel(paragraphs: Int = 2) -> String {
        let contents = """
            The Lighthouse Keeper

            by Ada Testwell


            CONTENTS

            CHAPTER I. The Lamp .......... 1
            CHAPTER II. The Storm .......... 9

            (Numbers are the first edition's pages.)

            CHAPTER III. The Letter from Nowhere .......... 17
            CHAPTER IV. The Return .......... 25
            CHAPTER V. The Lost Chapter .......... 33
            """
        let titles = ["The Lamp", "The Storm", "The Letter from Nowhere", "The Return"]
        let numerals = ["I", "II", "III", "IV"]
        var text = contents + "\n\n\n\n"
        for (index, title) in titles.enumerated() {
            text += "CHAPTER \(numerals[index]). \(title)\n\n"
            for paragraph in 0..<paragraphs {
                text +=
                    ParserTests.wrap(ParserTests.prose(60, seed: index * 7 + paragraph), width: 70)
                    + "\n\n"
            }
            text += "\n\n"
        }
        return text
    }

    static func page(of result: PlainTextParser.Result) -> ContentsPage? {
        for case .contentsPage(let page) in result.blocks { return page }
        return nil
    }

    @Test("The list becomes one contents page where it stood, entries linked in order")
    func contentsPage() throws {
        let result = ParserTests.parse(Self.novel())
        let page = try #require(Self.page(of: result))
        #expect(
            page
                == ContentsPage(
                    label: [.text("CONTENTS")],
                    items: [
                        .entry(
                            .init(text: [.text("CHAPTER I. The Lamp")], pageNumber: "1", target: 0)),
                        .entry(
                            .init(
                                text: [.text("CHAPTER II. The Storm")], pageNumber: "9", target: 1)
                        ),
                        .text([.text("(Numbers are the first edition's pages.)")]),
                        .entry(
                            .init(
                                text: [.text("CHAPTER III. The Letter from Nowhere")],
                                pageNumber: "17", target: 2)),
                        .entry(
                            .init(
                                text: [.text("CHAPTER IV. The Return")], pageNumber: "25",
                                target: 3)),
                        .entry(
                            .init(text: [.text("CHAPTER V. The Lost Chapter")], pageNumber: "33")),
                    ]))
        #expect(
            ParserTests.headings(of: result) == [
                "1:CHAPTER I. The Lamp", "1:CHAPTER II. The Storm",
                "1:CHAPTER III. The Letter from Nowhere", "1:CHAPTER IV. The Return",
            ])
        // It stands before the first chapter, in the division that holds the text before it.
        #expect(result.chapters.first?.heading == nil)
        #expect(result.chapters.first?.blocks.last == .contentsPage(page))
        #expect(result.outline.contentsLines == 6...15)
        #expect(
            result.outline.contentsPage
                == DocumentOutline.ContentsPageSummary(linkedEntries: 4, entries: 5))
    }

    @Test("--outline says what became of the list, in text and JSON")
    func outline() throws {
        let outline = ParserTests.parse(Self.novel()).outline
        let report = OutlineReport(
            input: "novel.txt", encoding: .utf8, language: "en", title: "The Lighthouse Keeper",
            outline: outline)
        #expect(
            report.text.contains(
                "contents list: lines 6–15 (the book's contents page, 4 of 5 entries linked)"))
        #expect(
            report.json.contains(
                "\"contents\": {\"first\": 6, \"last\": 15, \"contents_page\": true, \"entries\": 5, \"linked_entries\": 4}"
            ))
    }

    @Test("A list that names none of the headings stays text, as typed")
    func keptAsText() throws {
        let novel = Self.novel()
        let start = try #require(novel.range(of: "CHAPTER I. The Lamp ....")).lowerBound
        let end = try #require(novel.range(of: "Lost Chapter .......... 33")).upperBound
        let text = novel.replacingCharacters(
            in: start..<end,
            with: "A Winter Prologue .......... 1\nSongs of the Harbour .......... 9\n\n"
                + "Notes on the Lamps .......... 40")
        let result = ParserTests.parse(text)
        #expect(Self.page(of: result) == nil)
        #expect(result.outline.contentsLines == 6...11)
        #expect(result.outline.contentsPage == nil)
        #expect(result.blocks.contains(ParserTests.paragraph("CONTENTS")))
        let report = OutlineReport(
            input: "novel.txt", encoding: .utf8, language: "en", title: "The Lighthouse Keeper",
            outline: result.outline)
        #expect(report.text.contains("contents list: lines 6–11 (kept as text)"))
        #expect(report.json.contains("\"contents_page\": false}"))
    }

    @Test("A page number alone on its line stays: with its entry, or as the line it is")
    func lonePageNumbers() throws {
        let text = Self.novel()
            .replacingOccurrences(
                of: "CHAPTER I. The Lamp .......... 1",
                with: "CHAPTER I. The Lamp\n      .......... 1"
            )
            .replacingOccurrences(
                of: "(Numbers are the first edition's pages.)", with: ".......... 45")
        let page = try #require(Self.page(of: ParserTests.parse(text)))
        #expect(
            page.items.prefix(3) == [
                .entry(.init(text: [.text("CHAPTER I. The Lamp")], pageNumber: "1", target: 0)),
                .entry(.init(text: [.text("CHAPTER II. The Storm")], pageNumber: "9", target: 1)),
                .text([.text(".......... 45")]),
            ])
    }

    @Test("A heading the detector missed costs its own entry's link, not the ones after it")
    func missedHeading() {
        let names = { (texts: [String]) in
            texts.map { ContentsResolver.Names(text: $0, subtitle: nil) }
        }
        let entries = names(["I. Arrival", "II. The Fair", "III. Departure", "IV. Home"])
        // The fair's chapter was missed.
        let without = names(["I. ARRIVAL", "III. DEPARTURE", "IV. HOME"])
        #expect(ContentsResolver.match(entries, without) == [0, nil, 1, 2])
        // A section numbered "II" inside the first chapter does not take the fair's link.
        let headings = names(["I. ARRIVAL", "II", "II. THE FAIR", "III. DEPARTURE", "IV. HOME"])
        #expect(ContentsResolver.match(entries, headings) == [0, 2, 3, 4])
        // Keyword and number decide when both have them; chapters restart under each book.
        let books = names(["BOOK ONE", "CHAPTER I", "CHAPTER II", "BOOK TWO", "CHAPTER I"])
        let bookEntries = names(["Book One", "Chapter I", "Book Two", "Chapter I"])
        #expect(ContentsResolver.match(bookEntries, books) == [0, 1, 3, 4])
    }

    @Test("A play's contents typed as running text gets an entry per act and scene")
    func runOnList() throws {
        let text = """
            A Play for Testing

            by Ada Testwell


            Contents

            ACT I Scene I. A harbour at dawn. Scene II. The harbour master's
            office, later.

            ACT II Scene I. The same, at night.



            ACT I

            SCENE I. A harbour at dawn.

            \(ParserTests.wrap(ParserTests.prose(40), width: 70))


            SCENE II. The harbour master's office, later.

            \(ParserTests.wrap(ParserTests.prose(40, seed: 3), width: 70))


            ACT II

            SCENE I. The same, at night.

            \(ParserTests.wrap(ParserTests.prose(40, seed: 5), width: 70))
            """
        let page = try #require(Self.page(of: ParserTests.parse(text)))
        #expect(
            page.entries.map(\.text.plainText) == [
                "ACT I", "Scene I. A harbour at dawn.",
                "Scene II. The harbour master's office, later.", "ACT II",
                "Scene I. The same, at night.",
            ])
        #expect(page.entries.map(\.target) == [0, 1, 2, 3, 4])
        #expect(page.entries.map(\.indent) == [0, 1, 1, 0, 1])
    }
}
