import Testing

@testable import TobookKit

/// One short fixture per heading convention, with the exact outline expected, and one per trap
/// that must stay text.
@Suite("Heading detection")
struct HeadingDetectionTests {
    /// A book: a title, then each heading followed by two wrapped paragraphs, with `gap` blank
    /// lines before each heading.
    static func book(_ headings: [String], gap: Int = 3, indent: String = "") -> String {
        var text = "A Book of Tests\n\n"
        for (index, heading) in headings.enumerated() {
            text +=
                String(repeating: "\n", count: gap)
                + heading.split(separator: "\n").map { indent + $0 }.joined(separator: "\n")
                + "\n\n"
            text += ParserTests.wrap(ParserTests.prose(40, seed: index), width: 70) + "\n\n"
            text += ParserTests.wrap(ParserTests.prose(30, seed: index + 5), width: 70) + "\n"
        }
        return text
    }

    @Test(
        "Conventions",
        arguments: [
            (
                ["CHAPTER I", "CHAPTER II", "CHAPTER III"],
                ["1:CHAPTER I", "1:CHAPTER II", "1:CHAPTER III"]
            ),
            (
                ["Chapter 1", "Chapter 2", "Chapter 3"],
                ["1:Chapter 1", "1:Chapter 2", "1:Chapter 3"]
            ),
            (
                ["CHAPTER I. Down the Rabbit-Hole", "CHAPTER II. The Pool of Tears"],
                ["1:CHAPTER I. Down the Rabbit-Hole", "1:CHAPTER II. The Pool of Tears"]
            ),
            (
                ["CHAPTER I\nThe Beginning", "CHAPTER II\nThe Middle"],
                ["1:CHAPTER I The Beginning", "1:CHAPTER II The Middle"]
            ),
            (
                ["CHAPTER I\n\nThe Beginning", "CHAPTER II\n\nThe Middle"],
                ["1:CHAPTER I The Beginning", "1:CHAPTER II The Middle"]
            ),
            (
                ["THE FIRST CHAPTER\n\nA HOUSE BY THE SEA", "THE SECOND CHAPTER\n\nTHE JOURNEY"],
                ["1:THE FIRST CHAPTER A HOUSE BY THE SEA", "1:THE SECOND CHAPTER THE JOURNEY"]
            ),
            (
                ["PART ONE", "Chapter 1", "Chapter 2", "PART TWO", "Chapter 1"],
                ["1:PART ONE", "2:Chapter 1", "2:Chapter 2", "1:PART TWO", "2:Chapter 1"]
            ),
            (
                [
                    "ACT I", "SCENE I. A room in the castle.", "SCENE II. A hall.", "ACT II",
                    "SCENE I. A garden.",
                ],
                [
                    "1:ACT I", "2:SCENE I. A room in the castle.", "2:SCENE II. A hall.",
                    "1:ACT II", "2:SCENE I. A garden.",
                ]
            ),
            (
                [
                    "BOOK ONE: 1805", "CHAPTER I", "CHAPTER II", "FIRST EPILOGUE: 1813 - 20",
                    "CHAPTER I",
                ],
                [
                    "1:BOOK ONE: 1805", "2:CHAPTER I", "2:CHAPTER II",
                    "1:FIRST EPILOGUE: 1813 - 20", "2:CHAPTER I",
                ]
            ),
            (
                ["Preface", "Chapter 1", "Chapter 2", "Epilogue"],
                ["1:Preface", "1:Chapter 1", "1:Chapter 2", "1:Epilogue"]
            ),
            (
                ["Erstes Kapitel", "Zweites Kapitel", "Drittes Kapitel"],
                ["1:Erstes Kapitel", "1:Zweites Kapitel", "1:Drittes Kapitel"]
            ),
            (["Kapitel 1", "Kapitel 2"], ["1:Kapitel 1", "1:Kapitel 2"]),
            (["Chapitre premier", "Chapitre II"], ["1:Chapitre premier", "1:Chapitre II"]),
            (["Capítulo 1", "Capítulo 2"], ["1:Capítulo 1", "1:Capítulo 2"]),
            (["Capitolo primo", "Capitolo secondo"], ["1:Capitolo primo", "1:Capitolo secondo"]),
            (["ГЛАВА ПЕРВАЯ", "ГЛАВА ВТОРАЯ"], ["1:ГЛАВА ПЕРВАЯ", "1:ГЛАВА ВТОРАЯ"]),
            (["第一章 开始", "第二章 旅途"], ["1:第一章 开始", "1:第二章 旅途"]),
            (["I.", "II.", "III."], ["1:I.", "1:II.", "1:III."]),
            (
                ["-I-", "-II-", "-III-", "-IV-", "-V-"],
                ["1:-I-", "1:-II-", "1:-III-", "1:-IV-", "1:-V-"]
            ),
            (
                [
                    "ADVENTURE I. A SCANDAL IN BOHEMIA", "ADVENTURE II. THE RED-HEADED LEAGUE",
                    "III. THE ADVENTURE OF THE CASE",
                ],
                [
                    "1:ADVENTURE I. A SCANDAL IN BOHEMIA", "1:ADVENTURE II. THE RED-HEADED LEAGUE",
                    "1:III. THE ADVENTURE OF THE CASE",
                ]
            ),
            (
                ["Introduction\n============", "Background\n----------", "Method\n------"],
                ["1:Introduction", "2:Background", "2:Method"]
            ),
        ] as [([String], [String])])
    func conventions(headings: [String], expected: [String]) {
        #expect(ParserTests.headings(Self.book(headings)) == expected)
    }

