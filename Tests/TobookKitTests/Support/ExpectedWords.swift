import Foundation
import TestSupport

/// The words a book made from a text must show after its title page, in order, whatever the
/// format: every word of the input, a typed contents list's included, except that a Gutenberg
/// header and footer come after the book (in that order) and title lines that the title page
/// took are not repeated (a Gutenberg book's own title page is its first lines).
struct ExpectedWords {
    let words: [String]

    init(text: String, titlePage: [String]) {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        if let split = GutenbergSplit(lines: lines) {
            let part = { (range: Range<Int>) in Words.of(lines[range].joined(separator: "\n")) }
            var body = part(split.body)
            if !titlePage.isEmpty && titlePage == Array(body.prefix(titlePage.count)) {
                body.removeFirst(titlePage.count)
            }
            words = body + part(split.header) + part(split.footer)
        } else {
            let all = Words.of(lines.joined(separator: "\n"))
            let titleFromText = titlePage == Array(all.prefix(titlePage.count))
            words = titleFromText ? Array(all.dropFirst(titlePage.count)) : all
        }
    }
}
