import Foundation
import TestSupport

@testable import TobookKit

/// The words a book made from a text must show after its title page, in order, whatever the
/// format: the input's words, except that a Gutenberg header and footer come after the book (in
/// that order), a typed contents list that tobook drops is left out (its words are returned
/// apart, to check the book still shows them), and title lines that the title page took are
/// not repeated.
struct ExpectedWords {
    let words: [String]
    /// Lower-cased words of a dropped contents list.
    let dropped: [String]

    init(text: String, source: URL, titlePage: [String]) throws {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        let outline = try Converter().outline(ConversionOptions(input: .file(source.path))).outline
        var dropped: [String] = []
        if outline.contentsDropped, let contents = outline.contentsLines {
            let label = lines[contents.lowerBound - 1].trimmingCharacters(in: .whitespaces)
                .lowercased()
            for index in (contents.lowerBound - 1)..<contents.upperBound {
                if !(index == contents.lowerBound - 1
                    && ["contents", "table of contents"].contains(label))
                {
                    dropped += Words.of(String(lines[index])).map { $0.lowercased() }
                }
                lines[index] = ""
            }
        }
        if let split = GutenbergSplit(lines: lines) {
            let part = { (range: Range<Int>) in Words.of(lines[range].joined(separator: "\n")) }
            words = part(split.body) + part(split.header) + part(split.footer)
        } else {
            let all = Words.of(lines.joined(separator: "\n"))
            let titleFromText = titlePage == Array(all.prefix(titlePage.count))
            words = titleFromText ? Array(all.dropFirst(titlePage.count)) : all
        }
        self.dropped = dropped
    }
}
