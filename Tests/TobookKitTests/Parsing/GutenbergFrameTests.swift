import Testing

@testable import TobookKit

@Suite("Project Gutenberg frame")
struct GutenbergFrameTests {
    static let text = """
        The Project Gutenberg EBook of A Small Tale, by Jane Writer

        This eBook is for the use of anyone anywhere at no cost.

        Title: A Small Tale
               or, The Test Case

        Author: Jane Writer

        Language: German

        *** START OF THIS PROJECT GUTENBERG EBOOK A SMALL TALE ***




        Produced by A Volunteer




        A SMALL TALE

        by Jane Writer




        CHAPTER I

        It was a quiet morning when the story began, and nobody expected
        anything at all to happen in the little town by the river.




        CHAPTER II

        Then something happened, as it always does in stories of this kind,
        and the town was never quite the same again after that day.

        End of the Project Gutenberg EBook of A Small Tale, by Jane Writer

        *** END OF THIS PROJECT GUTENBERG EBOOK A SMALL TALE ***

        Section 1.  General Terms of Use and Redistributing Project Gutenberg-tm
        electronic works

        1.A.  By reading or using any part of this Project Gutenberg-tm work.

        """

    @Test("Header fields become metadata; the header and licence move to the back matter")
    func frame() throws {
        let result = ParserTests.parse(Self.text)
        #expect(result.title == "A Small Tale")
        #expect(result.subtitle == "or, The Test Case")
        #expect(result.authors == ["Jane Writer"])
        #expect(result.language == "de")
        #expect(result.titleSource == .header)
        #expect(result.chapters.map(\.role) == [.frontMatter, .body, .body, .backMatter])
        #expect(ParserTests.headings(of: result) == ["1:CHAPTER I", "1:CHAPTER II"])
        let front = result.chapters[0].blocks.map(\.plainText)
        #expect(front == ["Produced by A Volunteer", "A SMALL TALE", "by Jane Writer"])
        let back = result.chapters[3].blocks.map(\.plainText)
        #expect(back.first == "The Project Gutenberg EBook of A Small Tale, by Jane Writer")
        #expect(back.contains("End of the Project Gutenberg EBook of A Small Tale, by Jane Writer"))
        #expect(back.last == "1.A. By reading or using any part of this Project Gutenberg-tm work.")
        #expect(result.chapters[3].label == "About this Project Gutenberg eBook")
        #expect(result.outline.gutenbergHeaderLines == 1...12)
    }

    @Test("Section headings inside the licence are not part of the book's outline")
    func licenceHasNoHeadings() {
        let result = ParserTests.parse(Self.text)
        #expect(!result.outline.entries.contains { $0.text.hasPrefix("Section 1") })
    }

    @Test("Start and end markers in their known forms")
    func markers() {
        #expect(GutenbergFrame.isStartMarker("*** START OF THE PROJECT GUTENBERG EBOOK X ***"))
        #expect(GutenbergFrame.isStartMarker("***START OF THIS PROJECT GUTENBERG EBOOK X***"))
        #expect(!GutenbergFrame.isStartMarker("START OF THE PROJECT GUTENBERG"))
        #expect(
            GutenbergFrame.isEndMarker(
                "End of Project Gutenberg’s Alice’s Adventures in Wonderland"))
        #expect(GutenbergFrame.isEndMarker("*** END OF THIS PROJECT GUTENBERG EBOOK X ***"))
        #expect(GutenbergFrame.isEndMarker("Ende dieses Projekt Gutenberg Etextes"))
        #expect(!GutenbergFrame.isEndMarker("The end of the story."))
    }
}
