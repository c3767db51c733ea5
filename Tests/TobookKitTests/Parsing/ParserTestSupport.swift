@testable import TobookKit

/// Helpers for parser tests: parse a literal text and look at its outline or blocks.
enum ParserTests {
    static func parse(_ text: String, options: StructureOptions = StructureOptions())
        -> PlainTextParser.Result
    {
        PlainTextParser(options: options).parse(text)
    }

    /// Every heading in reading order as "level:text", minor headings in parentheses.
    static func headings(_ text: String, options: StructureOptions = StructureOptions()) -> [String]
    {
        headings(of: parse(text, options: options))
    }

    static func headings(of result: PlainTextParser.Result) -> [String] {
        result.blocks.compactMap { block in
            guard case .heading(let heading) = block else { return nil }
            let entry = "\(heading.level):\(heading.label)"
            return heading.listed ? entry : "(\(entry))"
        }
    }

    /// Body blocks other than headings.
    static func bodyBlocks(_ text: String) -> [Block] {
        parse(text).blocks.filter { if case .heading = $0 { false } else { true } }
    }

    static func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    /// "The quick brown fox …" cut to `count` words, for filler paragraphs.
    static func prose(_ count: Int, seed: Int = 0) -> String {
        let words = [
            "the", "morning", "came", "slowly", "over", "hills", "and", "she", "walked", "towards",
            "river", "where", "boats", "waited", "for", "travellers", "who", "never", "arrived",
            "in",
            "time", "to", "see", "light",
        ]
        let sentence = (0..<count).map { words[($0 * 7 + seed) % words.count] }
        return "It " + sentence.joined(separator: " ") + "."
    }

    /// Wraps text at `width` columns, greedily, as text editors and Gutenberg did.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
