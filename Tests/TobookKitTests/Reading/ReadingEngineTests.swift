import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// The reading sample in each built-in style, laid out by headless Chromium (Blink) at a
/// 600×800 screen: what a reader sees, measured by `Tests/Tools/reading-probe.js`.
@Suite(
    "Rendered in Blink (headless Chromium) at 600×800",
    .enabled(if: Chromium.executable != nil, "chromium is not installed: `make test` installs it"))
struct BlinkRenderingTests {
    /// The unzipped book of each style, and the book itself.
    static let books: Result<[String: (epub: URL, folder: URL)], TestSupportError> = {
        do {
            let scratch = try Paths.scratchFolder("tobook-blink")
            let source = scratch.appendingPathComponent(Fixture.readingSample.name)
            try Fixture.readingSample.bytes.write(to: source)
            var books: [String: (URL, URL)] = [:]
            for style in Theme.builtInNames {
                var options = ConversionOptions(input: .file(source.path))
                options.style = style
                options.outputPath = scratch.appendingPathComponent("\(style).epub").path
                let epub = URL(fileURLWithPath: try Converter().convert(options).outputPath)
                let folder = scratch.appendingPathComponent(style)
                let unzip = try Subprocess.run("unzip", ["-q", "-o", epub.path, "-d", folder.path])
                guard unzip.status == 0 else { throw TestSupportError(unzip.stderr) }
                books[style] = (epub, folder.appendingPathComponent("EPUB/text"))
            }
            return .success(books)
        } catch let error as TestSupportError {
            return .failure(error)
        } catch {
            return .failure(TestSupportError("could not make the books: \(error)"))
        }
    }()

    static func page(_ style: String, _ name: String) throws -> Chromium.Measurements {
        guard let book = try books.get()[style] else { throw TestSupportError("no \(style)") }
        return try Chromium.measure(book.folder.appendingPathComponent(name))
    }

