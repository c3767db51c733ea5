import Foundation
import TestSupport
import Testing

/// One book from several files (`--combine`, or `-o` naming one book for several inputs): each
/// file a division of the outline in the order given, its own headings under it, no word lost.
@Suite("tobook command line: one book from several files")
struct CombineCommandTests {
    /// Three texts as people have them: one opening with its chapter heading, one with a title,
    /// a by-line and numbered sections of its own, one with no heading at all.
    static let texts: [(name: String, text: String)] = [
        (
            "arrival.txt",
            """
            Chapter 1

            The Arrival

            The train came in late, and "nobody" was waiting on the platform when she stepped down.

            She walked into the town with her bag, past the shuttered shops and the empty square.

            """
        ),
        (
            "night.txt",
            """
            The Long Night

            by Ann Lee

            Nobody in the house slept that night; the wind saw to that.

            1. First Watch

            The old man kept the first watch by the fire, counting the hours aloud.

            2. Second Watch

            His daughter took the second, and heard the door open at three.

            """
        ),
        (
            "morning.txt",
            """
            It was all quiet in the morning, as if the night had never been, and the town woke slowly.

            Another paragraph follows, and then the story ends.

            """
        ),
    ]

    /// A folder `novel` holding the three texts, inside a scratch folder.
    static func novelFolder() throws -> URL {
        let scratch = try Paths.scratchFolder("tobook-combine")
        let novel = scratch.appendingPathComponent("novel")
        try FileManager.default.createDirectory(at: novel, withIntermediateDirectories: false)
        for (name, text) in texts {
            try Data(text.utf8).write(to: novel.appendingPathComponent(name))
        }
        return scratch
    }

    @Test(
        "--combine of three files: one book named after their folder, one TOC entry per file with its own headings under it, every word in order"
    )
    func combineThree() throws {
        let folder = try Self.novelFolder()
        let inputs = Self.texts.map { "novel/" + $0.name }
        let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]
        let result = try CommandLineTests.tobook(
            inputs + ["--combine"], in: folder, environment: epoch)
        #expect(result.status == 0)
        #expect(result.stderr == "tobook: wrote novel/novel.epub\n")
        let url = folder.appendingPathComponent("novel/novel.epub")
        let report = try EPUBCheck.check([url])
        #expect(report.failures.isEmpty, "\(report.output)")

