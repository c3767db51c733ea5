import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// Typesets the example article and every corpus book once (EPUB and PDF from one parse), then
/// reads the PDFs back with qpdf and poppler: integrity, fonts, metadata, every word in order,
/// the outline against the EPUB's table of contents, and the page rules from the page map.
@Suite("PDF books from the corpus and the article")
struct PDFBookTests {
    struct Sample: Sendable, CustomStringConvertible {
        let name: String
        let text: String
        let source: URL
        let pdf: URL
        let epub: URL
        let report: PDFReport
        var description: String { name }
    }

    static let samples: Result<[Sample], TestSupportError> = {
        do {
            let folder = try Paths.scratchFolder("tobook-pdf")
            var inputs: [(name: String, url: URL, text: String)] = []
            for file in try CorpusFile.all() {
                inputs.append((file.name, file.url, try file.text()))
            }
            let article = try Fixture.article()
            let articleURL = folder.appendingPathComponent(article.name)
            try article.bytes.write(to: articleURL)
            inputs.append((article.name, articleURL, try article.text()))
            // Two at a time: the machine has two cores and War and Peace dominates.
            let all = inputs
            let results = ConcurrentResults<Sample>(count: all.count)
            DispatchQueue.concurrentPerform(iterations: all.count) { index in
                let input = all[index]
                results.set(index) {
                    var options = ConversionOptions(input: .file(input.url.path))
                    options.formats = [.epub, .pdf]
                    options.pdf.recordsPageMap = true
                    options.outputPath = folder.appendingPathComponent(input.name).path
                    let result = try Converter().convert(options)
                    guard let report = result.pdfReport, result.outputPaths.count == 2 else {
                        throw TestSupportError("\(input.name): no PDF report")
                    }
                    return Sample(
                        name: input.name, text: input.text, source: input.url,
                        pdf: URL(fileURLWithPath: result.outputPaths[1]),
                        epub: URL(fileURLWithPath: result.outputPaths[0]), report: report)
                }
            }
            return .success(try results.values())
        } catch let error as TestSupportError {
            return .failure(error)
        } catch {
            return .failure(TestSupportError("could not make the PDFs: \(error)"))
        }
    }()

    static var sampleNames: [String] {
        ((try? CorpusFile.all().map(\.name)) ?? []) + ["article.txt"]
    }

    static func sample(_ name: String) throws -> Sample {
        guard let sample = try samples.get().first(where: { $0.name == name }) else {
            throw TestSupportError("no sample \(name)")
        }
        return sample
    }

    @Test(
        "qpdf --check is clean and every font is embedded, subset and mapped to Unicode",
        arguments: sampleNames)
    func integrity(name: String) throws {
        let pdf = PDFFile(try Self.sample(name).pdf)
        let problems = try pdf.qpdfProblems()
        #expect(problems == nil, "\(problems ?? "")")
        let fonts = try pdf.fonts()
        #expect(!fonts.isEmpty)
        for font in fonts {
            #expect(font.embedded && font.subset && font.unicode, "\(name): \(font.name)")
        }
    }

    @Test(
        "pdfinfo shows the title, the author, the e-reader page size and the page count",
        arguments: sampleNames)
    func metadata(name: String) throws {
        let sample = try Self.sample(name)
        let info = try PDFFile(sample.pdf).info()
        let epub = try EPUBContents(sample.epub)
        #expect(info["Title"] == epub.package.metadata("dc:title"))
        #expect(info["Author"] == epub.package.metadata("dc:creator"))
        #expect(info["Creator"]?.hasPrefix("tobook ") == true)
        #expect(info["Page size"] == "255.118 x 340.157 pts")
        #expect(info["Pages"] == String(sample.report.pageCount))
        #expect(info["Tagged"] == "yes")
    }

