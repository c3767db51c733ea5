import Testing

@testable import TobookKit

/// The line table keeps each line as its bounds in the text and makes the `SourceLine` on
/// access: what it gives back must be what measuring the line itself gives.
@Suite("Line table")
struct LineTableTests {
    static let text =
        "Title\n\n   Indented line\n\tTabbed\t \n  \u{3000}全角の行です\n \t \nDmítrievna said:  \n"
        + "last line without a newline"

    /// Each line as `SourceLine(number:text:)` measures it, straight from the text.
    static func measured(_ text: String) -> [SourceLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(number: $0.offset + 1, text: $0.element)
        }
    }

    @Test("every line reads back as measuring it gives: number, content, indent, width")
    func readsBack() {
        let table = LineTable(Self.text)
        let expected = Self.measured(Self.text)
        #expect(table.lines.count == expected.count)
        #expect(Array(table.lines) == expected)
        for index in table.lines.indices {
            #expect(table.lines.isBlank(at: index) == expected[index].isBlank)
            #expect(table.lines.indent(at: index) == expected[index].indent)
            #expect(table.lines.span(at: index) == expected[index].span)
            #expect(table.lines.byteSpan(at: index) == expected[index].byteSpan)
        }
        #expect(table.lines[4].width == 12)
        #expect(table.lines[4].indent == 4)
        #expect(table.lines[3].content == "Tabbed")
        #expect(table.lines[3].indent == 8)
    }

    @Test("a text ending in a newline has no empty last line; blanks are counted to the ends")
    func ends() {
        let table = LineTable("one\n\n\ntwo\n")
        #expect(table.lines.map(\.content) == ["one", "", "", "two"])
        #expect(table.blanks(after: 0) == 2)
        #expect(table.blanks(before: 3) == 2)
        #expect(table.blanks(before: 0) == 99)
        #expect(table.blanks(after: 3) == 99)
        #expect(LineTable("").lines.isEmpty)
    }

    @Test("spaced out, the inserted blank lines carry the number of the line above")
    func spacedOut() {
        let table = LineTable("First paragraph.\nSecond one.\n\nThird.").spacedOut()
        #expect(
            table.lines.map(\.content) == ["First paragraph.", "", "Second one.", "", "Third."])
        #expect(table.lines.map(\.number) == [1, 1, 2, 3, 4])
        #expect(table.lines.isBlank(at: 1))
        #expect(table.blanks(after: 0) == 1)
    }
}