        let book = try EPUBContents(url)
        #expect(book.package.metadata("dc:title") == "Novel")
        #expect(book.package.metadata("dc:creator") == "Ann Lee")
        let tree = try book.navigationTree()
        #expect(
            tree.map(\.label) == ["Novel", "Chapter 1 The Arrival", "The Long Night", "Morning"])
        #expect(tree.map(\.children) == [[], [], ["1. First Watch", "2. Second Watch"], []])
        // The NCX for older readers has the same four entries at the top, the sections nested.
        let ncx = try XMLTree.parse(book.read("EPUB/toc.ncx"))
        let navMap = try #require(ncx.first(named: "navMap"))
        #expect(navMap.elements.filter { $0.name == "navPoint" }.count == 4)
        #expect(ncx.all(named: "navPoint").count == 6)

        // Every word of every file, in order, after the title page; the file without a heading
        // gets its name as one.
        let expected =
            Words.of(Self.texts[0].text) + Words.of(Self.texts[1].text) + ["Morning"]
            + Words.of(Self.texts[2].text)
        let documents = try book.readingDocuments().dropFirst()
        let words = documents.flatMap { Words.of($0.tree.first(named: "body")?.textContent ?? "") }
        #expect(
            words == expected, "\(Words.firstDifference(expected: expected, actual: words) ?? "")")
        // Each file starts a new document, however short: none flows into the next.
        #expect(documents.count == 5)
        let opening = try #require(documents.first?.tree.first(named: "section"))
        #expect(opening.attributes["epub:type"] == "chapter")

        // The same files again give the same bytes.
        let first = try Data(contentsOf: url)
        let again = try CommandLineTests.tobook(
            inputs + ["--combine"], in: folder, environment: epoch)
        #expect(again.status == 0)
        #expect(try Data(contentsOf: url) == first)
    }

    @Test(
        "-o with several files makes one book; a first file holding only a title block is its title page, any other title line a chapter's"
    )
    func titlePageAndOutputName() throws {
        let folder = try Self.novelFolder()
        let title = "The Collected Tales\n\nby Jane Roe\n\nFor my mother.\n"
        try Data(title.utf8).write(to: folder.appendingPathComponent("novel/title.txt"))
        // Windows-1252 bytes beside UTF-8 files: each file's encoding is found on its own.
        let latin1 = Data("Café society, naïve and \u{201C}quoted\u{201D}.\n".utf8)
        let windows1252 = try #require(
            String(decoding: latin1, as: UTF8.self).data(using: .windowsCP1252))
        try windows1252.write(to: folder.appendingPathComponent("novel/old.txt"))

        let tales = try CommandLineTests.tobook(
            [
                "novel/title.txt", "novel/night.txt", "novel/old.txt", "-o", "tales.epub",
                "--verbose",
            ],
            in: folder)
        #expect(tales.status == 0, "\(tales.stderr)")
        #expect(tales.stderr.contains("tobook: title “The Collected Tales” by Jane Roe\n"))
        #expect(
            tales.stderr.contains(
                "tobook: encoding UTF-8 (novel/title.txt, novel/night.txt), Windows-1252 (novel/old.txt);"
            ))
        #expect(tales.stderr.hasSuffix("tobook: wrote tales.epub\n"))
        let talesBook = try EPUBContents(folder.appendingPathComponent("tales.epub"))
        #expect(talesBook.package.metadata("dc:title") == "The Collected Tales")
        #expect(talesBook.package.metadata("dc:creator") == "Jane Roe")
        #expect(
            try talesBook.navigationTree().map(\.label) == [
                "The Collected Tales", "The Long Night", "Old",
            ])
        let words = try talesBook.spineWords()
        #expect(words.contains("Café") && words.contains("naïve") && words.contains("mother"))

        // The same title block second in line is a chapter's title, not the book's.
        let other = try CommandLineTests.tobook(
            ["novel/night.txt", "novel/title.txt", "-o", "other.epub"], in: folder)
        #expect(other.status == 0, "\(other.stderr)")
        let otherBook = try EPUBContents(folder.appendingPathComponent("other.epub"))
        #expect(otherBook.package.metadata("dc:title") == "Other")
        #expect(
            try otherBook.navigationTree().map(\.label) == [
                "Other", "The Long Night", "The Collected Tales",
            ])
        let report = try EPUBCheck.check([
            folder.appendingPathComponent("tales.epub"),
            folder.appendingPathComponent("other.epub"),
        ])
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test(
        "--combine to EPUB and PDF from one parse: the PDF's bookmarks nest the same way, no word lost"
    )
    func combinedPDF() throws {
        let folder = try Self.novelFolder()
        let inputs = Self.texts.map { "novel/" + $0.name }
        let result = try CommandLineTests.tobook(
            inputs + ["--combine", "--format", "epub,pdf", "--title", "Three Pieces"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "tobook: wrote novel/novel.epub and novel/novel.pdf\n")
        let pdf = PDFFile(folder.appendingPathComponent("novel/novel.pdf"))
        #expect(try pdf.qpdfProblems() == nil)
        let outline = try pdf.outline()
        let divisions = outline.filter { $0.depth == 1 }.map(\.title)
        #expect(divisions.contains("Chapter 1 The Arrival") && divisions.contains("The Long Night"))
        #expect(
            outline.filter { $0.depth == 2 }.map(\.title) == ["1. First Watch", "2. Second Watch"])
        // Each file opens a new page.
        let pages = Dictionary(outline.map { ($0.title, $0.page) }, uniquingKeysWith: { a, _ in a })
        let arrival = try #require(pages["Chapter 1 The Arrival"])
        let night = try #require(pages["The Long Night"])
        let morning = try #require(pages["Morning"])
        #expect(arrival < night && night < morning)
        // In drawing order, a word broken at a line end keeps its soft hyphen: joined again.
        // Running heads and page numbers come between the words, so the words are looked for
        // in order rather than compared as a whole.
        let text = try pdf.pageTexts(raw: true).joined(separator: "\n")
        let words = Words.of(text.replacingOccurrences(of: "\u{AD}\n", with: ""))
        let expected = Self.texts.flatMap { Words.of($0.text) }
        var position = words.startIndex
        for word in expected {
            let found = words[position...].firstIndex(of: word)
            #expect(found != nil, "'\(word)' missing from the PDF, or out of order")
            position = (found ?? position) + 1
        }
        let report = try EPUBCheck.check([folder.appendingPathComponent("novel/novel.epub")])
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test("--combine of books with their own typed contents pages makes a valid PDF")
    func combinedContentsPages() throws {
        // Alice's typed contents page and Hamlet's: before, the second claimed the generated
        // contents page's destination and the PDF step crashed on a backwards page range.
        let folder = try Paths.scratchFolder("tobook-combine-contents")
        let inputs = ["alice.txt", "hamlet.txt"].map {
            Paths.corpus.appendingPathComponent($0).path
        }
        let output = folder.appendingPathComponent("both.pdf")
        let result = try CommandLineTests.tobook(
            inputs + ["--combine", "-o", output.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try PDFFile(output).qpdfProblems() == nil)
    }

    @Test(
        "A text in another language keeps its own: lang on its documents and its own quotation marks"
    )
    func languages() throws {
        let folder = try Self.novelFolder()
        let german = """
            Die Verwandlung

            Als Gregor Samsa eines Morgens aus unruhigen Träumen erwachte, fand er sich in seinem Bett zu einem ungeheueren Ungeziefer verwandelt. Er lag auf seinem panzerartig harten Rücken und sah, wenn er den Kopf ein wenig hob, seinen gewölbten, braunen Bauch. "Was ist mit mir geschehen?" dachte er. Es war kein Traum.

            """
        try Data(german.utf8).write(to: folder.appendingPathComponent("novel/kafka.txt"))
        let result = try CommandLineTests.tobook(
            ["novel/arrival.txt", "novel/kafka.txt", "novel/night.txt", "-o", "mixed.epub"],
            in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let url = folder.appendingPathComponent("mixed.epub")
        let book = try EPUBContents(url)
        #expect(book.package.metadata("dc:language") == "en")
        var languages: [String: String] = [:]
        for document in try book.readingDocuments() {
            let text = document.tree.first(named: "body")?.textContent ?? ""
            languages[text] = document.tree.attributes["xml:lang"]
            #expect(document.tree.attributes["lang"] == document.tree.attributes["xml:lang"])
        }
        let kafka = try #require(languages.first { $0.key.contains("Gregor") })
        #expect(kafka.value == "de")
        #expect(kafka.key.contains("„Was ist mit mir geschehen?“"))
        #expect(languages.filter { $0.value == "de" }.count == 1)
        let arrival = try #require(languages.first { $0.key.contains("platform") })
        #expect(arrival.value == "en" && arrival.key.contains("“nobody”"))
        let report = try EPUBCheck.check([url])
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test("A missing file stops the whole book: one error, its exit code, nothing written")
    func failingFile() throws {
        let folder = try Self.novelFolder()
        let before = try Paths.contents(of: folder.appendingPathComponent("novel"))
        let result = try CommandLineTests.tobook(
            ["novel/arrival.txt", "novel/gone.txt", "--combine"], in: folder)
        #expect(result.status == 3)
        #expect(result.stderr == "tobook: error: novel/gone.txt: no such file\n")
        #expect(try Paths.contents(of: folder.appendingPathComponent("novel")) == before)

        let stdin = try CommandLineTests.tobook(["-", "--combine", "-o", "x.epub"], in: folder)
        #expect(stdin.status == 64)
        #expect(stdin.stderr.hasPrefix("tobook: error: --combine reads files, not standard input"))
        let outline = try CommandLineTests.tobook(
            ["novel/arrival.txt", "novel/night.txt", "--combine", "--outline"], in: folder)
        #expect(outline.status == 64)
        #expect(outline.stderr.hasPrefix("tobook: error: --outline reads one file"))
    }
}
