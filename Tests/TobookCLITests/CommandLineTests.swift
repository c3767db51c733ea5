import Foundation
import TestSupport
import Testing

/// End-to-end runs of the built `tobook` binary: messages, exit codes, files left behind.
@Suite("tobook command line")
struct CommandLineTests {
    static func tobook(
        _ arguments: [String], in folder: URL, environment: [String: String?] = [:],
        stdin: Data? = nil
    ) throws -> Subprocess.Outcome {
        try Subprocess.run(
            Paths.tobookBinary.path, arguments,
            // A config file of the user running the tests must not change what they see.
            environment: ["SOURCE_DATE_EPOCH": nil, "TOBOOK_CONFIG": "/dev/null"].merging(
                environment
            ) { $1 },
            stdin: stdin, in: folder)
    }

    static let sampleText = Data(
        "A Title\n\nSome text that makes a book, and it is the kind of text you would write.\n".utf8
    )

    @Test("Success prints one line naming the output, and nothing on stdout")
    func success() throws {
        let folder = try Paths.scratchFolder()
        try Self.sampleText.write(to: folder.appendingPathComponent("note.txt"))
        let result = try Self.tobook(["note.txt"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "tobook: wrote note.epub\n")
        #expect(result.stdout.isEmpty)
        #expect(try Paths.contents(of: folder) == ["note.epub", "note.txt"])
        #expect(try EPUBCheck.check([folder.appendingPathComponent("note.epub")]).failures.isEmpty)
    }

    @Test("Same SOURCE_DATE_EPOCH gives byte-identical books, also under other time zones")
    func reproducible() throws {
        let folder = try Paths.scratchFolder()
        try Fixture.article().bytes.write(to: folder.appendingPathComponent("article.txt"))
        var books: [Data] = []
        for (index, zone) in ["UTC", "America/New_York", "Asia/Tokyo"].enumerated() {
            let output = "book\(index).epub"
            let result = try Self.tobook(
                ["article.txt", "-o", output], in: folder,
                environment: ["SOURCE_DATE_EPOCH": "1700000000", "TZ": zone])
            #expect(result.status == 0)
            books.append(try Data(contentsOf: folder.appendingPathComponent(output)))
        }
        #expect(books[0] == books[1] && books[1] == books[2])
        let again = try Self.tobook(
            ["article.txt", "-o", "again.epub"], in: folder,
            environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(again.status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("again.epub")) == books[0])
        let later = try Self.tobook(
            ["article.txt", "-o", "later.epub"], in: folder,
            environment: ["SOURCE_DATE_EPOCH": "1800000000"])
        #expect(later.status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("later.epub")) != books[0])
        let books2 = ["book0.epub", "later.epub"].map { folder.appendingPathComponent($0) }
        #expect(try EPUBCheck.check(books2).failures.isEmpty)
    }

    @Test("Without SOURCE_DATE_EPOCH the input's modification time is used, so reruns match")
    func modificationTime() throws {
        let folder = try Paths.scratchFolder()
        let input = folder.appendingPathComponent("text.txt")
        try Self.sampleText.write(to: input)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)],
            ofItemAtPath: input.path)
        let first = try Self.tobook(
            ["text.txt", "-o", "a.epub"], in: folder, environment: ["TZ": "Europe/Paris"])
        let second = try Self.tobook(
            ["text.txt", "-o", "b.epub"], in: folder, environment: ["TZ": "Pacific/Auckland"])
        #expect(first.status == 0 && second.status == 0)
        let a = try Data(contentsOf: folder.appendingPathComponent("a.epub"))
        #expect(a == (try Data(contentsOf: folder.appendingPathComponent("b.epub"))))
        let opf = try EPUBContents(folder.appendingPathComponent("a.epub")).read("EPUB/content.opf")
        #expect(
            String(decoding: opf, as: UTF8.self).contains(
                "<meta property=\"dcterms:modified\">2020-09-13T12:26:40Z</meta>"))
    }

    @Test("Standard input with -o, and options that set metadata")
    func standardInput() throws {
        let folder = try Paths.scratchFolder()
        let result = try Self.tobook(
            [
                "-", "-o", "piped.epub", "--title", "Piped <Book>", "--author", "Ann Lee",
                "--author", "Bo Chen",
                "--language", "de-de", "--identifier", "urn:isbn:9780000000002",
            ],
            in: folder, stdin: Self.sampleText)
        #expect(result.status == 0, "\(result.stderr)")
        let book = folder.appendingPathComponent("piped.epub")
        let epub = try EPUBContents(book)
        #expect(epub.package.metadata("dc:title") == "Piped <Book>")
        #expect(
            epub.package.root.all(named: "dc:creator").map(\.textContent) == ["Ann Lee", "Bo Chen"])
        #expect(epub.package.metadata("dc:language") == "de-DE")
        #expect(epub.package.metadata("dc:identifier") == "urn:isbn:9780000000002")
        #expect(epub.package.root.attributes["xml:lang"] == "de-DE")
        let words = try epub.spineWords()
        #expect(
            words
                == Words.of(
                    "Piped <Book> Ann Lee and Bo Chen A Title Some text that makes a book, and it is the kind of text you would write."
                )
        )
        #expect(try EPUBCheck.check([book]).failures.isEmpty)
    }

    @Test("Stray control characters are removed with one warning, and the book still validates")
    func warning() throws {
        let folder = try Paths.scratchFolder()
        try Data(
            "Title\n\nText with\u{1B}[1m escape\u{7} codes, and it is the kind of text that you would find in a log.\n"
                .utf8
        ).write(
            to: folder.appendingPathComponent("t.txt"))
        let result = try Self.tobook(["t.txt"], in: folder, environment: ["NO_COLOR": nil])
        #expect(result.status == 0)
        #expect(
            result.stderr
                == "tobook: warning: removed 2 control character(s) that XML and e-readers do not allow\ntobook: wrote t.epub\n"
        )
        #expect(!result.stderr.contains("\u{1B}"), "no colour when stderr is not a terminal")
        #expect(try EPUBCheck.check([folder.appendingPathComponent("t.epub")]).failures.isEmpty)
    }

    @Test("A copy of the binary works on its own: the styles are embedded")
    func standaloneBinary() throws {
        let folder = try Paths.scratchFolder()
        let copy = folder.appendingPathComponent("tobook")
        try FileManager.default.copyItem(at: Paths.tobookBinary, to: copy)
        try Self.sampleText.write(to: folder.appendingPathComponent("s.txt"))
        let result = try Subprocess.run(copy.path, ["s.txt", "--style", "default"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let css = try EPUBContents(folder.appendingPathComponent("s.epub")).read(
            "EPUB/styles/book.css")
        let source = try Data(
            contentsOf: Paths.packageRoot.appendingPathComponent("styles/default.css"))
        #expect(css == source)
    }

    @Test("A user style sheet is used as given")
    func userStyle() throws {
        let folder = try Paths.scratchFolder()
        try Self.sampleText.write(to: folder.appendingPathComponent("s.txt"))
        try Data("p { text-indent: 2em; }\n".utf8).write(
            to: folder.appendingPathComponent("mine.css"))
        let result = try Self.tobook(["s.txt", "--style", "mine.css"], in: folder)
        #expect(result.status == 0)
        let css = try EPUBContents(folder.appendingPathComponent("s.epub")).read(
            "EPUB/styles/book.css")
        #expect(String(decoding: css, as: UTF8.self) == "p { text-indent: 2em; }\n")
        #expect(try EPUBCheck.check([folder.appendingPathComponent("s.epub")]).failures.isEmpty)
    }

    @Test("--help shows examples and the exit-code table; --version prints the version")
    func help() throws {
        let folder = try Paths.scratchFolder()
        let help = try Self.tobook(["--help"], in: folder)
        #expect(help.status == 0)
        #expect(help.stdoutText.contains("EXAMPLES:") && help.stdoutText.contains("EXIT CODES:"))
        #expect(help.stdoutText.contains("11  the output would overwrite the input"))
        let version = try Self.tobook(["--version"], in: folder)
        #expect(version.status == 0)
        #expect(version.stdoutText.split(separator: ".").count == 3)
    }
}

/// Typography and language through the command line.
@Suite("tobook typography and language")
struct TypographyCommandTests {
    static let text = Data(
        "Notes\n\n\"It's the '90s,\" she said -- and left...\n\nA second paragraph follows here.\n"
            .utf8)

    @Test("The locale never changes the book: LANG=C and LANG=de_DE.UTF-8 give the same bytes")
    func locale() throws {
        let folder = try Paths.scratchFolder()
        try Self.text.write(to: folder.appendingPathComponent("n.txt"))
        var books: [Data] = []
        for (index, lang) in ["C", "de_DE.UTF-8", "fr_FR.UTF-8"].enumerated() {
            let result = try CommandLineTests.tobook(
                ["n.txt", "-o", "\(index).epub", "--language", "en"], in: folder,
                environment: ["LANG": lang, "LC_ALL": lang, "SOURCE_DATE_EPOCH": "1700000000"])
            #expect(result.status == 0)
            books.append(try Data(contentsOf: folder.appendingPathComponent("\(index).epub")))
        }
        #expect(books[0] == books[1] && books[1] == books[2])
        let opf = String(
            decoding: try EPUBContents(folder.appendingPathComponent("0.epub")).read(
                "EPUB/content.opf"), as: UTF8.self)
        #expect(opf.contains("<dc:language>en</dc:language>"))
    }

    @Test("Smart punctuation by default, --no-smart keeps the text as typed")
    func smart() throws {
        let folder = try Paths.scratchFolder()
        try Self.text.write(to: folder.appendingPathComponent("n.txt"))
        #expect(try CommandLineTests.tobook(["n.txt", "-o", "smart.epub"], in: folder).status == 0)
        #expect(
            try CommandLineTests.tobook(["n.txt", "-o", "plain.epub", "--no-smart"], in: folder)
                .status == 0)
        func paragraph(_ book: String) throws -> String {
            let epub = try EPUBContents(folder.appendingPathComponent(book))
            return try epub.readingDocuments()[1].tree.all(named: "p").first?.textContent ?? ""
        }
        #expect(try paragraph("smart.epub") == "“It’s the ’90s,” she said\u{A0}— and left…")
        #expect(try paragraph("plain.epub") == "\"It's the '90s,\" she said -- and left...")
        let books = ["smart.epub", "plain.epub"].map { folder.appendingPathComponent($0) }
        #expect(try EPUBCheck.check(books).failures.isEmpty)
    }

    @Test("The language is detected, tagged on every document, and a weak guess warns")
    func language() throws {
        let folder = try Paths.scratchFolder()
        let german =
            "Ein Tag\n\n"
            + String(
                repeating:
                    "Der Hund lief über die Wiese und die Kinder lachten, als er den Ball fing. ",
                count: 6) + "\n"
        try Data(german.utf8).write(to: folder.appendingPathComponent("de.txt"))
        let result = try CommandLineTests.tobook(["de.txt"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "tobook: wrote de.epub\n")
        let epub = try EPUBContents(folder.appendingPathComponent("de.epub"))
        #expect(epub.package.metadata("dc:language") == "de")
        for document in try epub.spineDocuments() {
            #expect(
                document.tree.attributes["lang"] == "de"
                    && document.tree.attributes["xml:lang"] == "de")
        }
        try Data("Xq zv\n\nQwp rrt kk.\n".utf8).write(to: folder.appendingPathComponent("odd.txt"))
        let odd = try CommandLineTests.tobook(["odd.txt"], in: folder)
        #expect(odd.status == 0)
        #expect(odd.stderr.hasPrefix("tobook: warning: could not tell the text's language"))
        #expect(
            try EPUBContents(folder.appendingPathComponent("odd.epub")).package.metadata(
                "dc:language") == "en")
        #expect(try EPUBCheck.check([folder.appendingPathComponent("de.epub")]).failures.isEmpty)
    }
}
