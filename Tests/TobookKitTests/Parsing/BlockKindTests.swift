import Testing

@testable import TobookKit

/// Each block kind from a short literal text, with the exact blocks expected.
@Suite("Block kinds")
struct BlockKindTests {
    let paragraph = ParserTests.paragraph
    /// Wrapped prose long enough to set the document's wrap width to 70 columns.
    static let filler = ParserTests.wrap(ParserTests.prose(60), width: 70)

    func blocks(_ body: String) -> [Block] {
        Array(
            ParserTests.bodyBlocks("Opening paragraph.\n\n" + Self.filler + "\n\n" + body + "\n")
                .dropFirst(2))
    }

    @Test("Verse keeps its lines and indents; a hanging indent continues the line above")
    func verse() {
        let stanza = """
            At nighttime in the moon's fair glow
              How sweet, as fancies wander free,
            To feel that in this world there's one
              Who still is thinking but of thee!
            """
        #expect(
            blocks(stanza) == [
                .verse([
                    VerseLine(indent: 0, text: [.text("At nighttime in the moon's fair glow")]),
                    VerseLine(indent: 1, text: [.text("How sweet, as fancies wander free,")]),
                    VerseLine(indent: 0, text: [.text("To feel that in this world there's one")]),
                    VerseLine(indent: 1, text: [.text("Who still is thinking but of thee!")]),
                ])
            ])
        let hanging = """
            Not physiognomy alone nor brain alone is worthy for the Muse, I say
                the Form complete is worthier far,
            The Female equally with the Male I sing.
            """
        #expect(
            blocks(hanging) == [
                .verse([
                    VerseLine(text: [
                        .text(
                            "Not physiognomy alone nor brain alone is worthy for the Muse, I say the Form complete is worthier far,"
                        )
                    ]),
                    VerseLine(text: [.text("The Female equally with the Male I sing.")]),
                ])
            ])
    }

    @Test("Wrapped prose is never verse, even with a capitalised name at a line start")
    func proseIsNotVerse() {
        let text =
            "“Won’t you come over to the other table?” suggested Anna\nPávlovna, turning to the guests who stood by the window in the room."
        #expect(blocks(text).count == 1)
        if case .paragraph = blocks(text).first {} else { Issue.record("expected a paragraph") }
    }

    @Test("A table with column gaps is preformatted, its spacing kept")
    func preformatted() {
        let table =
            "  WHALE,              _Icelandic_.\n  BALLENA,            _Spanish_.\n  PEKEE-NUEE-NUEE,    _Fegee_."
        #expect(
            blocks(table) == [
                .preformatted(
                    "WHALE,              _Icelandic_.\nBALLENA,            _Spanish_.\nPEKEE-NUEE-NUEE,    _Fegee_."
                )
            ])
    }

    @Test("A letter's close set step by step is lines of words: verse, typeset, not monospace")
    func staggeredProse() {
        let close = """
                "I am, dear Madam,
                          "Your most obedient
                               "humble servant,
                                                   "JOHN WILLOUGHBY."
                                             --Cleveland
            """
        let expected: [Block] = [
            .verse([
                VerseLine(indent: 0, text: [.text("\"I am, dear Madam,")]),
                VerseLine(indent: 5, text: [.text("\"Your most obedient")]),
                VerseLine(indent: 7, text: [.text("\"humble servant,")]),
                VerseLine(indent: 8, text: [.text("\"JOHN WILLOUGHBY.\"")]),
                VerseLine(indent: 8, text: [.text("--Cleveland")]),
            ])
        ]
        #expect(blocks(close) == expected)
        let book = Typographer(language: "en").apply(
            to: Book(
                metadata: BookMetadata(title: "T", language: "en"),
                chapters: [Chapter(blocks: expected)]))
        #expect(
            book.chapters[0].blocks[0].plainText
                == "“I am, dear Madam, / “Your most obedient / “humble servant, / “JOHN WILLOUGHBY.” / —Cleveland"
        )
    }

    @Test("A shape drawn with words (the mouse's tail) stays preformatted, as typed")
    func drawnShape() {
        let tail = """
                 'Fury said to a
                 mouse, That he
                met in the
               house,
             "Let us
              both go to
               law: I will
                prosecute
                 YOU.--Come,
            """
        let found = blocks(tail)
        #expect(found.count == 1)
        if case .preformatted(let text) = found.first {
            #expect(text.contains("YOU.--Come,"))
        } else {
            Issue.record("expected a preformatted block, found \(found)")
        }
    }

    @Test("An indented passage of prose is a block quote")
    func blockQuote() {
        let quote =
            "      It was the best of times, it was the worst of times, it was the\n      age of wisdom, it was the age of foolishness, it was the epoch."
        #expect(
            blocks(quote) == [
                .blockQuote([
                    paragraph(
                        "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch."
                    )
                ])
            ])
    }

    @Test("Lists: bullets, numbers and letters, in one block or one item per block")
    func lists() {
        #expect(
            blocks("- apples\n- pears\n- plums") == [
                .list(
                    ListBlock(
                        ordered: false,
                        items: ["apples", "pears", "plums"].map {
                            ListItem(label: nil, text: [.text($0)])
                        }))
            ])
        #expect(
            blocks("1. First step\n\n2. Second step\n   continued here\n\n3. Third step") == [
                .list(
                    ListBlock(
                        ordered: true,
                        items: [
                            ListItem(label: "1.", text: [.text("First step")]),
                            ListItem(label: "2.", text: [.text("Second step continued here")]),
                            ListItem(label: "3.", text: [.text("Third step")]),
                        ]))
            ])
        #expect(
            blocks("  a) The work must carry notices.\n\n  b) The work must say so.") == [
                .list(
                    ListBlock(
                        ordered: true,
                        items: [
                            ListItem(label: "a)", text: [.text("The work must carry notices.")]),
                            ListItem(label: "b)", text: [.text("The work must say so.")]),
                        ]))
            ])
    }

    @Test("A lone item is the paragraph it was typed as; dialogue dashes are not bullets")
    func notLists() {
        #expect(blocks("1. Only one item here") == [paragraph("1. Only one item here")])
        #expect(
            blocks("— Oui, dit-il.\n— Non.").allSatisfy {
                if case .list = $0 { false } else { true }
            })
    }

    @Test("Scene breaks: marks, ornaments, and a double gap where paragraphs have one")
    func sceneBreaks() {
        for mark in ["* * *", "*****", "#", "~", "⁂", "*       *       *       *       *"] {
            #expect(
                blocks("Before it.\n\n\(mark)\n\nAfter it.") == [
                    paragraph("Before it."), .sceneBreak, paragraph("After it."),
                ])
        }
        var text = "Opening paragraph.\n\n"
        for index in 0..<30 { text += ParserTests.prose(12, seed: index) + "\n\n" }
        text += "\nAfter a double gap.\n"
        let result = ParserTests.bodyBlocks(text)
        #expect(result.suffix(2) == [.sceneBreak, paragraph("After a double gap.")])
    }

    @Test("Emphasis from paired underscores and asterisks, but not inside identifiers or sums")
    func emphasis() {
        #expect(
            blocks("It was _very_ odd, *truly* odd.") == [
                .paragraph([
                    .text("It was "), .emphasis([.text("very")]), .text(" odd, "),
                    .emphasis([.text("truly")]), .text(" odd."),
                ])
            ])
        #expect(
            blocks("Call snake_case_name or __init__ with 2*3*4 now.") == [
                paragraph("Call snake_case_name or __init__ with 2*3*4 now.")
            ])
        #expect(
            blocks("An _unclosed underscore stays.") == [
                paragraph("An _unclosed underscore stays.")
            ])
    }

    @Test("Footnote markers link to their notes when the notes exist")
    func footnotes() {
        #expect(
            blocks("A claim[1] and another[2].\n\n[1] The first note.\n\n[2] The second note.") == [
                .paragraph([
                    .text("A claim"), .noteReference(label: "1", text: "[1]"),
                    .text(" and another"),
                    .noteReference(label: "2", text: "[2]"), .text("."),
                ]),
                .footnote(Footnote(label: "1", text: [.text("[1] The first note.")])),
                .footnote(Footnote(label: "2", text: [.text("[2] The second note.")])),
            ])
        #expect(
            blocks("She was known as la plus belle, * and smiled.\n\n     * The most beautiful.")
                == [
                    .paragraph([
                        .text("She was known as la plus belle, "),
                        .noteReference(label: "*", text: "*"), .text(" and smiled."),
                    ]),
                    .footnote(Footnote(label: "*", text: [.text("* The most beautiful.")])),
                ])
        #expect(blocks("A year [1854] in brackets.") == [paragraph("A year [1854] in brackets.")])
    }

    /// Prose wrapped at 72 columns around the given blocks, so the text has a wrap width.
    private func inProse(_ middle: String) -> String {
        var text = "A Text\n\n"
        for seed in 0..<6 {
            text += ParserTests.wrap(ParserTests.prose(60, seed: seed), width: 72) + "\n\n"
        }
        return text + middle + "\n\n" + ParserTests.wrap(ParserTests.prose(60, seed: 9), width: 72)
            + "\n"
    }

    private func verseLineTexts(_ blocks: [Block]) -> [[String]] {
        blocks.compactMap { block in
            guard case .verse(let lines) = block else { return nil }
            return lines.map(\.text.plainText)
        }
    }

    @Test("A song's stanzas stay verse beside each other: a refrain, and lines long in bytes")
    func stanzasInContext() {
        let song = """
             ‘“Will you walk a little faster?” said a whiting to a snail.
             “There’s a porpoise close behind us, and he’s treading on my tail.

             See how eagerly the lobsters and the turtles all advance!
             They are waiting on the shingle--will you come and join the dance?

             Would not, could not, would not, could not, would not join the dance.
             Would not, could not, would not, could not, could not join the dance.

             Then turn not pale, beloved snail, but come and join the dance.
             Said he thanked the whiting kindly, but he would not join the dance.
            """
        let verse = verseLineTexts(ParserTests.parse(inProse(song)).blocks)
        #expect(verse.count == 4)
        #expect(verse.first?.count == 2)
        #expect(verse.dropFirst(2).first?.first?.hasPrefix("Would not") == true)
    }

    @Test(
        "A verse line cut at the wrap width is one line: set deeper, or in lower case after a full line"
    )
    func verseTurnovers() {
        let poem = """
              See, ploughmen ploughing farms--see, miners digging mines--see,
                  the numberless factories,
              See, mechanics busy at their benches with tools--see from among them
                  superior judges, philosophs, Presidents, emerge, drest in
                  working dresses,
              See, lounging through the shops and fields of the States, me
                  well-belov'd, close-held by day and night,
            """
        let song = """
                 Mother, oh lift up your head!
                 Evil that plagued us is slain,
                 Terror that hid in the roses is impotent--flung on the dung-hill
                 and dead!
            """
        let poemLines = verseLineTexts(ParserTests.parse(inProse(poem)).blocks)
        #expect(poemLines.first?.count == 3)
        #expect(poemLines.first?.dropFirst().first?.hasSuffix("drest in working dresses,") == true)
        let songLines = verseLineTexts(ParserTests.parse(inProse(song)).blocks)
        #expect(songLines.first?.last?.hasSuffix("dung-hill and dead!") == true)
    }

    @Test("Blank verse, its lines run to the width, is verse; capitalised prose is not")
    func blankVerse() {
        // Lines as long as the prose's: the next line's first word never fits.
        let milton = """
            He ceas'd, and next him Moloc, Scepter'd King, stood up before the throne,
            Stood up, the strongest and the fiercest Spirit that fought in Heav'n above;
            Now fiercer by despair: his trust was with th' Eternal to be deem'd Equal,
            Equal in strength, and rather then be less Car'd not to be at all; with that
            Care lost Went all his fear: of God, or Hell, or worse He reckd not at all,
            He reckd not, and these words thereafter spake unto the Peers assembled there,
            Whose counsels in the deep were spoken long, and long remembred, and in vain.
            """
        let hobbes = """
            Publique Ministers are also all those, that have Authority from the
            Soveraign, to procure the Execution of Judgements given; to publish the
            Soveraigns Commands; to suppresse Tumults; to apprehend, and imprison
            Malefactors; and other acts tending to the conservation of the
            Peace. For every act they doe by such Authority, is the act of the
            Common-wealth; and their service, answerable to that of the Hands.
            """
        #expect(verseLineTexts(ParserTests.parse(inProse(milton)).blocks).first?.count == 7)
        #expect(verseLineTexts(ParserTests.parse(inProse(hobbes)).blocks).isEmpty)
    }

    @Test("In a play, speeches keep their speaker's name")
    func drama() {
        var text = "THE PLAY\n\n"
        for index in 0..<25 {
            text += (index % 2 == 0 ? "HAMLET." : "HORATIO.") + " Line \(index) of the speech.\n\n"
        }
        let result = ParserTests.bodyBlocks(text)
        #expect(result.first == .paragraph([.speaker("HAMLET."), .text(" Line 0 of the speech.")]))
    }

    @Test("In a play, a scene setting is no speaker and a stage direction is set apart")
    func stageDirections() {
        var text = "THE PLAY\n\nSCENE. Elsinore.\n\n Enter Ghost.\n\n"
        for index in 0..<25 {
            text += (index % 2 == 0 ? "HAMLET." : "HORATIO.") + " Line \(index) of the speech.\n\n"
        }
        text += " Exeunt all but Hamlet.\n"
        let result = ParserTests.bodyBlocks(text)
        #expect(result.first == .paragraph([.text("SCENE. Elsinore.")]))
        #expect(result.dropFirst().first == .paragraph([.emphasis([.text("Enter Ghost.")])]))
        #expect(result.last == .paragraph([.emphasis([.text("Exeunt all but Hamlet.")])]))
        #expect(
            result.dropFirst(2).first
                == .paragraph([.speaker("HAMLET."), .text(" Line 0 of the speech.")]))
    }

    @Test("In a play, short forms of the speakers open speeches too; a title before a name not")
    func shortSpeakers() {
        var text = "THE PLAY\n\n"
        for index in 0..<25 {
            text +=
                ["HORATIO.", "MARCELLUS.", "MRS GROSE."][index % 3]
                + " Line \(index) of the speech.\n\n"
        }
        text += "Hor. Most like.\n\nMar. and HORATIO. We do, my lord.\n\nBoth. Arm’d.\n\n"
        text += "Mrs. Grose comes in with the lamp.\n"
        let result = ParserTests.bodyBlocks(text)
        #expect(
            Array(result.suffix(4)) == [
                .paragraph([.speaker("Hor."), .text(" Most like.")]),
                .paragraph([.speaker("Mar. and HORATIO."), .text(" We do, my lord.")]),
                .paragraph([.speaker("Both."), .text(" Arm’d.")]),
                .paragraph([.text("Mrs. Grose comes in with the lamp.")]),
            ])
    }

    @Test(
        "In a play, a title's full stop belongs to the speaker's name; a title alone opens no speech"
    )
    func titledSpeakers() {
        var text = "THE PLAY\n\n"
        for index in 0..<25 {
            text +=
                (index % 2 == 0 ? "MRS. MARCHMONT." : "LORD GORING.")
                + " Line \(index) of the speech.\n\n"
        }
        let result = ParserTests.bodyBlocks(text)
        #expect(
            result.first
                == .paragraph([.speaker("MRS. MARCHMONT."), .text(" Line 0 of the speech.")]))
        #expect(Speech.opening(of: "MR. MONTFORD")?.speaker == nil)
        #expect(Speech.opening(of: "DR. RANK. Good evening.")?.speaker == "DR. RANK.")
    }

    /// A play of 25 speeches after the front matter given.
    private func play(front: String) -> String {
        var text = "THE PLAY\n\n" + ParserTests.prose(40) + "\n\n" + front + "\n\n\n\nACT I\n\n"
        for index in 0..<25 {
            text += (index % 2 == 0 ? "HAMLET." : "HORATIO.") + " Line \(index) of the speech.\n\n"
        }
        return text
    }

    private func castEntries(_ blocks: [Block]) -> [[String]] {
        blocks.compactMap { block in
            guard case .list(let list) = block, list.isCast else { return nil }
            return list.items.map(\.text.plainText)
        }
    }

    @Test("A list of persons reflowed into one paragraph is an entry to a line")
    func castParagraph() {
        let front = """
            Dramatis Personæ

            HAMLET, Prince of Denmark. CLAUDIUS, King of Denmark, Hamlet’s uncle.
            The GHOST of the late king, Hamlet’s father. Mr. Smith, a Player.
            FRANCISCO, a Soldier OSRIC, Courtier. Two Clowns, Grave-diggers. A
            Captain. Lords, Ladies, Officers, and Attendants.

            SCENE. Elsinore.
            """
        let blocks = ParserTests.parse(play(front: front)).blocks
        #expect(
            ParserTests.headings(of: ParserTests.parse(play(front: front))).first
                == "(1:Dramatis Personæ)")
        #expect(
            castEntries(blocks) == [
                [
                    "HAMLET, Prince of Denmark.", "CLAUDIUS, King of Denmark, Hamlet’s uncle.",
                    "The GHOST of the late king, Hamlet’s father.", "Mr. Smith, a Player.",
                    "FRANCISCO, a Soldier", "OSRIC, Courtier.", "Two Clowns, Grave-diggers.",
                    "A Captain.", "Lords, Ladies, Officers, and Attendants.",
                ]
            ])
        #expect(blocks.contains(.paragraph([.text("SCENE. Elsinore.")])))
    }

    @Test("A list of persons a line each keeps its groups; a paragraph each makes one list")
    func castLines() {
        let grouped = """
            Dramatis Personæ

            ESCALUS, Prince of Verona.
            PARIS, a young Nobleman, kinsman to the Prince.

            MONTAGUE, head of a Veronese family.
            ROMEO, son to Montague.
            Citizens of Verona; several Men and Women, relations to both houses;
            Maskers, Guards, Watchmen and Attendants.
            """
        #expect(
            castEntries(ParserTests.parse(play(front: grouped)).blocks) == [
                ["ESCALUS, Prince of Verona.", "PARIS, a young Nobleman, kinsman to the Prince."],
                [
                    "MONTAGUE, head of a Veronese family.", "ROMEO, son to Montague.",
                    "Citizens of Verona; several Men and Women, relations to both houses; "
                        + "Maskers, Guards, Watchmen and Attendants.",
                ],
            ])
        let spaced = """
            THE PERSONS OF THE PLAY


            THE EARL OF CAVERSHAM, K.G.

            VISCOUNT GORING, his Son

            MR. MONTFORD

            Parker, Butler



            THE SCENES OF THE PLAY
            """
        let blocks = ParserTests.parse(play(front: spaced)).blocks
        #expect(
            castEntries(blocks) == [
                [
                    "THE EARL OF CAVERSHAM, K.G.", "VISCOUNT GORING, his Son", "MR. MONTFORD",
                    "Parker, Butler",
                ]
            ])
        #expect(blocks.contains(.paragraph([.text("THE SCENES OF THE PLAY")])))
    }

    @Test("Outside a play, a paragraph under “Characters” is prose")
    func castOnlyInPlays() {
        let text =
            "A Text\n\nCharacters\n\nHAMLET, Prince. CLAUDIUS, King.\n\n"
            + ParserTests.prose(40) + "\n"
        #expect(castEntries(ParserTests.parse(text).blocks).isEmpty)
    }

    @Test("Paragraph styles: indented first lines, and one paragraph per long line")
    func paragraphStyles() {
        var indented = "A Text\n\n"
        for index in 0..<8 {
            indented +=
                "    "
                + ParserTests.wrap(ParserTests.prose(30, seed: index), width: 66)
                .replacingOccurrences(of: "\n", with: "\n") + "\n"
        }
        let indentedBlocks = ParserTests.bodyBlocks(indented)
        #expect(indentedBlocks.count == 8)
        var unwrapped = "A Text\n\n"
        for index in 0..<6 { unwrapped += ParserTests.prose(40, seed: index) + "\n" }
        #expect(ParserTests.bodyBlocks(unwrapped).count == 6)
    }
}
