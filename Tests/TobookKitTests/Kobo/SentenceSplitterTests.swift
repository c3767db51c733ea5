import Testing

@testable import TobookKit

/// Where Kobo's sentence spans cut a text: after a stop, its closers and whitespace, but not
/// after an abbreviation, an initial, a label, or before a small letter.
@Suite("Sentence splitter for kepub spans")
struct SentenceSplitterTests {
    @Test(
        "Sentences with the whitespace after each",
        arguments: [
            ("One. Two! Three? Four", ["One. ", "Two! ", "Three? ", "Four"]),
            ("No stop at all", ["No stop at all"]),
            ("Ends here.  Then two spaces.", ["Ends here.  ", "Then two spaces."]),
            ("A line.\nThe next.", ["A line.\n", "The next."]),
            ("Pi is 3.14 and e is 2.71. True.", ["Pi is 3.14 and e is 2.71. ", "True."]),
            ("It was 1812. The war began.", ["It was 1812. ", "The war began."]),
        ])
    func plain(text: String, expected: [String]) {
        #expect(SentenceSplitter.sentences(in: text) == expected)
    }

    @Test(
        "Abbreviations, initials and labels do not end a sentence",
        arguments: [
            ("Mr. Holmes came. He sat.", ["Mr. Holmes came. ", "He sat."]),
            (
                "Mrs. Bennet and Dr. Watson met St. John.",
                ["Mrs. Bennet and Dr. Watson met St. John."]
            ),
            ("J. R. R. Tolkien wrote it. Yes.", ["J. R. R. Tolkien wrote it. ", "Yes."]),
            ("CHAPTER I. Down the Rabbit-Hole", ["CHAPTER I. Down the Rabbit-Hole"]),
            ("1. The first item. The second.", ["1. The first item. ", "The second."]),
            ("CHAPTER 1. Loomings.", ["CHAPTER 1. Loomings."]),
            ("Part IV. The End. Done.", ["Part IV. The End. ", "Done."]),
            ("We met in 1812. Then war.", ["We met in 1812. ", "Then war."]),
            ("See e.g. Smith. Or not.", ["See e.g. Smith. ", "Or not."]),
        ])
    func abbreviations(text: String, expected: [String]) {
        #expect(SentenceSplitter.sentences(in: text) == expected)
    }

    @Test(
        "Quotes and brackets after a stop stay with its sentence",
        arguments: [
            ("He said “Stop.” Then he left.", ["He said “Stop.” ", "Then he left."]),
            ("‘Oh dear!’ Alice ran.", ["‘Oh dear!’ ", "Alice ran."]),
            ("He said \"No.\" She went.", ["He said \"No.\" ", "She went."]),
            ("It ended.’” Next.", ["It ended.’” ", "Next."]),
            ("(Which was true.) Down.", ["(Which was true.) ", "Down."]),
            ("« Non.\u{202F}» Il part.", ["« Non.\u{202F}» ", "Il part."]),
            ("“Why?” he asked. “Because.”", ["“Why?” he asked. ", "“Because.”"]),
        ])
    func quotes(text: String, expected: [String]) {
        #expect(SentenceSplitter.sentences(in: text) == expected)
    }

    @Test(
        "Ellipses end a sentence only before a new one",
        arguments: [
            ("Wait... What now?", ["Wait... ", "What now?"]),
            ("Wait… no, stay.", ["Wait… no, stay."]),
            ("Oh… Then go!? Fine.", ["Oh… ", "Then go!? ", "Fine."]),
            ("Well . . . perhaps.", ["Well . . . perhaps."]),
        ])
    func ellipses(text: String, expected: [String]) {
        #expect(SentenceSplitter.sentences(in: text) == expected)
    }

    @Test("Nothing is lost: the sentences put together are the text")
    func nothingLost() {
        let texts = [
            "", " ", ". . .", "?!", "A. B. C.", "end. ", "x.\u{00A0}Y", "“Hi.” ‘Lo.’ (A.) [B.]",
        ]
        for text in texts {
            #expect(SentenceSplitter.sentences(in: text).joined() == text, "\(text)")
        }
    }
}
