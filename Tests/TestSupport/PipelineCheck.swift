import Foundation
import TobookKit

/// The properties every input must keep through the EPUB pipeline (bytes → decode → parse →
/// typography → XHTML, OPF, NCX → ZIP), checked by the fuzzer on each input and by the tests on
/// its findings: either a refusal a user can act on, or a book whose XML documents are all
/// well-formed and which shows every word of the decoded text in order.
public enum PipelineCheck {
    public enum Outcome: Equatable {
        case refused(TobookError)
        case book(words: Int)
    }

    public struct Violation: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// Runs the pipeline in memory (no cover: the fuzzer's budget goes to the text's paths),
    /// reading the bytes as plain text and then as Markdown. The Markdown book must be as
    /// well-formed; its words are checked only by the Markdown tests, since it rightly leaves
    /// out what Markdown does not show (link destinations, the names of entities).
    public static func run(_ bytes: [UInt8]) throws(Violation) -> Outcome {
        let outcome = try run(bytes, markup: .plain)
        if case .book = outcome { _ = try run(bytes, markup: .markdown) }
        return outcome
    }

    static func run(_ bytes: [UInt8], markup: TextMarkup) throws(Violation) -> Outcome {
        var options = ConversionOptions(input: .file("fuzz.txt"))
        options.cover = .none
        options.sourceDateEpoch = 0
        options.structure.markup = markup
        let prepared: Converter.PreparedBook
        do {
            prepared = try Converter().prepare(
                InputFile(displayName: "fuzz.txt", bytes: bytes), options: options)
        } catch {
            switch error {
            case .inputEmpty, .inputBinary: return .refused(error)
            default: throw Violation("unexpected refusal: \(error.message)")
            }
        }
        let package = EPUBPackage(book: prepared.book, stylesheet: "")
        let entries = package.entries()
        var documents: [String: XMLTree.Element] = [:]
        for entry in entries
        where entry.path.hasSuffix("ml") || entry.path.hasSuffix(".opf")
            || entry.path.hasSuffix(".ncx")
        {
            do {
                documents[entry.path] = try XMLTree.parse(Data(entry.bytes))
            } catch {
                throw Violation("\(entry.path) is not well-formed XML: \(error)")
            }
        }
        let archive: [UInt8]
        do {
            archive = try package.archive(compressionLevel: 1)
        } catch {
            throw Violation("the archive failed: \(error.message)")
        }
        guard archive.starts(with: Array("PK\u{3}\u{4}".utf8)) else {
            throw Violation("the archive does not start with a local file header")
        }
        try checkKobo(package, plain: entries, documents: documents)
        let shown = try spineWords(entries: entries, documents: documents)
        guard markup == .plain else { return .book(words: shown.count) }
        let expected = try expectedWords(bytes)
        try checkShown(expected, in: shown, reordered: prepared.outline.movesText)
        return .book(words: shown.count)
    }

    /// The kepub's pages (`--format kepub`) are well-formed and hold the EPUB's text, every
    /// character of it in order: Kobo's spans never break the markup nor move or lose text.
    static func checkKobo(
        _ package: EPUBPackage, plain entries: [EPUBEntry],
        documents: [String: XMLTree.Element]
    ) throws(Violation) {
        var kobo = package
        kobo.kobo = true
        for (plain, marked) in zip(entries, kobo.entries()) where plain.path.hasSuffix(".xhtml") {
            let tree: XMLTree.Element
            do {
                tree = try XMLTree.parse(Data(marked.bytes))
            } catch {
                throw Violation("the kepub's \(plain.path) is not well-formed XML: \(error)")
            }
            guard let body = tree.first(named: "body"),
                let plainBody = documents[plain.path]?.first(named: "body"),
                body.characters == plainBody.characters
            else { throw Violation("the kepub's \(plain.path) does not hold the EPUB's text") }
        }
    }

    /// The words of the decoded text, every one of them (a typed contents list's too), as the
    /// book must show them: soft hyphens (which the typographer removes, as a reader's
    /// hyphenation replaces them) do not split words.
    static func expectedWords(_ bytes: [UInt8]) throws(Violation) -> [String] {
        guard let decoded = try? TextDecoder().decode(bytes) else {
            throw Violation("the decoder refused what the converter accepted")
        }
        let text = decoded.text.replacingOccurrences(of: "\u{AD}", with: "")
        return Words.of(text)
    }

    /// Every word of the body documents, in spine order (title page and back matter included).
    static func spineWords(entries: [EPUBEntry], documents: [String: XMLTree.Element])
        throws(Violation) -> [String]
    {
        guard let opfPath = documents.keys.first(where: { $0.hasSuffix(".opf") }),
            let opf = documents[opfPath]
        else { throw Violation("no package document") }
        let folder = opfPath.split(separator: "/").dropLast().joined(separator: "/")
        var manifest: [String: String] = [:]
        for item in opf.all(named: "item") {
            if let id = item.attributes["id"], let href = item.attributes["href"] {
                manifest[id] = folder.isEmpty ? href : folder + "/" + href
            }
        }
        var words: [String] = []
        for itemref in opf.all(named: "itemref") {
            guard let id = itemref.attributes["idref"], let path = manifest[id],
                let document = documents[path]
            else { throw Violation("a spine item has no document") }
            words += Words.of(document.first(named: "body")?.textContent ?? "")
        }
        return words
    }

    /// The expected words must appear in order among the shown ones (which add the title page's
    /// labels and headings of their own); when the parser moved text (a Gutenberg frame, a field
    /// block), each word must still be shown as often as it occurs.
    static func checkShown(_ expected: [String], in shown: [String], reordered: Bool)
        throws(Violation)
    {
        if !reordered {
            var position = 0
            for (index, word) in expected.enumerated() {
                while position < shown.count && shown[position] != word { position += 1 }
                guard position < shown.count else {
                    let context = expected[max(0, index - 5)..<min(expected.count, index + 5)]
                    throw Violation(
                        "word \(index) '\(word)' of \(expected.count) is missing or out of order"
                            + " near: \(context.joined(separator: " "))")
                }
                position += 1
            }
            return
        }
        var counts: [String: Int] = [:]
        for word in shown { counts[word, default: 0] += 1 }
        for word in expected {
            guard let count = counts[word], count > 0 else {
                throw Violation("word '\(word)' is missing")
            }
            counts[word] = count - 1
        }
    }
}
