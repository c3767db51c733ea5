import Testing

@testable import TobookKit

/// One short text per kind of failure issue 16 found on books nobody had tuned to, each written
/// for the test: the structure a reader expects, as "level:text" (minor headings in parentheses).
@Suite("Heading failure kinds")
struct HeadingFailureKindTests {
    /// Two wrapped paragraphs of filler prose.
    static func prose(_ seed: Int) -> String {
        ParserTests.wrap(ParserTests.prose(45, seed: seed), width: 70) + "\n\n"
            + ParserTests.wrap(ParserTests.prose(35, seed: seed + 7), width: 70) + "\n"
    }

    /// A book: a title line, then each heading (lines as given) with four blank lines above it
    /// and two below, then its prose.
    static func book(_ headings: [String], title: String = "A Book of Tests") -> String {
        var text = title + "\n"
        for (index, heading) in headings.enumerated() {
            text += "\n\n\n\n" + heading + "\n\n\n" + prose(index)
        }
        return text
    }

    static func listed(_ text: String) -> [String] {
        ParserTests.headings(text).filter { !$0.hasPrefix("(") }
    }

    @Test("A half-title or a signature above the chapters pushes none of them down or out")
    func strayLineAbove() {
        let text =
            "A Book of Tests\n\n\n\n\n                                 KATHLEEN\n\n\n\n\n"
            + "INTRODUCTION\n\n\n" + Self.prose(1)
            + "\n                                  MARTIN DALE GREY\n"
            + Self.book(["I", "II", "III", "IV"], title: "")
        let headings = ParserTests.headings(text)
        for number in ["I", "II", "III", "IV"] {
            #expect(headings.contains("1:\(number)"), "\(headings)")
        }
        #expect(!headings.contains { $0.hasPrefix("(") }, "\(headings)")
    }

    @Test("Capitalised titles that end in a full stop")
    func titlesWithFullStops() {
        let titles = ["THE FAREWELL.", "A WINTER EVENING.", "DEFINITIONS.", "CLOSE ORDER."]
        #expect(Self.listed(Self.book(titles)) == titles.map { "1:\($0)" })
    }

    @Test("An abbreviated keyword: CHAP. II.")
    func abbreviatedKeyword() {
        let headings = ["CHAP. I.", "CHAP. II.", "CHAP. III."]
        #expect(Self.listed(Self.book(headings)) == headings.map { "1:\($0)" })
    }

    @Test("A long sequence of bare numbers, one blank line apart, is a sequence of headings")
    func sonnetNumbers() {
        var text = "Fourteen Short Poems\n\n\n\n"
        let numbers = [
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        ]
        for (index, number) in numbers.enumerated() {
            text += "  \(number)\n\n"
            text += "  When morning comes the river wakes and sings,\n"
            text += "  And every boat that waits there lifts its sail;\n"
            text += "  The travellers who never came, poem \(index + 1),\n"
            text += "  Still see the light upon the hills grow pale.\n\n"
        }
        #expect(Self.listed(text) == numbers.map { "1:\($0)" })
    }

