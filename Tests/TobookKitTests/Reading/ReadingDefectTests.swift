import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// The defects issue 18 found by reading the books as a reader's engine shows them, each checked
/// where it arises: the typography stage, the PDF's line breaking and page making, the package.
@Suite("As the reader sees it")
struct ReadingDefectTests {
    // MARK: Typography (EPUB and PDF alike)

    @Test(
        "A spaced dash is bound to the word before it by a no-break space",
        arguments: [
            ("walked on -- perpetrated by", "walked on\u{A0}— perpetrated by"),
            ("walked on – perpetrated by", "walked on\u{A0}– perpetrated by"),
            ("walked on — perpetrated by", "walked on\u{A0}— perpetrated by"),
            ("A spaced - hyphen", "A spaced\u{A0}— hyphen"),
            ("a well-known fact", "a well-known fact"),
            ("Wait--what?", "Wait—what?"),
        ])
    func spacedDash(input: String, expected: String) {
        #expect(SmartPunctuationTests.smart(input) == expected)
    }

    @Test("A dialogue dash opening a paragraph is left alone")
    func dialogueDash() {
        #expect(SmartPunctuationTests.smart("– Oui, dit-il.", "fr").hasPrefix("–"))
    }

    /// `L. of G.'s Purport` kept its straight apostrophe: after a full stop no rule applied.
    @Test("An apostrophe after an abbreviation is curled, in a heading too")
    func apostropheInHeading() throws {
        let heading = Heading(level: 1, text: [.text("L. of G.'s Purport")])
        let book = Book(
            metadata: BookMetadata(title: "T"),
            chapters: [Chapter(heading: heading, blocks: [.paragraph([.text("The U.S.'s flag.")])])]
        )
        let typeset = Typographer(language: "en").apply(to: book)
        #expect(typeset.chapters[0].heading?.text.plainText == "L. of G.’s Purport")
        #expect(typeset.chapters[0].blocks[0] == .paragraph([.text("The U.S.’s flag.")]))
    }

    // MARK: The PDF