    @Test("The books pass EPUBCheck with no error and no warning")
    func epubcheck() throws {
        let books = try Self.books.get().values.map(\.epub)
        let report = try EPUBCheck.check(books)
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    /// `height: 100%` had no height to measure against: a 600×960 picture on an 800-pixel screen.
    @Test("The cover fits the screen whole", arguments: Theme.builtInNames)
    func cover(style: String) throws {
        let page = try Self.page(style, "cover.xhtml")
        let image = try #require(page.images.first)
        #expect(image.bottom <= page.height + 0.5, "\(style): \(image) in \(page.height)")
        #expect(image.right <= page.width + 0.5 && image.left >= -0.5, "\(style): \(image)")
        #expect(image.bottom - image.top >= page.height * 0.9, "\(style): the cover is too small")
    }

    @Test("No element is wider than the screen", arguments: Theme.builtInNames)
    func nothingWide(style: String) throws {
        for name in ["cover.xhtml", "title.xhtml", "c0001.xhtml"] {
            #expect(try Self.page(style, name).wide.isEmpty, "\(style) \(name)")
        }
    }

    /// `.verse p.line { margin: 0 }` outranked `.verse .i1` in modern and plain; plain set
    /// stanzas with no space between them; a wrapped line (1.5em) and an indented one (2em)
    /// looked the same.
    @Test(
        "Verse keeps its indents and stanza breaks; a wrapped line stands clear of indented ones",
        arguments: Theme.builtInNames)
    func verse(style: String) throws {
        let lines = try Self.page(style, "c0001.xhtml").lines
        let indented = lines.filter { $0.className == "line i1" }
        let plain = lines.filter { $0.className == "line" }
        #expect(indented.count == 3 && plain.count == 5, "\(style): \(lines)")
        let em = try #require(lines.first?.fontSize)
        for line in indented { #expect(abs(line.marginLeft - em) < 0.5, "\(style): \(line)") }
        for line in plain { #expect(abs(line.marginLeft) < 0.5, "\(style): \(line)") }
        for line in lines { #expect(line.stanzaMargin >= em * 0.5, "\(style): no stanza break") }
        // Where each line's first line starts, and where its wrapped lines start.
        let starts = Set(lines.map { $0.marginLeft + $0.paddingLeft + $0.textIndent })
        let turnovers = Set(lines.map { $0.marginLeft + $0.paddingLeft })
        for turnover in turnovers {
            for start in starts {
                #expect(abs(turnover - start) >= em * 0.99, "\(style): \(turnover) vs \(start)")
            }
        }
    }

    @Test("Speaker names differ from the speech in weight or style", arguments: Theme.builtInNames)
    func speakers(style: String) throws {
        let speakers = try Self.page(style, "c0001.xhtml").speakers
        #expect(speakers.count == 24, "\(style)")
        for speaker in speakers {
            #expect(
                speaker.weight != speaker.speechWeight || speaker.style != speaker.speechStyle,
                "\(style): \(speaker)")
        }
    }

    /// `Rabbit-/Hole` on a 6-inch screen: no soft breaks in headings, and none at a compound's
    /// own hyphen.
    @Test("Headings are not hyphenated nor broken inside a compound", arguments: Theme.builtInNames)
    func headings(style: String) throws {
        let headings = try Self.page(style, "c0001.xhtml").headings
        #expect(headings.count == 3)
        for heading in headings { #expect(heading.hyphens == "none", "\(style): \(heading)") }
        let book = try #require(try Self.books.get()[style])
        let xhtml = try String(
            contentsOf: book.folder.appendingPathComponent("c0001.xhtml"), encoding: .utf8)
        #expect(xhtml.contains("<span style=\"white-space: nowrap\">Rabbit-Hole</span>"))
    }
}

/// Every corpus book, as EPUB (laid out at 600×800) and PDF (at its page size), drawn by MuPDF.
@Suite(
    "Rendered by MuPDF",
    .enabled(if: MuPDF.executable != nil, "mutool is not installed: `make test` installs it"))
struct MuPDFRenderingTests {
    @Test(
        "Every page renders without error; an EPUB's page count suits its length",
        arguments: PDFBookTests.sampleNames)
    func render(name: String) throws {
        let sample = try PDFBookTests.sample(name)
        let epub = try MuPDF.render(sample.epub)
        #expect(epub.errors.isEmpty, "\(name): \(epub.errors)")
        // A 600×800 page (MuPDF's 11-point default type) holds some 80 to 850 words of running
        // text (Sherlock Holmes 815, War and Peace 654); a book also has its cover and title page.
        let words = Words.of(sample.text).count
        #expect(epub.pages >= 3 && epub.pages >= words / 1200, "\(name): \(epub.pages) pages")
        #expect(epub.pages <= words / 80 + 10, "\(name): \(epub.pages) pages for \(words) words")
        let pdf = try MuPDF.render(sample.pdf)
        #expect(pdf.errors.isEmpty, "\(name): \(pdf.errors)")
        #expect(pdf.pages == sample.report.pageCount, "\(name)")
    }
}

/// Through calibre, the usual road to a Kindle: one cover, not the image page and calibre's own.
@Suite(
    "Converted by calibre",
    .enabled(
        if: (try? Subprocess.resolve("ebook-convert")) != nil,
        "calibre's ebook-convert is not installed (`make kindle-check` installs it)"))
struct CalibreConversionTests {
    @Test("EPUB → AZW3 shows the cover once and keeps the contents")
    func oneCover() throws {
        let scratch = try Paths.scratchFolder("tobook-calibre")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent(Fixture.readingSample.name)
        try Fixture.readingSample.bytes.write(to: source)
        var options = ConversionOptions(input: .file(source.path))
        options.outputPath = scratch.appendingPathComponent("book.epub").path
        _ = try Converter().convert(options)
        let azw3 = scratch.appendingPathComponent("book.azw3")
        let back = scratch.appendingPathComponent("back.epub")
        for (from, to) in [(options.outputPath ?? "", azw3.path), (azw3.path, back.path)] {
            let result = try Subprocess.run("ebook-convert", [from, to])
            #expect(result.status == 0, "\(result.stderr)")
        }
        // calibre's own cover page is the one page with a picture; the book's came back too.
        let unzipped = scratch.appendingPathComponent("back")
        _ = try Subprocess.run("unzip", ["-q", "-o", back.path, "-d", unzipped.path])
        var pictures: [String] = []
        var text = ""
        let files = FileManager.default.enumerator(atPath: unzipped.path)
        while let file = files?.nextObject() as? String {
            guard file.hasSuffix("html") else { continue }
            let page = try String(
                contentsOf: unzipped.appendingPathComponent(file), encoding: .utf8)
            if page.contains("<img") || page.contains("<image") { pictures.append(file) }
            text += page
        }
        #expect(pictures.count == 1, "\(pictures)")
        #expect(text.contains("A Scene") && text.contains("Speech 24"))
    }
}
