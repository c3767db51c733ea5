import Testing

@testable import TobookKit

/// Articles as a browser copies them from a web page: one long line per paragraph, the
/// headline, standfirst, by-line and date on top, lists one item per line, captions and
/// site chrome between the paragraphs. One short text per failure kind of issue 17.
@Suite("Pasted web articles")
struct ArticleTests {
    /// A paragraph of one unwrapped line, long as web paragraphs are.
    static func paragraph(_ seed: Int) -> String {
        ParserTests.prose(30, seed: seed) + " " + ParserTests.prose(25, seed: seed + 3)
    }

    /// Header lines, then body blocks separated by blank lines (or by single newlines).
    static func article(_ header: [String], _ body: [String], singleNewlines: Bool = false)
        -> String
    {
        let gap = singleNewlines ? "\n" : "\n\n"
        return header.joined(separator: "\n") + gap + body.joined(separator: gap) + "\n"
    }

    static let body = (0..<4).map(paragraph)

    /// The items of `block` when it is a list, or nil (recorded as a failure).
    static func listItems(_ block: Block?) -> [String]? {
        guard case .list(let list)? = block else {
            Issue.record("not a list: \(String(describing: block))")
            return nil
        }
        return list.items.map(\.text.plainText)
    }

    @Test(
        "The headline is the title: long, ending in an abbreviation, or over a by-line",
        arguments: [
            "The city council voted on Tuesday night to approve the long-debated plan for a new light rail line running from the airport to the harbour",
            "Rents climb again in N.Y.C.",
            "Maybe the plan was never going to work.",
            "7 Unexpected Places You Could Find Cash",
        ])
    func headline(title: String) {
        let result = ParserTests.parse(Self.article([title, "By Jane Doe"], Self.body))
        #expect(result.title == title)
        #expect(result.authors == ["Jane Doe"])
    }

    @Test(
        "By-lines in the forms sites print give the names, without the date",
        arguments: [
            ("By Jane Doe", ["Jane Doe"], nil),
            ("BY JANE DOE", ["Jane Doe"], nil),
            ("Jane Doe", ["Jane Doe"], nil),
            ("By Jane Doe · March 3, 2025", ["Jane Doe"], "2025-03-03"),
            ("Jane Doe | Nov. 29, 2016", ["Jane Doe"], "2016-11-29"),
            ("Von Lars Weber, 3. März 2019", ["Lars Weber"], "2019-03-03"),
            ("Jane Doe and John Roe", ["Jane Doe", "John Roe"], nil),
            ("By Lisa de Moraes", ["Lisa de Moraes"], nil),
            ("Mike Cason | mcason@al.com", ["Mike Cason"], nil),
            ("著者：後藤大地", ["後藤大地"], nil),
        ] as [(String, [String], String?)])
    func bylines(line: String, names: [String], date: String?) {
        let result = ParserTests.parse(Self.article(["A Headline", line], Self.body))
        #expect(result.title == "A Headline")
        #expect(result.authors == names)
        #expect(result.byline == line)
        #expect(result.publication.date == date)
    }

    @Test("A date under the by-line stays under it (never moved above as a subtitle)")
    func dateline() {
        let result = ParserTests.parse(
            Self.article(["A Headline", "By Jane Doe", "Published 2016-12-23"], Self.body))
        #expect(result.subtitle == nil)
        #expect(result.byline == "By Jane Doe")
        #expect(result.dateline == "Published 2016-12-23")
        #expect(result.publication.date == "2016-12-23")
        #expect(result.blocks.count == Self.body.count)
    }

    @Test("A standfirst under the headline is its subtitle, over the by-line")
    func standfirst() {
        let dek = "The city has never before used the emergency system the way it did on Monday."
        let result = ParserTests.parse(
            Self.article(["Why New Yorkers Got an Alert", dek, "By Kaveh Waddell"], Self.body))
        #expect(result.title == "Why New Yorkers Got an Alert")
        #expect(result.subtitle == dek)
        #expect(result.authors == ["Kaveh Waddell"])
    }

    @Test("Lines that are no names are not taken for a by-line")
    func notBylines() {
        for line in ["Getting Started", "Erstes Kapitel", "Liebe Leserin,", "Photos"] {
            let result = ParserTests.parse(Self.article(["A Headline", line], Self.body))
            #expect(result.authors.isEmpty, "\(line)")
        }
    }

    @Test("A single-newline paste gets its title, by-line, date and headings")
    func singleNewlines() {
        let text = Self.article(
            ["A Headline for the Test", "By Jane Doe", "March 3, 2019"],
            [Self.body[0], Self.body[1], "The First Section", Self.body[2], Self.body[3]],
            singleNewlines: true)
        let result = ParserTests.parse(text)
        #expect(result.title == "A Headline for the Test")
        #expect(result.authors == ["Jane Doe"])
        #expect(result.publication.date == "2019-03-03")
        #expect(ParserTests.headings(of: result) == ["1:The First Section"])
        #expect(result.blocks.count == 5)
    }