    @Test("A section's title right above its first poem's: both are headings")
    func stackedTitles() {
        let text = Self.book([
            "PREFACE", "SPRING SONGS\n\nTHE LARK", "THE THRUSH", "THE SWALLOW",
            "WINTER SONGS\n\nTHE ROBIN",
            "THE WREN",
        ])
        let headings = Self.listed(text).map { $0.drop { $0 != ":" }.dropFirst() }
        #expect(
            headings == [
                "PREFACE", "SPRING SONGS", "THE LARK", "THE THRUSH", "THE SWALLOW", "WINTER SONGS",
                "THE ROBIN",
                "THE WREN",
            ], "\(headings)")
    }

    @Test("Numbered paragraphs and numbered drill items stay text")
    func numberedParagraphs() {
        let paragraphs = [
            "1.  The first rule of the whole art is that nothing should be left\nto chance, and that every step is taken in its time and place.",
            "2.  The second rule follows from the first: what is prepared in\nquiet need not be improvised in haste when the hour comes.",
            "3.  Thus the highest form of the craft is to settle the matter\nbefore it has begun, so that no contest follows at all.",
            "14. _HALT._ At the command the squad stops and stands in its\nplace until the next order is given by the one in charge.",
            "15. _FORWARD._ At the command the squad steps off together with\nthe left foot and keeps the pace it was taught.",
        ]
        let text =
            Self.book(["CHAPTER I", "CHAPTER II"]) + "\n" + paragraphs.joined(separator: "\n\n")
            + "\n\n" + Self.prose(9)
        #expect(Self.listed(text) == ["1:CHAPTER I", "1:CHAPTER II"])
    }

    @Test("Code, a screen listing and a mount table line stay text")
    func codeLines() {
        let text =
            Self.book(["CHAPTER I", "CHAPTER II"]) + "\nType the following at the prompt.\n\n"
            + "C:\\>DIR /W\n\n" + Self.prose(3)
            + "\n/dev/sdb1  /media/usb  auto  noauto,user  0  0\n\n"
            + Self.prose(4)
        #expect(Self.listed(text) == ["1:CHAPTER I", "1:CHAPTER II"])
    }

    @Test("Lines that resemble a contents entry are not headings for that alone")
    func contentsLookAlikes() {
        let contents = "CONTENTS\n\nThe River\nThe Mill\nThe Road Home\n"
        let body = Self.book(["The River", "The Mill", "The Road Home"], title: "")
        let text =
            "A Book of Tests\n\n\n" + contents + body + "\n“The River!”\n\n" + Self.prose(5)
            + "\nAnd so he walked away from the old mill by the river.\n\n" + Self.prose(6)
        #expect(Self.listed(text) == ["1:The River", "1:The Mill", "1:The Road Home"])
    }

    @Test("A chapter number with its title on the next line is one heading")
    func numberOverTitle() {
        let text = Self.book(["CHAPTER I.\n\nThe Arrival", "CHAPTER II.\n\nThe Storm"])
        #expect(Self.listed(text) == ["1:CHAPTER I. The Arrival", "1:CHAPTER II. The Storm"])
    }

    @Test("Dialogue that opens with I or an initial is no numbered heading")
    func dialogueNumerals() {
        let text =
            Self.book(["CHAPTER I", "CHAPTER II"]) + "\nI-- I should like to.\n\n" + Self.prose(7)
            + "\nM.      --Il est papa.\n\n" + Self.prose(8)
        #expect(Self.listed(text) == ["1:CHAPTER I", "1:CHAPTER II"])
    }

    @Test("Errata at the back name acts without being them")
    func errataAtTheBack() {
        let text =
            Self.book(["ACT I", "SCENE I", "SCENE II", "ACT II", "SCENE I"])
            + "\n\n\n\nERRATA\n\nFirst Act: for ‘recieve’ read ‘receive’.\n"
            + "Second Act: for ‘thier’ read ‘their’.\n"
        let headings = Self.listed(text)
        #expect(
            Array(headings.prefix(5)) == [
                "1:ACT I", "2:SCENE I", "2:SCENE II", "1:ACT II", "2:SCENE I",
            ])
        #expect(!headings.contains { $0.contains("First Act") || $0.contains("Second Act") })
    }

    @Test("A heading wrapped over two lines is one heading")
    func wrappedHeading() {
        let headings = [
            "THE HISTORY OF THE GREAT STORM AND\nOF THE FLOOD THAT FOLLOWED IT",
            "THE RETURN OF THE FISHERMEN TO\nTHE HARBOUR",
        ]
        #expect(
            Self.listed(Self.book(headings)) == [
                "1:THE HISTORY OF THE GREAT STORM AND OF THE FLOOD THAT FOLLOWED IT",
                "1:THE RETURN OF THE FISHERMEN TO THE HARBOUR",
            ])
    }

    @Test("Sections underlined with dashes")
    func underlinedSections() {
        let text =
            "Notes on Boats\n\n" + "Getting Started\n===============\n\n" + Self.prose(1) + "\n"
            + "The Hull\n--------\n\n" + Self.prose(2) + "\n" + "The Sails\n---------\n\n"
            + Self.prose(3)
        #expect(Self.listed(text) == ["1:Getting Started", "2:The Hull", "2:The Sails"])
    }

    @Test("Single-letter sections of a glossary, I among them")
    func letterSections() {
        let letters = ["G", "H", "I", "J", "K"]
        #expect(Self.listed(Self.book(letters)) == letters.map { "1:\($0)" })
    }

    @Test("Epochs holding chapters, and a manual's decimal sections, at their own levels")
    func levels() {
        let epochs = Self.book([
            "THE FIRST EPOCH", "CHAPTER I", "CHAPTER II", "THE SECOND EPOCH", "CHAPTER I",
            "CHAPTER II",
        ])
        #expect(
            Self.listed(epochs) == [
                "1:THE FIRST EPOCH", "2:CHAPTER I", "2:CHAPTER II", "1:THE SECOND EPOCH",
                "2:CHAPTER I", "2:CHAPTER II",
            ])
        let manual = Self.book([
            "1. Introduction", "1.1 Scope", "1.1.1 Terms", "1.1.2 Symbols", "1.2 Audience",
            "2. Installation", "2.1 Requirements", "2.2 Steps",
        ])
        #expect(
            Self.listed(manual) == [
                "1:1. Introduction", "2:1.1 Scope", "3:1.1.1 Terms", "3:1.1.2 Symbols",
                "2:1.2 Audience", "1:2. Installation", "2:2.1 Requirements", "2:2.2 Steps",
            ])
    }

    @Test("A typed contents list stays, and the heading after it is not taken along")
    func contentsKept() throws {
        let contents =
            "CONTENTS\n\nACKNOWLEDGMENTS\nCHAPTER I. The Arrival\nCHAPTER II. The Storm\n"
        let text =
            "A Book of Tests\n\n\n" + contents
            + Self.book(
                ["ACKNOWLEDGMENTS", "CHAPTER I. The Arrival", "CHAPTER II. The Storm"],
                title: "")
        let result = ParserTests.parse(text)
        #expect(
            ParserTests.headings(of: result) == [
                "1:ACKNOWLEDGMENTS", "1:CHAPTER I. The Arrival", "1:CHAPTER II. The Storm",
            ])
        let words = result.chapters.flatMap(\.blocks).map { "\($0)" }.joined(separator: " ")
        for word in ["CONTENTS", "Arrival", "Storm"] { #expect(words.contains(word)) }
    }
}
