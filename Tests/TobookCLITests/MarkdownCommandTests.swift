import Foundation
import TestSupport
import Testing

/// `--markdown` and `--plain` force how a text is read; without them tobook tells.
@Suite("Markdown options")
struct MarkdownCommandTests {
    /// A Markdown text, and a plain one with a single stray `#` line.
    func folder() throws -> URL {
        let folder = try Paths.scratchFolder()
        try Fixture.markdownGuide.bytes.write(to: folder.appendingPathComponent("guide.md"))
        try Data(
            """
            A Quiet Book

            # 1

            It was a quiet morning when the story began, and nobody expected anything at all.

            """.utf8
        ).write(to: folder.appendingPathComponent("quiet.txt"))
        return folder
    }

    func outline(_ arguments: [String], in folder: URL) throws -> [String: Any] {
        let result = try CommandLineTests.tobook(arguments + ["--outline", "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(
            try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    }

    @Test("Detected: the guide is Markdown, the text with one stray # is not")
    func detected() throws {
        let folder = try folder()
        let guide = try outline(["guide.md"], in: folder)
        #expect(guide["markdown"] as? Bool == true)
        #expect(guide["title"] as? String == "Field Guide to Small Rivers")
        #expect((guide["totals"] as? [String: Int])?["tables"] == 1)
        #expect(try outline(["quiet.txt"], in: folder)["markdown"] as? Bool == false)
    }

    @Test("--plain reads Markdown as plain text; --markdown reads plain text as Markdown")
    func forced() throws {
        let folder = try folder()
        let plain = try outline(["guide.md", "--plain"], in: folder)
        #expect(plain["markdown"] as? Bool == false)
        #expect((plain["totals"] as? [String: Int])?["tables"] == 0)
        let markdown = try outline(["quiet.txt", "--markdown"], in: folder)
        #expect(markdown["markdown"] as? Bool == true)
        // Read as Markdown, `# 1` is a heading (not the title: a paragraph opens the text).
        let headings = try #require(markdown["headings"] as? [[String: Any]])
        #expect(headings.compactMap { $0["text"] as? String } == ["1"])
        // The last of the two given wins.
        let last = try outline(["guide.md", "--markdown", "--plain"], in: folder)
        #expect(last["markdown"] as? Bool == false)
    }

    @Test("The text outline says when the text was read as Markdown")
    func textOutline() throws {
        let folder = try folder()
        let result = try CommandLineTests.tobook(["guide.md", "--outline"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("read as Markdown"))
        #expect(result.stdoutText.contains("Markdown level 2 heading"))
        let plain = try CommandLineTests.tobook(["guide.md", "--outline", "--plain"], in: folder)
        #expect(!plain.stdoutText.contains("read as Markdown"))
    }

    @Test("--verbose says the text was read as Markdown, and counts its tables")
    func verbose() throws {
        let folder = try folder()
        let result = try CommandLineTests.tobook(["guide.md", "--verbose"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("; read as Markdown\n"))
        #expect(result.stderr.contains(" footnotes, 1 tables\n"))
        let plain = try CommandLineTests.tobook(["quiet.txt", "--verbose"], in: folder)
        #expect(!plain.stderr.contains("Markdown"))
    }
}
