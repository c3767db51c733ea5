import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// Whole corpus books made into one (`--combine`): two Gutenberg novels, a licence with its own
/// title block and a Latin-1 text. Each keeps every word, in order, inside its own division.
@Suite("A collection of corpus books")
struct CollectionTests {
    static let names = [
        "alice.txt", "apache-2.0.txt", "sherlock-holmes-latin1.txt", "frankenstein.txt",
    ]

    @Test(
        "Each book a division of the outline with its chapters and back matter under it; every word in order; EPUBCheck clean"
    )
    func collection() throws {
        let files = try CorpusFile.all().filter { Self.names.contains($0.name) }
            .sorted { Self.names.firstIndex(of: $0.name)! < Self.names.firstIndex(of: $1.name)! }
        #expect(files.map(\.name) == Self.names)
        let folder = try Paths.scratchFolder("tobook-collection")
        var options = ConversionOptions(
            input: .combined(files.map(\.url.path)),
            outputPath: folder.appendingPathComponent("shelf.epub").path)
        options.sourceDateEpoch = 1_700_000_000
        let result = try Converter().convert(options)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let url = URL(fileURLWithPath: result.outputPath)
        let report = try EPUBCheck.check([url])
        #expect(report.failures.isEmpty, "\(report.output)")

        // Each part's words as the book must show them: a Gutenberg book's title (from its
        // header) opens its division, then its body, header and licence; a text with a title
        // line shows all its words where they stood.
        var expected: [String] = []
        var divisions: [String] = []
        for file in files {
            let text = try file.text()
            let prepared = try Converter().prepare(
                InputFile.read(path: file.url.path),
                options: ConversionOptions(input: .file(file.url.path)))
            let metadata = prepared.book.metadata
            let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
            if GutenbergSplit(lines: lines) != nil {
                expected += Words.of(metadata.title + " " + (metadata.subtitle ?? ""))
            }
            expected += ExpectedWords(text: text, titlePage: []).words
            divisions.append(
                Heading(
                    level: 1, text: [.text(metadata.title)],
                    subtitle: metadata.subtitle.map { [.text($0)] }
                ).label)
        }
        let epub = try EPUBContents(url)
        let words = try epub.readingDocuments().dropFirst().flatMap {
            Words.of($0.tree.first(named: "body")?.textContent ?? "")
        }
        let difference = Words.firstDifference(expected: expected, actual: words)
        #expect(difference == nil, "\(difference ?? "")")

        let tree = try epub.navigationTree()
        #expect(tree.map(\.label) == ["Shelf"] + divisions)
        // Alice's twelve chapters and its Gutenberg back matter sit under it, not beside it.
        #expect(tree[1].children.count == 13)
        #expect(tree[1].children.last == "About this Project Gutenberg eBook")
    }
}
