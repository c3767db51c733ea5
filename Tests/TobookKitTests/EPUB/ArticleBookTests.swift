import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// An article as a browser copies it (headline, by-line, date, a list one item per line, a
/// table with tab-separated cells, a caption, an advertising label), made into an EPUB and a
/// PDF: the metadata, the title page in the text's order, the list and the table as such, and
/// every word but the site chrome (all of them with `--keep-boilerplate`).
@Suite("A pasted article as a book")
struct ArticleBookTests {
    static let text: String = {
        let body = (0..<6).map(ArticleTests.paragraph)
        return ArticleTests.article(
            ["Why Rivers Keep Moving", "By Jane Doe", "March 3, 2019"],
            [
                body[0], "Advertisement", body[1], "What the Water Carries", body[2],
                "Sand from the hills\nLeaves from the banks\nBoats and their travellers",
                body[3], "Photo: John Roe/Reuters", body[4],
                "River\tLength\tSea\nNile\t6650 km\tMediterranean\nAmazon\t6400 km\tAtlantic",
                body[5],
            ])
    }()

    static func convert(keepBoilerplate: Bool, name: String) throws -> (epub: URL, pdf: URL) {
        let folder = try Paths.scratchFolder("tobook-article-\(name)")
        let source = folder.appendingPathComponent("rivers.txt")
        try Data(text.utf8).write(to: source)
        var options = ConversionOptions(
            input: .file(source.path), outputPath: folder.appendingPathComponent("rivers").path)
        options.formats = [.epub, .pdf]
        options.structure.keepsBoilerplate = keepBoilerplate
        options.sourceDateEpoch = 1_700_000_000
        let result = try Converter().convert(options)
        return (
            URL(fileURLWithPath: result.outputPaths[0]), URL(fileURLWithPath: result.outputPaths[1])
        )
    }

    static let books: Result<(epub: URL, pdf: URL), TestSupportError> = {
        do { return .success(try convert(keepBoilerplate: false, name: "default")) } catch {
            return .failure(TestSupportError("could not make the book: \(error)"))
        }
    }()

    @Test("Title, author and date in the package; the title page in the text's order")
    func metadata() throws {
        let epub = try EPUBContents(try Self.books.get().epub)
        #expect(epub.package.metadata("dc:title") == "Why Rivers Keep Moving")
        #expect(epub.package.metadata("dc:creator") == "Jane Doe")
        #expect(epub.package.metadata("dc:date") == "2019-03-03")
        let titlePage = try #require(try epub.readingDocuments().first?.tree)
        let lines = titlePage.all(named: "p").map(\.textContent)
        #expect(lines == ["By Jane Doe", "March 3, 2019"])
    }

    @Test("The list, the table, the caption and the section heading as such")
    func structure() throws {
        let epub = try EPUBContents(try Self.books.get().epub)
        let body = try epub.readingDocuments().dropFirst().map(\.tree)
        let items = body.flatMap { $0.all(named: "li") }.map(\.textContent)
        #expect(
            items == ["Sand from the hills", "Leaves from the banks", "Boats and their travellers"])
        let cells = body.flatMap { $0.all(named: "td") + $0.all(named: "th") }.map(\.textContent)
        #expect(cells.contains("Nile") && cells.contains("6400 km"))
        #expect(
            try epub.navigationLabels() == ["Why Rivers Keep Moving", "What the Water Carries"])
        let captions = body.flatMap { $0.all(named: "p") }.filter {
            $0.attributes["class"] == "caption"
        }
        #expect(captions.map(\.textContent) == ["Photo: John Roe/Reuters"])
    }

    @Test("Every word in order but the advertising label; all of them with --keep-boilerplate")
    func words() throws {
        for keep in [false, true] {
            let books =
                keep ? try Self.convert(keepBoilerplate: true, name: "kept") : try Self.books.get()
            let epub = try EPUBContents(books.epub)
            let pages = try epub.readingDocuments().map {
                Words.of($0.tree.first(named: "body")?.textContent ?? "")
            }
            var text = Self.text
            if !keep { text = text.replacingOccurrences(of: "Advertisement\n\n", with: "") }
            let expected = Words.of(text)
            let difference = Words.firstDifference(
                expected: expected, actual: Array(pages.joined()))
            #expect(difference == nil, "keep \(keep): \(difference ?? "")")
            let report = try EPUBCheck.check([books.epub])
            #expect(report.failures.isEmpty, "\(report.output)")
            let pdf = PDFFile(books.pdf)
            #expect(try pdf.qpdfProblems() == nil)
            let pdfText = try pdf.pageTexts().joined(separator: "\n")
            let byline = try #require(pdfText.range(of: "By Jane Doe"))
            let date = try #require(pdfText.range(of: "March 3, 2019"))
            #expect(byline.lowerBound < date.lowerBound)
            #expect(pdfText.contains("Advertisement") == keep)
        }
    }
}