    @Test("A headline and date over a list pasted with single newlines, no blank line at all")
    func headerOverList() {
        let items = (1...12).map { "Singer number \($0)" }
        let text = (["Top Singers of All Time", "December 4, 2006"] + items).joined(separator: "\n")
        let result = ParserTests.parse(text + "\n")
        #expect(result.title == "Top Singers of All Time")
        #expect(result.publication.date == "2006-12-04")
        #expect(result.blocks.map(\.plainText).joined(separator: " ").contains("Singer number 12"))
    }

    @Test("A Japanese sentence without its full stop is long, not a short line: no heading")
    func cjkLength() {
        let paragraph = String(repeating: "これは長い段落です。", count: 12)
        let text = Self.article(
            ["日本語の記事のタイトル", "著者：山田太郎"],
            [
                paragraph, "最初の見出し", paragraph,
                "ここでは二つの文がありますがこの行は段落の一部として書かれたものです", paragraph, paragraph,
            ])
        #expect(ParserTests.headings(text) == ["1:最初の見出し"])
    }

    @Test("Text after a contents list typed into an article stays, and so do its headings")
    func contentsList() {
        let sections = ["Why Rivers Matter", "How Boats Work", "Where to Go Next"]
        var body = [
            Self.body[0], "Table of Contents", sections.joined(separator: "\n"), Self.body[1],
        ]
        for (index, section) in sections.enumerated() {
            body += [section, Self.paragraph(index + 7), Self.paragraph(index + 9)]
        }
        let text = Self.article(["A Guide to Rivers", "By Jane Doe"], body)
        let result = ParserTests.parse(text)
        #expect(ParserTests.headings(of: result).suffix(3) == sections.map { "1:" + $0 }[...])
        let words = result.blocks.map(\.plainText).joined(separator: " ")
        #expect(words.contains(String(Self.body[1].prefix(40))))
    }

    @Test("One keyword heading does not switch off the article's unmarked headings")
    func keywordHeading() {
        let sections = ["Introduction", "What the Study Found", "How It Was Done", "Conclusion"]
        var body: [String] = []
        for (index, section) in sections.enumerated() {
            body += [section, Self.paragraph(index), Self.paragraph(index + 5)]
        }
        let result = ParserTests.parse(Self.article(["A Study of Studies", "By Jane Doe"], body))
        #expect(ParserTests.headings(of: result) == sections.map { "1:" + $0 })
    }

    @Test(
        "Captions, credits, site chrome, dates, code, table rows and quoted sentences are no headings",
        arguments: [
            "Photo: Dan Steinberg/Invision/AP",
            "Source: Wikimedia Commons",
            "Jane Doe/Reuters/Getty Images",
            "Image",
            "March 25, 2015",
            "result.append(item)",
            "Name\tPrice\tCount",
            "She looked up. “I don’t think so.”",
            "Jay Pelham, president, TotalBank",
            "Luz Edith Vásquez, psicóloga y consultora organizacional",
            "Tempo de leitura: 1 minuto",
        ])
    func falseHeadings(line: String) {
        let body = [Self.body[0], "A Real Section", Self.body[1], line, Self.body[2], Self.body[3]]
        let headings = ParserTests.headings(Self.article(["A Headline", "By Jane Doe"], body))
        #expect(headings == ["1:A Real Section"])
    }