    /// Typesets paragraphs (not parsed: plain text runs, addresses not made links) on `page`.
    static func typeset(_ paragraphs: [String], page: String = "ereader", style: String = "default")
        throws -> [String]
    {
        let book = Book(
            metadata: BookMetadata(title: "T"),
            chapters: [Chapter(blocks: paragraphs.map { .paragraph([.text($0)]) })])
        let folder = try Paths.scratchFolder("tobook-reading-pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("book.pdf")
        try writePDF(book, to: url, page: page, style: style)
        return try PDFFile(url).pageTexts(raw: true)
    }

    /// Writes `book` as a PDF on `page` in `style`, through the typesetter alone.
    static func writePDF(_ book: Book, to url: URL, page: String = "ereader", style: String)
        throws
    {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let theme = try #require(Theme.builtIn(named: style))
        let geometry = try #require(PageGeometry(named: page))
        _ = try PDFTypesetter(book: book, theme: theme, options: PDFOptions(page: geometry))
            .write(to: descriptor)
    }

    /// Words that vary each paragraph's length, so its lines end in ever other places.
    static func filler(_ count: Int, seed: Int) -> String {
        let words = [
            "the", "morning", "was", "bright", "and", "cold", "walking", "along", "river",
            "considerable", "quietly", "she", "remembered", "everything",
        ]
        return (0..<count).map { words[($0 * 7 + seed * 3) % words.count] }.joined(separator: " ")
    }

    @Test(
        "In the PDF a speaker's name stands out from the speech (bold, not only small capitals)",
        .enabled(if: MuPDF.executable != nil, "mutool is not installed: `make test` installs it"),
        arguments: ["default", "modern", "plain"])
    func speakerFace(style: String) throws {
        // The name in capitals twice: as the speaker, and inside the speech. Small capitals
        // change nothing on capitals, so only a bolder face makes the first one wider.
        let speeches: [Block] = (0..<6).map { _ in
            .paragraph([.speaker("HAMLET."), .text(" I call HAMLET again, my lord.")])
        }
        let book = Book(metadata: BookMetadata(title: "T"), chapters: [Chapter(blocks: speeches)])
        let folder = try Paths.scratchFolder("tobook-reading-speaker")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("play.pdf")
        try Self.writePDF(book, to: url, style: style)
        // Each character's box, from MuPDF's structured text (in points), and the page drawn
        // at 144 dpi as grey levels: a bolder face puts more ink in the same box.
        let mutool = try #require(MuPDF.executable)
        let stext = try Subprocess.run(
            mutool, ["draw", "-q", "-F", "stext", "-o", "-", url.path, "2"]
        )
        .stdoutText
        var characters: [(text: String, box: [Double])] = []
        for line in stext.split(separator: "\n") {
            guard let quad = line.firstRange(of: "<char quad=\""),
                let character = line.firstRange(of: " c=\"")
            else { continue }
            let corners = line[quad.upperBound...].prefix { $0 != "\"" }.split(separator: " ")
                .compactMap { Double($0) }
            guard corners.count == 8 else { continue }
            characters.append(
                (String(line[character.upperBound...].prefix { $0 != "\"" }), corners))
        }
        let pgm = folder.appendingPathComponent("page.pgm")
        _ = try Subprocess.run(
            mutool, ["draw", "-q", "-r", "144", "-F", "pgm", "-o", pgm.path, url.path, "2"])
        let image = try Data(contentsOf: pgm)
        // "P5\n<width> <height>\n255\n", then one byte a pixel.
        let header = image.prefix(40).split(separator: 0x0A, maxSplits: 3)
        let size = String(decoding: header[1], as: UTF8.self).split(separator: " ").compactMap {
            Int($0)
        }
        let pixels = image.suffix(size[0] * size[1])
        func ink(ofWordAt first: Int) -> Int {
            let left = Int(characters[first].box[0] * 2)
            let right = Int(characters[first + 5].box[2] * 2)
            let top = Int(characters[first].box[1] * 2)
            let bottom = Int(characters[first].box[5] * 2)
            var dark = 0
            for row in top..<bottom {
                for column in left..<right
                where pixels[pixels.startIndex + row * size[0] + column] < 128 {
                    dark += 1
                }
            }
            return dark
        }
        let text = characters.map(\.text).joined()
        let speaker = try #require(text.range(of: "HAMLET."))
        let inSpeech = try #require(
            text.range(of: "HAMLET", range: speaker.upperBound..<text.endIndex))
        let speakerInk = ink(ofWordAt: text.distance(from: text.startIndex, to: speaker.lowerBound))
        let speechInk = ink(ofWordAt: text.distance(from: text.startIndex, to: inSpeech.lowerBound))
        #expect(
            Double(speakerInk) > Double(speechInk) * 1.15, "\(style): \(speakerInk) vs \(speechInk)"
        )
    }

    @Test("A mail or web address is never hyphenated, linked or not")
    func addressesUnhyphenated() throws {
        let paragraphs = (0..<30).map { seed in
            Self.filler(seed % 9 + 3, seed: seed)
                + " business@pglaf.org and www.gutenberg.org/information/documentation "
                + Self.filler(12, seed: seed + 1)
        }
        let lines = try Self.typeset(paragraphs).joined(separator: "\n")
            .split(separator: "\n").map(String.init)
        for (line, next) in zip(lines, lines.dropFirst())
        where line.hasSuffix("-") || line.hasSuffix("\u{AD}") {
            let broken =
                (line.split(separator: " ").last ?? "") + (next.split(separator: " ").first ?? "")
            #expect(!broken.contains("@") && !broken.contains("gutenberg"), "\(line) / \(next)")
        }
        #expect(ParagraphSetter.looksLikeAddress("(business@pglaf.org)."))
        #expect(ParagraphSetter.looksLikeAddress("www.gutenberg.org"))
        #expect(!ParagraphSetter.looksLikeAddress("well-known"))
        #expect(!ParagraphSetter.looksLikeAddress("@home"))
    }

    @Test("No paragraph ends with a line of one short word")
    func noShortLastLine() throws {
        let paragraphs = (0..<40).map { Self.filler($0 + 8, seed: $0) + " came home to her." }
        let lines = try Self.typeset(paragraphs).flatMap { $0.split(separator: "\n") }
        #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces) == "her." })
    }

    @Test("A heading-like line is never left at a page's foot apart from what follows")
    func keepsWithNext() throws {
        var paragraphs: [String] = []
        for seed in 0..<40 {
            paragraphs += [
                Self.filler(seed * 3 % 50 + 10, seed: seed), "CHORUS.", "‘Wow! wow! wow!’",
            ]
        }
        let pages = try Self.typeset(paragraphs)
        for (number, page) in pages.enumerated() {
            let body = page.split(separator: "\n").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty && Int($0) == nil && $0 != "T" }
            #expect(body.last != "CHORUS.", "page \(number + 1)")
        }
        #expect(TypesetBlockBuilder.introducesNext("CHORUS."))
        #expect(TypesetBlockBuilder.introducesNext("(In which the cook and the baby joined):—"))
        #expect(!TypesetBlockBuilder.introducesNext("I."))
        #expect(!TypesetBlockBuilder.introducesNext("She came home."))
    }

    /// A5 and larger pages ran to 80–90 characters a line (A4 over 100).
    @Test(
        "On A5, A4 and letter pages a full line holds 60 to 75 characters, in every style",
        arguments: ["a5", "a4", "letter"])
    func measure(page: String) throws {
        // The example article's prose: ordinary English words, as the measure is counted in.
        let article = try Fixture.article().text()
        let paragraphs = article.components(separatedBy: "\n\n").map {
            $0.replacingOccurrences(of: "\n", with: " ")
        }.filter { $0.count > 200 }
        for style in Theme.builtInNames {
            let lines = try Self.typeset(paragraphs, page: page, style: style)
                .flatMap { $0.split(separator: "\n") }.map(\.count).filter { $0 > 30 }.sorted()
            let typical = lines[lines.count * 3 / 4]
            #expect((60...75).contains(typical), "\(style) on \(page): \(typical) characters")
        }
    }

    // MARK: The package

    /// calibre reads only the guide to find the cover page; without one, AZW3 showed two covers.
    @Test("The EPUB 3 package has a guide naming the cover page, the first in the spine")
    func guide() throws {
        let folder = try Paths.scratchFolder("tobook-guide")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent(Fixture.readingSample.name)
        try Fixture.readingSample.bytes.write(to: source)
        var options = ConversionOptions(input: .file(source.path))
        options.outputPath = folder.appendingPathComponent("book.epub").path
        let epub = try EPUBContents(
            URL(fileURLWithPath: try Converter().convert(options).outputPath))
        let opf = try XMLTree.parse(epub.read(epub.entryName(forHref: "content.opf")))
        let references = opf.all(named: "reference")
        let cover = try #require(references.first { $0.attributes["type"] == "cover" })
        #expect(cover.attributes["href"] == "text/cover.xhtml")
        #expect(epub.package.spineHrefs.first == "text/cover.xhtml")
    }
}
