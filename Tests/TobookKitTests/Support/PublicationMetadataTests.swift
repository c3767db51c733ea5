import Testing

@testable import TobookKit

@Suite("Publication dates and author sort keys")
struct PublicationMetadataTests {
    @Test(
        "Dates people write become W3C dates; impossible ones are refused",
        arguments: [
            ("2024", "2024"), ("2024-03", "2024-03"), ("2024-03-05", "2024-03-05"),
            ("June 17, 2008", "2008-06-17"), ("March, 1994", "1994-03"),
            ("August 21, 2007 [EBook #22367]", "2007-08-21"), ("17 June 2008", "2008-06-17"),
            ("Sept. 4, 1999", "1999-09-04"), ("2024-02-29", "2024-02-29"),
        ])
    func dates(text: String, expected: String) {
        #expect(PublicationDate.w3c(text) == expected)
    }

    @Test(
        "Not dates",
        arguments: [
            "yesterday", "2023-02-29", "2024-13", "2024-1-5", "June 31, 2008", "12", "",
            "Posting Date: soon",
        ])
    func notDates(text: String) {
        #expect(PublicationDate.w3c(text) == nil)
    }

    @Test(
        "Authors file under their surname",
        arguments: [
            ("Leo Tolstoy", "Tolstoy, Leo"), ("Jane Austen", "Austen, Jane"),
            ("Martin Luther King Jr.", "King, Martin Luther, Jr."),
            ("Ludwig van Beethoven", "Beethoven, Ludwig van"), ("Homer", "Homer"),
            ("Austen, Jane", "Austen, Jane"), ("  Mary   Shelley ", "Shelley, Mary"),
        ])
    func fileAs(name: String, expected: String) {
        #expect(AuthorName.fileAs(name) == expected)
    }
}
