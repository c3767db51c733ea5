import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// A German Gutenberg book as the reader sees it (issue 18, defect 12): its own title block is
/// the title page (the title is not shown twice), letter-spaced lines keep their word gaps, and
/// the English licence gets English quotation marks.
@Suite("A Gutenberg book's title page, spaced lines and licence")
struct GutenbergBookTests {
    static let text = """
        The Project Gutenberg EBook of Die Kleine Stadt, by Anna Schreiber

        This eBook is for the use of anyone anywhere at no cost.

        Title: Die Kleine Stadt

        Author: Anna Schreiber

        Language: German

        *** START OF THIS PROJECT GUTENBERG EBOOK DIE KLEINE STADT ***




        Produced by A Volunteer




                              DIE KLEINE STADT

                                    VON

                               ANNA SCHREIBER


                   K\u{A0}U\u{A0}R\u{A0}T\u{A0} W\u{A0}O\u{A0}L\u{A0}F\u{A0}F\u{A0} V\u{A0}E\u{A0}R\u{A0}L\u{A0}A\u{A0}G
                           L E I P Z I G  1 9 1 7




        I.

        "Was ist geschehen?" dachte sie, als sie an einem stillen Morgen
        erwachte und die kleine Stadt am Fluss wie verwandelt vor ihr lag.

        II.

        Dann geschah etwas, wie es in solchen Geschichten immer geschieht,
        und die Stadt war nach diesem Tag nie mehr ganz dieselbe.

        End of the Project Gutenberg EBook of Die Kleine Stadt, by Anna Schreiber

        *** END OF THIS PROJECT GUTENBERG EBOOK DIE KLEINE STADT ***

        1.A. By using any part of this work with the phrase "Project Gutenberg"
        associated with it, you agree to the terms of the "Right of Replacement".

        """

    static let book: Result<URL, TestSupportError> = {
        do {
            let folder = try Paths.scratchFolder("tobook-gutenberg")
            let source = folder.appendingPathComponent("stadt.txt")
            try Data(text.utf8).write(to: source)
            var options = ConversionOptions(
                input: .file(source.path),
                outputPath: folder.appendingPathComponent("stadt.epub").path)
            options.sourceDateEpoch = 1_700_000_000
            let result = try Converter().convert(options)
            return .success(URL(fileURLWithPath: result.outputPaths[0]))
        } catch {
            return .failure(TestSupportError("could not make the book: \(error)"))
        }
    }()

    @Test(
        "A title block followed by a preface or a contents list is the title page; the rest stays")
    func titlePageBeforePreface() {
        let preface = String(repeating: "A preface that runs on for a while. ", count: 8)
        let front = Chapter(
            blocks: [
                .paragraph([.text("Produced by a volunteer.")]), .paragraph([.text("THE CITY;")]),
                .paragraph([.text("by Ann Lee")]), .paragraph([.text(preface)]),
                .paragraph([.text("Another page of it.")]),
            ], role: .frontMatter)
        let body = Chapter(
            heading: Heading(level: 1, text: [.text("CHAPTER I")]),
            blocks: [.paragraph([.text("Text.")])])
        var chapters = [front, body]
        BookAssembler.markOwnTitlePage(&chapters, title: "The City")
        #expect(chapters.count == 3)
        #expect(chapters[0].isTitlePage && chapters[0].blocks.count == 3)
        #expect(chapters[0].titleBlock == 1)
        #expect(!chapters[1].isTitlePage && chapters[1].role == .frontMatter)
        #expect(chapters[1].blocks.count == 2)
        #expect(chapters[2] == body)
    }

    @Test("The book's own title block is its title page; the title is shown once")
    func titleOnce() throws {
        let epub = try EPUBContents(try Self.book.get())
        #expect(!epub.entryNames.contains { $0.hasSuffix("text/title.xhtml") })
        let pages = try epub.readingDocuments()
        let first = try #require(pages.first)
        let section = try #require(first.tree.first(named: "section"))
        #expect(section.attributes["epub:type"] == "titlepage")
        let words = pages.flatMap { Words.of($0.tree.first(named: "body")?.textContent ?? "") }
        let generated = pages.flatMap { $0.tree.all(named: "h1") }.filter {
            $0.attributes["class"] == "title"
        }
        #expect(generated.isEmpty, "tobook's own title page is not made")
        // Its title line is set as the title.
        let titles = first.tree.all(named: "p").filter { $0.attributes["class"] == "title" }
        #expect(titles.map(\.textContent) == ["DIE KLEINE STADT"])
        #expect(
            Array(words.prefix(9)) == [
                "Produced", "by", "A", "Volunteer", "DIE", "KLEINE", "STADT", "VON", "ANNA",
            ])
        let report = try EPUBCheck.check([try Self.book.get()])
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test("Letter-spaced lines keep the gaps between their words")
    func letterSpacing() throws {
        let result = ParserTests.parse(Self.text)
        let lines = result.chapters[0].blocks.flatMap { $0.plainText.split(separator: " / ") }
        let spaced = lines.filter { $0.hasPrefix("K") || $0.hasPrefix("L") }
        let words = spaced.map {
            $0.replacingOccurrences(of: "\u{A0}", with: "")
                .replacingOccurrences(of: " ", with: "")
                .split(separator: "\u{2003}").joined(separator: " ")
        }
        #expect(words == ["KURT WOLFF VERLAG", "LEIPZIG 1917"])
    }

    @Test("The English licence of a German book gets English quotation marks, and says so")
    func licenceInEnglish() throws {
        let epub = try EPUBContents(try Self.book.get())
        let last = try #require(try epub.readingDocuments().last)
        #expect(last.tree.attributes["lang"] == "en")
        let text = last.tree.first(named: "body")?.textContent ?? ""
        #expect(text.contains("“Project Gutenberg”"))
        #expect(text.contains("“Right of Replacement”"))
        #expect(!text.contains("„"))
        let body = try epub.readingDocuments().dropFirst().first?.tree.textContent ?? ""
        #expect(body.contains("„Was ist geschehen?“"))
    }
}