    /// Nothing lost: the words `pdftotext` reads from the pages after the generated contents,
    /// with the running heads and page numbers the page map records taken out, the page numbers
    /// set beside a typed contents list's entries too, and words broken at a soft hyphen
    /// joined, equal the input's, every one, in order.
    @Test("Nothing lost: the PDF's words equal the input's words, in order", arguments: sampleNames)
    func words(name: String) throws {
        let sample = try Self.sample(name)
        let pages = try PDFFile(sample.pdf).pageTexts(raw: true)
        #expect(pages.count == sample.report.pageCount)
        #expect(sample.report.furniture.count == pages.count)
        var body: [String] = []
        for (index, page) in pages.enumerated() where index > 0 {
            if let contents = sample.report.contentsPages, contents.contains(index + 1) { continue }
            body.append(
                try Self.strippingFurniture(page, sample.report.furniture[index], page: index + 1))
        }
        let titlePage = Words.of(
            try Self.strippingFurniture(pages[0], sample.report.furniture[0], page: 1))
        let joined = body.joined(separator: "\n").replacingOccurrences(of: "\u{AD}\n", with: "")
        let expected = ExpectedWords(text: sample.text, titlePage: titlePage)
        let output = Self.removing(
            sample.report.typedContentsNumbers, from: Words.of(joined), expected: expected.words)
        // Right-to-left words (a Hebrew word in Moby-Dick) come out of pdftotext's drawing order
        // letter by letter: their letters are checked, all present, and the rest word by word.
        let rightToLeft = { (words: [String]) in words.filter(Self.isRightToLeft).joined().sorted()
        }
        #expect(rightToLeft(expected.words) == rightToLeft(output))
        let difference = Words.firstDifference(
            expected: expected.words.filter { !Self.isRightToLeft($0) },
            actual: output.filter { !Self.isRightToLeft($0) })
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// The words without the page numbers the typesetter set beside a typed contents list's
    /// entries, which come in order, each after its entry: a word that is not the next one
    /// expected but is the next such number is one of them.
    static func removing(_ numbers: [String], from output: [String], expected: [String])
        -> [String]
    {
        var result: [String] = []
        var numbers = numbers[...]
        for word in output {
            if result.count < expected.count && word == expected[result.count] {
                result.append(word)
            } else if word == numbers.first {
                numbers = numbers.dropFirst()
            } else {
                result.append(word)
            }
        }
        return result
    }

    static func isRightToLeft(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first?.value else { return false }
        return (0x0590...0x08FF).contains(first) || (0xFB1D...0xFDFF).contains(first)
            || (0xFE70...0xFEFF).contains(first)
    }

    /// A page's text (in drawing order) without its running head and page number, which the
    /// typesetter draws after the text, in that order.
    static func strippingFurniture(
        _ page: String, _ furniture: PDFReport.Furniture, page number: Int
    ) throws -> String {
        var lines = page.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if let folio = furniture.folio {
            guard lines.last == folio else {
                throw TestSupportError(
                    "page \(number): expected page number \(folio) last, found \(lines.last ?? "nothing")"
                )
            }
            lines.removeLast()
        }
        if let head = furniture.head {
            // pdftotext may cut the head in two where kerning overlaps letters ("V" "ALLEY"),
            // and a long head is cut short with an ellipsis: take the last lines whose letters
            // begin the head's.
            let letters = Words.of(head).joined()
            var taken = ""
            var count = 0
            while count < min(3, lines.count) {
                count += 1
                taken = Words.of(lines[(lines.count - count)...].joined(separator: " ")).joined()
                if taken == letters
                    || (lines.last!.hasSuffix("…") && !taken.isEmpty && letters.hasPrefix(taken))
                {
                    break
                }
            }
            guard letters.hasPrefix(taken), !taken.isEmpty else {
                throw TestSupportError(
                    "page \(number): expected running head \(head), found \(lines.last ?? "nothing")"
                )
            }
            lines.removeLast(count)
        }
        return lines.joined(separator: "\n")
    }

    @Test(
        "The outline has one bookmark per entry of the EPUB's table of contents, same labels and depth",
        arguments: sampleNames)
    func outline(name: String) throws {
        let sample = try Self.sample(name)
        let outline = try PDFFile(sample.pdf).outline()
        let labels = try EPUBContents(sample.epub).navigationLabels()
        #expect(outline.count == labels.count)
        #expect(outline.map(\.title) == labels)
        // Bookmarks point at pages in reading order, and the contents pages print the same numbers.
        let pages = outline.map(\.page)
        #expect(pages == pages.sorted())
        #expect(outline.first?.page == 1)
        if let contents = sample.report.contentsPages {
            // Each entry's last line ends with its page number; the folio stands alone on a line.
            let pageTexts = try PDFFile(sample.pdf).pageTexts(raw: true)
            let text = pageTexts[(contents.lowerBound - 1)..<contents.upperBound].joined(
                separator: "\n")
            let printed = text.split(separator: "\n").compactMap { line -> Int? in
                let fields = line.split(separator: " ")
                return fields.count > 1 ? fields.last.flatMap { Int($0) } : nil
            }
            #expect(printed == Array(pages.dropFirst()), "\(name): contents page numbers")
        }
    }

    /// From the typesetter's own page map of a long book: no page starts with the last line of a
    /// paragraph (a widow), none ends with the first line of one (an orphan), none ends with a
    /// heading; and the map covers every page.
    @Test("War and Peace: no widow, no orphan, no heading at the foot of a page")
    func pageRules() throws {
        let report = try Self.sample("war-and-peace.txt").report
        #expect(report.pages.count == report.pageCount)
        #expect(report.pageCount > 3000)
        var widows = 0
        var orphans = 0
        var strandedHeadings = 0
        var splitParagraphs = 0
        for (index, page) in report.pages.enumerated() {
            if let first = page.first, first.firstLine > 0 {
                splitParagraphs += 1
                if first.lastLine == first.firstLine && first.lastLine == first.lineCount - 1 {
                    widows += 1
                }
            }
            if let last = page.last, index < report.pages.count - 1 {
                if last.isHeading { strandedHeadings += 1 }
                if last.firstLine == 0 && last.lastLine == 0 && last.lineCount > 1 { orphans += 1 }
            }
        }
        #expect(widows == 0)
        #expect(orphans == 0)
        #expect(strandedHeadings == 0)
        // The rule is exercised: many paragraphs do run across pages.
        #expect(splitParagraphs > 500)
    }

    @Test("Two runs give identical bytes")
    func reproducible() throws {
        let folder = try Paths.scratchFolder("tobook-pdf-twice")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try Self.sample("alice.txt").source
        var outputs: [Data] = []
        for run in 0..<2 {
            var options = ConversionOptions(input: .file(source.path))
            options.outputPath = folder.appendingPathComponent("alice-\(run).pdf").path
            options.sourceDateEpoch = 1_700_000_000
            _ = try Converter().convert(options)
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: options.outputPath!)))
        }
        #expect(outputs[0] == outputs[1])
        #expect(String(decoding: outputs[0].prefix(8), as: UTF8.self) == "%PDF-1.5")
    }
}

/// Results filled in from `concurrentPerform`, one slot per index.
final class ConcurrentResults<Value: Sendable>: @unchecked Sendable {
    private var slots: [Result<Value, any Error>?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ body: () throws -> Value) {
        let result = Result { try body() }
        lock.withLock { slots[index] = result }
    }

    func values() throws -> [Value] {
        try lock.withLock { try slots.map { try $0!.get() } }
    }
}
