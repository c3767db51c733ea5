import Testing

@testable import TobookKit

/// Web and e-mail addresses in plain text become links; the punctuation after them does not.
@Suite("Links in plain text")
struct AutoLinkTests {
    let parser = InlineParser()

    @Test("A URL at the end of a sentence: the period is not part of it")
    func trailingPeriod() {
        #expect(
            parser.parse("Read https://example.org/a/b.html.") == [
                .text("Read "),
                .link(
                    url: "https://example.org/a/b.html",
                    text: [.text("https://example.org/a/b.html")]),
                .text("."),
            ])
    }

    @Test("An e-mail address links with mailto:")
    func email() {
        #expect(
            parser.parse("Write to ann.lee@example.co.uk, please") == [
                .text("Write to "),
                .link(url: "mailto:ann.lee@example.co.uk", text: [.text("ann.lee@example.co.uk")]),
                .text(", please"),
            ])
    }

    @Test("www. links with http://; a parenthesis is the address's only when it opened one")
    func wwwAndParentheses() {
        #expect(
            parser.parse("(see www.example.com/x) or http://w.example/Swift_(language)!")
                == [
                    .text("("), .text("see "),
                    .link(url: "http://www.example.com/x", text: [.text("www.example.com/x")]),
                    .text(") or "),
                    .link(
                        url: "http://w.example/Swift_(language)",
                        text: [.text("http://w.example/Swift_(language)")]),
                    .text("!"),
                ].coalesced)
    }

    @Test("Underscores and asterisks inside an address are not emphasis")
    func noEmphasisInside() {
        #expect(
            parser.parse("_see_ http://x.example/a_b_c and *this*") == [
                .emphasis([.text("see")]), .text(" "),
                .link(url: "http://x.example/a_b_c", text: [.text("http://x.example/a_b_c")]),
                .text(" and "), .emphasis([.text("this")]),
            ])
    }

    @Test(
        "Not addresses: a lone www., a bare scheme, a handle, a time",
        arguments: ["www. is short", "http:// alone", "@handle says", "at 10:30 sharp"])
    func notAddresses(text: String) {
        #expect(parser.parse(text) == [.text(text)])
    }
}
