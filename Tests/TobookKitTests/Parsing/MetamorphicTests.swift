import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// The same text in another shape must give the same headings: re-wrapped at 60 and 80
/// columns, written in indented-paragraph style, or with CRLF line ends.
@Suite("Structure survives reformatting")
struct MetamorphicTests {
    static let books = [
        "pride-and-prejudice.txt", "alice.txt", "frankenstein.txt", "die-verwandlung-latin1.txt",
    ]

    static func text(of name: String) throws -> String {
        let file = try #require(try CorpusFile.all().first { $0.name == name })
        return try file.text().replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Every block of two or more flush-left lines, joined and wrapped again at `width`.
    static func rewrapped(_ text: String, width: Int) -> String {
        text.components(separatedBy: "\n\n").map { block in
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count >= 2, lines.allSatisfy({ !$0.hasPrefix(" ") && !$0.isEmpty }) else {
                return block
            }
            return ParserTests.wrap(lines.joined(separator: " "), width: width)
        }.joined(separator: "\n\n")
    }

    /// Flush prose paragraphs with an indented first line and no blank line between them;
    /// heading lines (given) and indented passages keep blank lines around them.
    static func indentedStyle(_ text: String, headings: Set<String>) -> String {
        var output: [String] = []
        let blocks = text.components(separatedBy: "\n\n")
        for block in blocks {
            let trimmed = block.trimmingCharacters(in: .newlines)
            guard !trimmed.isEmpty else { continue }
            let flush = !block.split(separator: "\n").contains { $0.hasPrefix(" ") }
            if headings.contains(trimmed) || trimmed.hasPrefix("*** ") || !flush {
                // Headings, markers and indented passages (verse, letters) keep blank lines.
                output.append("\n" + block.trimmingCharacters(in: .newlines) + "\n")
            } else {
                output.append("    " + trimmed)
            }
        }
        return output.joined(separator: "\n")
    }

    func headings(_ text: String) -> [String] {
        ParserTests.headings(text)
    }

    @Test("Re-wrapped at 60 and 80 columns", arguments: books)
    func rewrap(name: String) throws {
        let original = try Self.text(of: name)
        let expected = headings(original)
        #expect(expected.count >= 3)
        for width in [60, 80] {
            #expect(
                headings(Self.rewrapped(original, width: width)) == expected, "\(name) at \(width)")
        }
    }

    @Test("CRLF line ends", arguments: books)
    func crlf(name: String) throws {
        let original = try Self.text(of: name)
        let decoded = try TextDecoder().decode(
            Array(original.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(headings(decoded.text) == headings(original))
    }

    @Test("Indented-paragraph style", arguments: ["pride-and-prejudice.txt", "alice.txt"])
    func indented(name: String) throws {
        let original = try Self.text(of: name)
        let expected = headings(original)
        let headingLines = Set(ParserTests.parse(original).outline.entries.map(\.text))
        let variant = Self.indentedStyle(original, headings: headingLines)
        #expect(headings(variant) == expected)
        // Paragraphs of the chapters (front and back matter aside) agree within 2%.
        func bodyParagraphs(_ text: String) -> Int {
            let chapters = ParserTests.parse(text).chapters.filter { $0.role == .body }
            return PlainTextParser.totals(of: chapters).paragraphs
        }
        let paragraphs = bodyParagraphs(variant)
        let originalParagraphs = bodyParagraphs(original)
        #expect(
            abs(paragraphs - originalParagraphs) * 50 <= originalParagraphs,
            "\(paragraphs) vs \(originalParagraphs)")
    }
}