    /// Two books of poems, each poem in two numbered sections; `firstNumber` is how the first
    /// section's number is set, with what follows it.
    static func poems(firstNumber: String) -> String {
        var text = "Poems\n\n"
        for (book, poems) in [
            ("BOOK I.  SONGS", ["One Song", "Another Song"]), ("BOOK II", ["A Third Song"]),
        ] {
            text += "\n\n\n\n\(book)\n\n\n"
            for (index, poem) in poems.enumerated() {
                if index > 0 { text += "\n\n\n" }
                text +=
                    "\n\(poem)\n\n\(firstNumber)  I sing of the morning, of rivers and hills,\n  Of boats that wait by the water,\n  And travellers who never arrive.\n\n"
                text +=
                    "       2\n\n  Again I sing, of the light and the time,\n  Of the evening and the slow return.\n\n"
            }
        }
        return text
    }

    @Test(
        "Poem titles under book headings, set off by wider gaps, with minor section numbers; numbers set in by eye (a column more or less, on the stanza's first line) are all headings",
        arguments: ["       1\n\n", "      1\n"])
    func poetry(firstNumber: String) {
        #expect(
            ParserTests.headings(Self.poems(firstNumber: firstNumber)) == [
                "1:BOOK I.  SONGS", "2:One Song", "(3:1)", "(3:2)", "2:Another Song", "(3:1)",
                "(3:2)", "1:BOOK II",
                "2:A Third Song", "(3:1)", "(3:2)",
            ])
    }

    @Test("Numbered licence sections, standing alone or running into their paragraph")
    func licenceSections() {
        let more =
            "\n      in any medium, with or without modifications, and in Source or\n      Object form, provided that You meet the following conditions."
        let sections = [
            "   1. Definitions.\n\n      \"License\" shall mean the terms and conditions for use,"
                + more,
            "   2. Grant of Copyright License. Subject to the terms and conditions of\n      this License, each Contributor grants You a licence,"
                + more,
            "   3. Grant of Patent License. Subject to the terms and conditions of\n      this License, each Contributor grants You a patent licence,"
                + more,
            "   4. Redistribution. You may reproduce and distribute copies of the\n      Work,"
                + more,
            "   5. Submission of Contributions. Unless You explicitly state otherwise,\n      any Contribution you submit is yours,"
                + more,
            "   6. Trademarks. This License does not grant permission to use the trade\n      names of the Licensor,"
                + more,
        ]
        let text =
            "The Licence\n\n" + sections.joined(separator: "\n\n")
            + "\n\n   END OF TERMS AND CONDITIONS\n\n   Some closing words follow here.\n"
        #expect(
            ParserTests.headings(text) == [
                "1:1. Definitions.", "1:2. Grant of Copyright License.",
                "1:3. Grant of Patent License.",
                "1:4. Redistribution.", "1:5. Submission of Contributions.", "1:6. Trademarks.",
                "1:END OF TERMS AND CONDITIONS",
            ])
        let blocks = ParserTests.bodyBlocks(text)
        #expect(
            blocks.contains(
                ParserTests.paragraph(
                    "Subject to the terms and conditions of this License, each Contributor grants You a licence, in any medium, with or without modifications, and in Source or Object form, provided that You meet the following conditions."
                )))
    }

    @Test("Centred headings in a licence")
    func centred() {
        var text =
            "                    A PUBLIC LICENCE\n                       Version 1, 2024\n\n"
        // A lone centred title-case word ("Preamble") is weak evidence: centred lines in books
        // are mostly title pages and epigraphs; the fitted model leaves it text.
        for heading in ["PREAMBLE", "TERMS AND CONDITIONS", "END OF TERMS AND CONDITIONS"] {
            let pad = String(repeating: " ", count: max(0, (70 - heading.count) / 2))
            text +=
                pad + heading + "\n\n" + ParserTests.wrap(ParserTests.prose(40), width: 70) + "\n\n"
        }
        #expect(
            ParserTests.headings(text) == [
                "1:PREAMBLE", "1:TERMS AND CONDITIONS", "1:END OF TERMS AND CONDITIONS",
            ])
    }

    @Test("Title-case headings set off by a wider gap than paragraphs")
    func unmarkedWithGap() {
        let text = Self.book(["The River", "Night Falls", "Morning Again"], gap: 4)
        #expect(ParserTests.headings(text) == ["1:The River", "1:Night Falls", "1:Morning Again"])
    }

    @Test("A typed contents list confirms headings and becomes the contents page")
    func contentsList() {
        // (Moby-Dick's "ETYMOLOGY." with its full stop, alone in its shape, is a close call for
        // the fitted model; the corpus book itself is right. This test is about the list.)
        let body = Self.book(
            ["ETYMOLOGY", "CHAPTER 1. Loomings.", "CHAPTER 2. The Carpet-Bag.", "Epilogue"], gap: 4
        )
        let text = body.replacingOccurrences(
            of: "A Book of Tests\n\n",
            with:
                "A Book of Tests\n\nCONTENTS\n\nETYMOLOGY\n\nCHAPTER 1. Loomings.\n\nCHAPTER 2. The Carpet-Bag.\n\nEpilogue\n\n"
        )
        let result = ParserTests.parse(text)
        #expect(
            ParserTests.headings(of: result) == [
                "1:ETYMOLOGY", "1:CHAPTER 1. Loomings.", "1:CHAPTER 2. The Carpet-Bag.",
                "1:Epilogue",
            ])
        #expect(result.outline.contentsPage?.linkedEntries == 4)
        #expect(result.outline.contentsLines == 3...11)
        #expect(!result.blocks.contains(ParserTests.paragraph("CONTENTS")))
    }

    @Test(
        "Traps stay text",
        arguments: [
            (
                "a short last line", "CHAPTER I",
                "He walked along the river for an hour and then\nstopped."
            ),
            (
                "“I.” starting a sentence", "CHAPTER I",
                "I. M. Pei designed the pyramid in the courtyard."
            ),
            ("capitals in dialogue", "CHAPTER I", "“STOP! STOP!”"),
            ("shouting", "CHAPTER I", "NO! NEVER AGAIN!"),
            ("a sentence after a keyword", "CHAPTER I", "Chapter 1 was the dullest part of it."),
            ("a letter's signature", "CHAPTER I", "JULIE"),
            ("a date line", "CHAPTER I", "24th November"),
        ])
    func traps(name: String, heading: String, trap: String) {
        let text =
            "A Novel\n\n\n\nCHAPTER I\n\n" + ParserTests.wrap(ParserTests.prose(40), width: 70)
            + "\n\n" + trap + "\n\n" + ParserTests.wrap(ParserTests.prose(30, seed: 3), width: 70)
            + "\n\n\n\nCHAPTER II\n\n" + ParserTests.wrap(ParserTests.prose(30, seed: 4), width: 70)
            + "\n"
        #expect(ParserTests.headings(text) == ["1:CHAPTER I", "1:CHAPTER II"], "\(name)")
    }

    @Test("A page number in mid-sentence stays out of the outline")
    func pageNumbers() {
        let text =
            "A Novel\n\n\n\nCHAPTER I\n\nHe walked along the river and then he\n\n42\n\nturned back towards the town.\n\n\n\nCHAPTER II\n\nThe end.\n"
        #expect(ParserTests.headings(text) == ["1:CHAPTER I", "1:CHAPTER II"])
    }

    @Test("Numbered one-line items next to each other are a list, not sections")
    func listItems() {
        let text =
            "Shopping\n\nWhat we need for the week ahead, in order of urgency.\n\n1. Milk\n\n2. Eggs\n\n3. Bread\n\nThat is all.\n"
        let result = ParserTests.parse(text)
        #expect(ParserTests.headings(of: result).isEmpty)
        #expect(
            result.blocks.contains {
                if case .list(let list) = $0 { list.items.count == 3 } else { false }
            })
    }

    @Test("A sign of centred short lines inside a story is text")
    func sign() {
        let text =
            "A Story\n\n\n\nCHAPTER I\n\n" + ParserTests.wrap(ParserTests.prose(40), width: 70)
            + "\n\n                  THE RED-HEADED LEAGUE\n\n                           IS\n\n                        DISSOLVED.\n\n"
            + ParserTests.wrap(ParserTests.prose(40, seed: 2), width: 70)
            + "\n\n\n\nCHAPTER II\n\nMore.\n"
        #expect(ParserTests.headings(text) == ["1:CHAPTER I", "1:CHAPTER II"])
    }

    @Test("--heading-pattern forces headings at a level; --no-headings turns detection off")
    func overrides() throws {
        let text = Self.book(["Chapter 1", "Chapter 2"]) + "\n\nAppendix Alpha\n\nText of it.\n"
        let pattern = try #require(HeadingPattern("2:Appendix .*"))
        #expect(pattern.level == 2)
        #expect(
            ParserTests.headings(text, options: StructureOptions(headingPatterns: [pattern]))
                == ["1:Chapter 1", "1:Chapter 2", "2:Appendix Alpha"])
        #expect(
            ParserTests.headings(text, options: StructureOptions(detectsHeadings: false)).isEmpty)
        #expect(HeadingPattern("(unclosed") == nil)
    }

    @Test("The outline explains each heading with its reasons and score")
    func explanations() throws {
        let text = Self.book(["CHAPTER I", "CHAPTER II"])
        let result = ParserTests.parse(text)
        let entry = try #require(result.outline.entries.first { $0.text == "CHAPTER II" })
        // Each reason with what the fitted weights make of it; the score is their sum.
        #expect(entry.explanation.contains("keyword ‘chapter’ and number +"))
        #expect(entry.explanation.contains("follows 1 +"))
        #expect(entry.explanation.hasPrefix("base −"))
        #expect(entry.score >= 0)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(
            of: "CHAPTER II")
        #expect(entry.line == (line ?? -1) + 1)
    }
}
