import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// When a text is read as Markdown: the project's README and the Markdown fixtures are; no
/// book of the corpora is, nor a plain text with one stray `#` or pair of asterisks.
@Suite("Markdown detection")
struct MarkdownDetectorTests {
    /// Every `.txt` of `shared/corpus` and `shared/corpus-dev/books`.
    static func plainBooks() throws -> [URL] {
        let dev = Paths.corpus.deletingLastPathComponent().appendingPathComponent(
            "corpus-dev/books")
        return try [Paths.corpus, dev].flatMap { folder in
            try Paths.contents(of: folder).filter { $0.hasSuffix(".txt") }.map {
                folder.appendingPathComponent($0)
            }
        }
    }

    /// The text as the converter decodes it.
    static func decoded(_ url: URL) throws -> String {
        try TextDecoder().decode(Array(Data(contentsOf: url))).text
    }

    @Test("The README and the Markdown fixtures are Markdown")
    func markdownTexts() throws {
        let readme = try Self.decoded(Paths.packageRoot.appendingPathComponent("README.md"))
        let detector = MarkdownDetector()
        #expect(detector.isMarkdown(readme))
        for fixture in [Fixture.markdownGuide, .markdownNotes] {
            #expect(detector.isMarkdown(try fixture.text()), "\(fixture)")
        }
    }

    @Test("No book of the corpus or the development corpus is read as Markdown")
    func corpusBooks() throws {
        let books = try Self.plainBooks()
        #expect(books.count >= 11 + 70)
        let detector = MarkdownDetector()
        for book in books {
            let evidence = detector.evidence(in: try Self.decoded(book))
            #expect(!evidence.isMarkdown, "\(book.lastPathComponent): \(evidence)")
        }
    }

    @Test(
        "One stray construct is not Markdown",
        arguments: [
            "A Title\n\n# 1\n\nThe story begins here, and goes on for a while.\n",
            "Notes\n\n# see below\n\nThe * in the text marks a footnote.\n",
            "A letter\n\nIt was **very** important, she said, to arrive on time.\n",
            "The Poem\n\n- a line\n- another line\n\n> quoted in the old mail style\n",
            "`Tis the season, he said; ``quoted'' text in the old style.\n\n# 2\n",
        ])
    func strayConstruct(text: String) {
        #expect(!MarkdownDetector().isMarkdown(text))
    }

    @Test("Two kinds of construct, three times in all, are Markdown")
    func twoKinds() {
        let detector = MarkdownDetector()
        #expect(detector.isMarkdown("# Title\n\n## Part\n\nSome **bold** text.\n"))
        #expect(
            detector.isMarkdown("Intro\n\n```\ncode\n```\n\nSee [this](x.md) and [that](y.md).\n"))
        // Lists count only beside ATX headings.
        #expect(detector.isMarkdown("# Title\n\n- one\n- two\n"))
        #expect(!detector.isMarkdown("Title\n\n- one\n- two\n- three\n"))
    }

    @Test("Lines inside a fence are code, not evidence")
    func fencedLines() {
        let evidence = MarkdownDetector().evidence(
            in: "```c\n#include <stdio.h>\n# define X\n**p = 1;\n```\n")
        #expect(evidence.fencedCode == 1)
        #expect(evidence.headings == 0 && evidence.bold == 0)
        #expect(!evidence.isMarkdown)
    }

    @Test("Each construct is counted where it occurs")
    func counts() {
        let evidence = MarkdownDetector().evidence(
            in: """
                # One
                ## Two
                #hashtag and #1 are not headings
                A [link](https://x.example) and ![image](a.png), **bold** and __bold__, `code`.
                | a | b |
                |---|:-:|
                - item
                > quote
                """)
        #expect(
            evidence
                == MarkdownDetector.Evidence(
                    headings: 2, fencedCode: 0, links: 2, bold: 2, inlineCode: 1, tables: 1,
                    listItems: 1, quotes: 1))
    }
}
