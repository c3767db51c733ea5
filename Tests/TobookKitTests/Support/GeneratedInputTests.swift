import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// Property tests over generated texts: random structured ones (headings, paragraphs, quotes,
/// lists, verse, scene breaks) and hostile ones (bidi controls, ZWJ emoji, lone surrogates,
/// megabyte lines, a million empty lines, XML metacharacters). Every input ends as a clear
/// refusal or as a book that keeps every word, has well-formed documents and passes EPUBCheck,
/// which runs once over all the books at the end.
@Suite("Generated inputs")
struct GeneratedInputTests {
    static let seeds: [UInt64] = Array(1...40)

    /// Hostile inputs, with whether tobook must refuse them (as binary data).
    static let hostile: [(name: String, bytes: [UInt8], refused: Bool)] = {
        func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
        func utf16(_ units: [UInt16]) -> [UInt8] {
            [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        }
        let sentence = "A sentence of ordinary words that goes on. "
        return [
            (
                "combining marks",
                utf8(
                    "Ze\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}lgo"
                        + String(repeating: "a\u{300}\u{316}\u{317}\u{318}", count: 300) + " text\n"
                ), false
            ),
            (
                "bidi controls",
                utf8(
                    "English then \u{202E}desrever\u{202C} and \u{2067}שלום עולם\u{2069} and مرحبا بالعالم \u{200F}here.\n\nSecond \u{2066}isolate\u{2069} paragraph.\n"
                ), false
            ),
            (
                "emoji with ZWJ",
                utf8("The family 👩‍👩‍👧‍👦 waved a flag 🏳️‍🌈 and a thumb 👍🏽 at the 🧑🏿‍🚀.\n\nFlags 🇩🇪🇯🇵 too.\n"),
                false
            ),
            (
                "line and paragraph separators",
                utf8("line one\u{2028}line two\u{2029}another paragraph\u{85}next line\n"), false
            ),
            (
                "lone surrogates in UTF-16",
                utf16(
                    Array("Hello ".utf16) + [0xD800] + Array(" world ".utf16) + [0xDC00, 0x41]
                        + Array(String(repeating: sentence, count: 5).utf16)), false
            ),
            (
                "BOM in the middle",
                utf8("start\u{FEFF} middle \u{FEFF}end of a line\n\n\u{FEFF}Another paragraph.\n"),
                false
            ),
            ("NUL bytes", utf8("some text\0with NUL\0bytes inside\0"), true),
            (
                "a 1,000,000-character line",
                utf8(String(repeating: sentence, count: 1_000_000 / sentence.count + 1)), false
            ),
            (
                "1,000,000 empty lines",
                utf8(
                    "Start of the text\n" + String(repeating: "\n", count: 1_000_000)
                        + "End of the text\n"), false
            ),
            (
                "XML metacharacters",
                utf8(
                    "]]> & < > \"' <!-- a comment --> <![CDATA[ x ]]> &amp; &#0; &#x1F; <script>alert(1)</script> -- --- ---- a--b\n\n<?xml version=\"1.0\"?> <p>not markup</p>\n"
                ), false
            ),
            (
                "control characters",
                utf8(
                    "\u{1}\u{2}Some text\u{B}\u{C}with controls\u{7F} and C1\u{9F} bytes in it, mostly words.\n"
                ), false
            ),
            (
                "noncharacters",
                utf8("Before \u{FFFE}\u{FFFF} and \u{1FFFE} after, a line of text.\n"), false
            ),
            (
                "tabs and odd spacing",
                utf8(
                    "\t\tIndented\t text \t\t with   tabs\u{A0}\u{A0}and\u{2003}em spaces\u{200B}zero\n  \n \t \nNext.\n"
                ), false
            ),
            ("only punctuation", utf8("...!!! ??? --- *** ### ''' \"\"\" ```\n"), false),
            (
                "a heading repeated 3000 times",
                utf8(String(repeating: "CHAPTER 1\n\n", count: 3000)), false
            ),
            (
                "a 200,000-letter word",
                utf8(String(repeating: "abcdefghij", count: 20_000) + "\n"), false
            ),
            (
                "CR, CRLF and LF mixed",
                utf8("One line\r\nTwo line\rThree line\nFour\r\n\r\nNext paragraph\r"), false
            ),
            (
                "CJK without spaces",
                utf8("第一章\n\n天地玄黄，宇宙洪荒。日月盈昃，辰宿列张。寒来暑往，秋收冬藏。\n\n「こんにちは」と彼女は言った。"), false
            ),
            ("a title line only", utf8("Title\n"), false),
        ]
    }()

    @Test("Random structured texts keep every word and pass EPUBCheck")
    func structured() throws {
        let folder = try Paths.scratchFolder()
        var books: [URL] = []
        for seed in Self.seeds {
            var generator = TextGenerator(seed: seed)
            let bytes = Array(generator.text().utf8)
            do {
                let outcome = try PipelineCheck.run(bytes)
                #expect(outcome != .refused(.inputEmpty(path: "fuzz.txt")), "seed \(seed)")
            } catch {
                Issue.record("seed \(seed): \(error.description)")
            }
            books.append(
                try Self.convert(bytes, name: "seed-\(seed)", in: folder, cover: seed % 4 == 0))
        }
        let report = try EPUBCheck.check(books)
        #expect(report.failures.isEmpty, "\(report.output.suffix(3000))")
    }

    @Test("Hostile texts: a clear refusal or a book that keeps every word and passes EPUBCheck")
    func hostileInputs() throws {
        let folder = try Paths.scratchFolder()
        var books: [URL] = []
        for (index, input) in Self.hostile.enumerated() {
            do {
                let outcome = try PipelineCheck.run(input.bytes)
                if input.refused {
                    #expect(
                        outcome == .refused(.inputBinary(path: "fuzz.txt", reason: ""))
                            || {
                                if case .refused(.inputBinary) = outcome { return true }
                                return false
                            }(), "\(input.name)")
                    continue
                }
                guard case .book = outcome else {
                    Issue.record("\(input.name): refused (\(outcome))")
                    continue
                }
            } catch {
                Issue.record("\(input.name): \(error.description)")
                continue
            }
            books.append(
                try Self.convert(input.bytes, name: "hostile-\(index)", in: folder, cover: true))
            if input.bytes.count < 300_000 {
                let pdf = try Self.convert(
                    input.bytes, name: "hostile-\(index)", in: folder, format: .pdf)
                let file = PDFFile(pdf)
                #expect(try file.qpdfProblems() == nil, "\(input.name)")
                #expect(try !file.pageTexts().joined().isEmpty, "\(input.name)")
            }
        }
        #expect(books.count == Self.hostile.filter { !$0.refused }.count)
        let report = try EPUBCheck.check(books)
        #expect(report.failures.isEmpty, "\(report.output.suffix(3000))")
    }

    /// Writes the bytes to a file and converts it with the library, as the command would.
    static func convert(
        _ bytes: [UInt8], name: String, in folder: URL, cover: Bool = false,
        format: ConversionOptions.Format = .epub
    ) throws -> URL {
        let input = folder.appendingPathComponent("\(name).txt")
        try Data(bytes).write(to: input)
        let output = folder.appendingPathComponent("\(name).\(format.rawValue)")
        var options = ConversionOptions(input: .file(input.path), outputPath: output.path)
        options.formats = [format]
        options.cover = cover ? .generated : .none
        options.sourceDateEpoch = 1_700_000_000
        _ = try Converter().convert(options)
        return output
    }
}
