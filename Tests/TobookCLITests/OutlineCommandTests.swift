import Foundation
import TestSupport
import Testing

/// `tobook --outline` and the options that steer structure detection.
@Suite("Outline and structure options")
struct OutlineCommandTests {
    static let text = """
        A Small Book

        CHAPTER I

        It was a quiet morning when the story began, and nobody expected
        anything at all to happen in the little town by the river.

        CHAPTER II

        Then something happened, as it always does in stories of this kind.

        Notes From the Margin

        Notes that belong at the back of the book, in a section of their own.

        """

    func folder() throws -> URL {
        let folder = try Paths.scratchFolder()
        try Data(Self.text.utf8).write(to: folder.appendingPathComponent("book.txt"))
        return folder
    }

    @Test("--outline prints headings with their line, level, score and reasons, and writes nothing")
    func outline() throws {
        let folder = try folder()
        let result = try CommandLineTests.tobook(["book.txt", "--outline"], in: folder)
        #expect(result.status == 0)
        let text = result.stdoutText
        // The back-matter section, a title-case line set apart between paragraphs, is a heading
        // too: the model weighs its evidence against the chapters'.
        #expect(text.hasPrefix("book.txt: “A Small Book”, 3 headings"))
        let chapter = try #require(text.split(separator: "\n").first { $0.hasSuffix("CHAPTER I") })
        #expect(chapter.hasPrefix("     3  1  "))
        #expect(text.contains("keyword ‘chapter’ and number +"))
        #expect(text.contains("    12  1  "))
        #expect(text.contains("title case +"))
        #expect(text.contains("totals: 3 chapters, 3 paragraphs"))
        #expect(result.stderr.isEmpty)
        #expect(try Paths.contents(of: folder) == ["book.txt"])
    }

    @Test("--outline --json is machine-readable")
    func json() throws {
        let folder = try folder()
        let result = try CommandLineTests.tobook(["book.txt", "--outline", "--json"], in: folder)
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let headings = try #require(object["headings"] as? [[String: Any]])
        #expect(
            headings.compactMap { $0["text"] as? String } == [
                "A Small Book", "CHAPTER I", "CHAPTER II", "Notes From the Margin",
            ])
        #expect(headings.compactMap { $0["line"] as? Int } == [1, 3, 8, 12])
        #expect((object["totals"] as? [String: Int])?["paragraphs"] == 3)
    }

    @Test("--outline shows the book's contents as the EPUB's menu lists them: one outline")
    func bookContents() throws {
        let folder = try folder()
        let result = try CommandLineTests.tobook(["book.txt", "--outline", "--json"], in: folder)
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let contents = try #require(object["book_contents"] as? [[String: Any]])
        let labels = contents.compactMap { $0["label"] as? String }
        let book = try CommandLineTests.tobook(["book.txt", "-o", "book.epub"], in: folder)
        #expect(book.status == 0)
        let navigation = try EPUBContents(folder.appendingPathComponent("book.epub"))
            .navigationLabels()
        #expect(labels == navigation)
        #expect(labels.first == "A Small Book" && labels.contains("CHAPTER II"))
        let text = try CommandLineTests.tobook(["book.txt", "--outline"], in: folder).stdoutText
        #expect(
            text.contains("book contents (the EPUB's menus") && text.contains("\n  CHAPTER I\n"))
    }

    @Test("--heading-pattern adds headings at a level; --no-headings leaves only the title page")
    func overrides() throws {
        let folder = try folder()
        let forced = try CommandLineTests.tobook(
            ["book.txt", "-o", "forced.epub", "--heading-pattern", "2:Notes From .*"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        let labels = try EPUBContents(folder.appendingPathComponent("forced.epub"))
            .navigationLabels()
        #expect(labels == ["A Small Book", "CHAPTER I", "CHAPTER II", "Notes From the Margin"])
        let flat = try CommandLineTests.tobook(
            ["book.txt", "-o", "flat.epub", "--no-headings"], in: folder)
        #expect(flat.status == 0)
        #expect(
            try EPUBContents(folder.appendingPathComponent("flat.epub")).navigationLabels() == [
                "A Small Book"
            ])
        let books = ["forced.epub", "flat.epub"].map { folder.appendingPathComponent($0) }
        #expect(try EPUBCheck.check(books).failures.isEmpty)
    }

    @Test(
        "Bad structure options are usage errors",
        arguments: [
            ["book.txt", "--heading-pattern", "(unclosed"], ["book.txt", "--json"],
        ])
    func badOptions(arguments: [String]) throws {
        let folder = try folder()
        let result = try CommandLineTests.tobook(arguments, in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("tobook: error: "))
    }
}