    @Test("Site chrome is left out and listed; --keep-boilerplate keeps it")
    func siteChrome() {
        let body =
            [Self.body[0], "Advertisement", Self.body[1], "Continue reading the main story"]
            + Self.body[2...] + ["5 min read"]
        let text = Self.article(["A Headline", "By Jane Doe"], body)
        let result = ParserTests.parse(text)
        #expect(result.blocks.count == Self.body.count)
        #expect(
            result.outline.boilerplate.map(\.text) == [
                "Advertisement", "Continue reading the main story", "5 min read",
            ])
        var options = StructureOptions()
        options.keepsBoilerplate = true
        let kept = ParserTests.parse(text, options: options)
        #expect(kept.blocks.count == Self.body.count + 3)
        #expect(kept.outline.boilerplate.isEmpty)
        #expect(ParserTests.headings(of: kept).isEmpty)
    }

    @Test("A list copied one item per line, with no markers, becomes a list")
    func unmarkedList() throws {
        let items = ["Flour, two cups", "Sugar", "Three eggs", "A pinch of salt"]
        let blocks = ParserTests.bodyBlocks(
            Self.article(
                ["A Recipe", "By Jane Doe"],
                [Self.body[0], items.joined(separator: "\n"), Self.body[1]]))
        try #require(blocks.count == 3)
        #expect(Self.listItems(blocks[1]) == items)
    }

    @Test(
        "Lists that start in lower case or end in semicolons are lists when they enumerate",
        arguments: [
            // An enumeration of one sentence: `;` between items, lower-case starts.
            [
                "der Export von Mineralölprodukten um 13,6 % gestiegen;",
                "der Import von Mineralölprodukten um 5,0 % angestiegen;",
                "die Einfuhr von Rohöl um 2,9 % gesunken.",
            ],
            // Two long items joined by `, and`.
            [
                "Schools that already hold a licence for the office suite may go on using it for the rest of the year, and",
                "schools whose budget for the licence was passed before the ruling may buy it and use it as planned.",
            ],
            // A recipe's ingredients: quantities, and lines in lower case between them.
            ["22,5 dkg vaj", "1 tk só", "késhegynyi sütőpor", "piros ételfesték"],
        ])
    func enumeratedList(items: [String]) throws {
        let blocks = ParserTests.bodyBlocks(
            Self.article(
                ["A Report", "By Jane Doe"],
                [Self.body[0], items.joined(separator: "\n"), Self.body[1]]))
        try #require(blocks.count == 3)
        #expect(Self.listItems(blocks[1]) == items)
    }

    @Test("Code samples do not make an article a book of poems: its list stays a list")
    func listBesideCode() throws {
        let code = ["t = (1, 2)", "dict(t)", "print(t)"].joined(separator: "\n")
        let items = ["Tuples save memory", "Slotted classes save more", "Generators are lazy"]
        // Ten code samples, each between paragraphs, then the list.
        var body: [String] = []
        for index in 0..<10 { body += [Self.paragraph(index), code] }
        body += [items.joined(separator: "\n"), Self.paragraph(11)]
        let blocks = ParserTests.bodyBlocks(
            Self.article(["Performant Python", "By Jane Doe"], body))
        #expect(Self.listItems(blocks.dropLast().last) == items)
    }

    @Test("A short article with a list of long items still reads as blank-line paragraphs")
    func shortArticleList() throws {
        let items = [Self.paragraph(20), Self.paragraph(21), "TT-RSS", "OwnCloud"]
        let blocks = ParserTests.bodyBlocks(
            Self.article(
                ["A Note", "By Jane Doe"],
                [Self.body[0], items.joined(separator: "\n"), Self.body[1]]))
        try #require(blocks.count == 3)
        #expect(Self.listItems(blocks[1])?.count == 4)
    }

    @Test("A table copied from a page (cells apart by tabs) becomes a table")
    func tabTable() throws {
        let rows = "Model\tPrice\tWeight\nAlpha\t$30\t1.2 kg\nBeta\t$45\t1.5 kg"
        let blocks = ParserTests.bodyBlocks(
            Self.article(["A Review", "By Jane Doe"], [Self.body[0], rows, Self.body[1]]))
        try #require(blocks.count == 3)
        guard case .table(let table) = blocks[1] else {
            Issue.record("not a table: \(blocks[1])")
            return
        }
        #expect(
            table.rows.map { $0.cells.map(\.plainText) } == [
                ["Model", "Price", "Weight"], ["Alpha", "$30", "1.2 kg"],
                ["Beta", "$45", "1.5 kg"],
            ])
    }

    @Test("Code copied from a page stays preformatted; verse stays verse")
    func codeAndVerse() throws {
        let code = "def greet(name):\n    print(name)\n    return name"
        let verse =
            "The woods are lovely, dark and deep,\nBut I have promises to keep,\nAnd miles to go before I sleep,"
        let blocks = ParserTests.bodyBlocks(
            Self.article(
                ["A Headline", "By Jane Doe"],
                [Self.body[0], code, Self.body[1], verse, Self.body[2]]))
        try #require(blocks.count == 5)
        #expect(blocks[1] == .preformatted(code))
        if case .verse = blocks[3] {} else { Issue.record("not verse: \(blocks[3])") }
    }

    @Test(
        "Date lines in the forms sites print",
        arguments: [
            ("March 3, 2019", "2019-03-03"), ("Nov. 29, 2016", "2016-11-29"),
            ("3. März 2019", "2019-03-03"), ("Publié le 14 janvier 2020", "2020-01-14"),
            ("Publicado el 4 de mayo de 2022", "2022-05-04"), ("2019-03-03", "2019-03-03"),
            ("09.02.2019", "2019-02-09"), ("2019年4月4日", "2019-04-04"),
            ("11 maja 2021", "2021-05-11"),
            ("November 19, 2019 / 12:21 AM", "2019-11-19"),
        ])
    func dates(line: String, w3c: String) {
        #expect(DateLine(Substring(line))?.w3c == w3c)
    }

    @Test(
        "Sentences that mention a date are not date lines",
        arguments: ["We met on March 3, 2019.", "March on", "2019 was a good year for us"])
    func notDates(line: String) {
        #expect(DateLine(Substring(line)) == nil)
    }
}
