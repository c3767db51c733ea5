import Foundation
import TestSupport
import Testing

/// What a library screen shows: the package metadata from flags, from a Gutenberg header and
/// from a leading field block, read back with an XML parser and checked by EPUBCheck.
@Suite("tobook command line: metadata")
struct MetadataCommandTests {
    static let flags = [
        "--subtitle", "A Study in Plain Text", "--author", "Leo Tolstoy", "--author",
        "Martin Luther King Jr.", "--publisher", "Small Press", "--date", "2024-03-05",
        "--subject", "Fiction", "--subject", "Russian literature", "--description",
        "A <long> & winding story.", "--series", "Great Books", "--series-index", "2.5",
        "--rights", "Public domain in the USA.", "--identifier", "urn:isbn:9780000000002",
    ]

    /// Every `<meta property=…>` (or `name=…`) value, by property.
    static func metas(_ package: PackageDocument) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for meta in package.root.all(named: "meta") {
            if let property = meta.attributes["property"] {
                let key = meta.attributes["refines"].map { "\($0) \(property)" } ?? property
                result[key, default: []].append(meta.textContent)
            } else if let name = meta.attributes["name"], let content = meta.attributes["content"] {
                result[name, default: []].append(content)
            }
        }
        return result
    }

    static func texts(_ package: PackageDocument, _ name: String) -> [String] {
        package.root.all(named: name).map(\.textContent)
    }

    @Test("Every metadata flag reaches the package document, and the book passes EPUBCheck")
    func fromFlags() throws {
        let folder = try Paths.scratchFolder("tobook-metadata")
        try CommandLineTests.sampleText.write(to: folder.appendingPathComponent("a.txt"))
        let result = try CommandLineTests.tobook(["a.txt"] + Self.flags, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let book = folder.appendingPathComponent("a.epub")
        let package = try EPUBContents(book).package
        let metas = Self.metas(package)
        #expect(Self.texts(package, "dc:title") == ["A Title", "A Study in Plain Text"])
        #expect(metas["#title title-type"] == ["main"])
        #expect(metas["#subtitle title-type"] == ["subtitle"])
        #expect(Self.texts(package, "dc:creator") == ["Leo Tolstoy", "Martin Luther King Jr."])
        #expect(metas["#creator1 file-as"] == ["Tolstoy, Leo"])
        #expect(metas["#creator2 file-as"] == ["King, Martin Luther, Jr."])
        #expect(metas["#creator1 role"] == ["aut"])
        #expect(Self.texts(package, "dc:publisher") == ["Small Press"])
        #expect(Self.texts(package, "dc:date") == ["2024-03-05"])
        #expect(Self.texts(package, "dc:subject") == ["Fiction", "Russian literature"])
        #expect(Self.texts(package, "dc:description") == ["A <long> & winding story."])
        #expect(Self.texts(package, "dc:rights") == ["Public domain in the USA."])
        #expect(Self.texts(package, "dc:identifier") == ["urn:isbn:9780000000002"])
        #expect(metas["belongs-to-collection"] == ["Great Books"])
        #expect(metas["#series collection-type"] == ["series"])
        #expect(metas["#series group-position"] == ["2.5"])
        #expect(metas["calibre:series"] == ["Great Books"])
        #expect(metas["calibre:series_index"] == ["2.5"])
        #expect(package.root.attributes["xml:lang"] == "en")
        #expect(metas["schema:accessMode"] == ["textual"])
        #expect(metas["schema:accessModeSufficient"] == ["textual"])
        #expect(
            Set(metas["schema:accessibilityFeature"] ?? [])
                == ["structuralNavigation", "tableOfContents", "readingOrder", "alternativeText"])
        #expect(metas["schema:accessibilityHazard"] == ["none"])
        #expect(metas["schema:accessibilitySummary"]?.first?.isEmpty == false)
        let report = try EPUBCheck.check([book])
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test("A Gutenberg header gives title, author with its sort key, language and release date")
    func fromGutenbergHeader() throws {
        let folder = try Paths.scratchFolder("tobook-metadata-gutenberg")
        let source = Paths.corpus.appendingPathComponent("frankenstein.txt")
        let result = try CommandLineTests.tobook([source.path, "-o", "f.epub"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let package = try EPUBContents(folder.appendingPathComponent("f.epub")).package
        let metas = Self.metas(package)
        #expect(
            Self.texts(package, "dc:title").first
                == "Frankenstein")
        #expect(Self.texts(package, "dc:creator") == ["Mary Wollstonecraft (Godwin) Shelley"])
        #expect(metas["#creator1 file-as"] == ["Shelley, Mary Wollstonecraft (Godwin)"])
        #expect(Self.texts(package, "dc:language") == ["en"])
        #expect(Self.texts(package, "dc:date") == ["2008-06-17"])
        // Flags win over the header.
        let again = try CommandLineTests.tobook(
            [source.path, "-o", "g.epub", "--date", "1818", "--author", "Mary Shelley"], in: folder)
        #expect(again.status == 0)
        let given = try EPUBContents(folder.appendingPathComponent("g.epub")).package
        #expect(Self.texts(given, "dc:date") == ["1818"])
        #expect(Self.texts(given, "dc:creator") == ["Mary Shelley"])
    }

    @Test("A leading Title:/Author:/Date: block becomes the metadata and moves to the back")
    func fromFieldBlock() throws {
        let folder = try Paths.scratchFolder("tobook-metadata-fields")
        let fields = """
            Title: The Long Walk Home
            Author: Jane Q. Public
            Language: German
            Date: March 3, 2021
            Publisher: Own Press
            Subject: Travel; Memoir
            """
        let body =
            "Es war ein langer Weg nach Hause, und die Nacht war kalt. Sie ging stundenlang am "
            + "Fluss entlang und dachte an nichts.\n"
        try Data((fields + "\n\n" + body).utf8).write(to: folder.appendingPathComponent("walk.txt"))
        let result = try CommandLineTests.tobook(["walk.txt"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let book = try EPUBContents(folder.appendingPathComponent("walk.epub"))
        let package = book.package
        #expect(Self.texts(package, "dc:title") == ["The Long Walk Home"])
        #expect(Self.texts(package, "dc:creator") == ["Jane Q. Public"])
        #expect(Self.texts(package, "dc:language") == ["de"])
        #expect(Self.texts(package, "dc:date") == ["2021-03-03"])
        #expect(Self.texts(package, "dc:publisher") == ["Own Press"])
        #expect(Self.texts(package, "dc:subject") == ["Travel", "Memoir"])
        // Nothing lost: the body in order, and the field lines, in order, at the back.
        let words = try book.spineWords()
        let bodyWords = Words.of(body)
        let start = try #require(words.firstIndex(of: "Es"))
        #expect(Array(words[start..<min(words.count, start + bodyWords.count)]) == bodyWords)
        #expect(Array(words.suffix(Words.of(fields).count)) == Words.of(fields))
    }

    static var calibreInstalled: Bool {
        ["/usr/bin", "/usr/local/bin"].contains {
            FileManager.default.isExecutableFile(atPath: $0 + "/ebook-meta")
        }
    }

    @Test(
        "calibre reads title, author, series and language as given, and converts to AZW3",
        .enabled(
            if: calibreInstalled, "calibre's ebook-meta is not installed: optional check skipped"))
    func calibre() throws {
        let folder = try Paths.scratchFolder("tobook-metadata-calibre")
        try CommandLineTests.sampleText.write(to: folder.appendingPathComponent("a.txt"))
        let made = try CommandLineTests.tobook(
            [
                "a.txt", "--author", "Leo Tolstoy", "--series", "Great Books", "--series-index",
                "2",
                "--language", "en-GB",
            ], in: folder)
        #expect(made.status == 0)
        // calibre's Chromium refuses to start as root without this; harmless otherwise.
        let environment: [String: String?] = ["QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"]
        let meta = try Subprocess.run(
            "ebook-meta", ["a.epub"], environment: environment, in: folder)
        #expect(meta.status == 0)
        let fields = Dictionary(
            meta.stdoutText.split(separator: "\n").compactMap { line -> (String, String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (
                    line[..<colon].trimmingCharacters(in: .whitespaces),
                    line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                )
            }, uniquingKeysWith: { first, _ in first })
        #expect(fields["Title"] == "A Title")
        #expect(fields["Author(s)"] == "Leo Tolstoy [Tolstoy, Leo]")
        #expect(fields["Series"] == "Great Books #2")
        #expect(fields["Languages"] == "eng")
        let converted = try Subprocess.run(
            "ebook-convert", ["a.epub", "a.azw3"], environment: environment, in: folder)
        #expect(converted.status == 0, "\(converted.stderr)")
        let azw3 = try Data(contentsOf: folder.appendingPathComponent("a.azw3"))
        #expect(azw3.count > 1000)
    }

    @Test("A language Kindle does not list gets a warning; a listed one none")
    func kindleLanguage() throws {
        let folder = try Paths.scratchFolder("tobook-metadata-language")
        try CommandLineTests.sampleText.write(to: folder.appendingPathComponent("a.txt"))
        let unlisted = try CommandLineTests.tobook(["a.txt", "--language", "yo"], in: folder)
        #expect(unlisted.status == 0)
        #expect(
            unlisted.stderr.contains(
                "tobook: warning: Kindle does not list the language 'yo': Send to Kindle may refuse the book"
            ))
        let listed = try CommandLineTests.tobook(
            ["a.txt", "--language", "pt-BR", "-o", "b.epub"], in: folder)
        #expect(listed.stderr == "tobook: wrote b.epub\n")
    }

    @Test(
        "Bad metadata flags are usage errors",
        arguments: [
            (["--date", "yesterday"], "--date 'yesterday' is not a date"),
            (["--date", "2023-02-30"], "--date '2023-02-30' is not a date"),
            (["--series", "S", "--series-index", "two"], "--series-index 'two' is not a number"),
            (["--series-index", "2"], "--series-index goes with --series"),
        ])
    func badFlags(arguments: [String], message: String) throws {
        let folder = try Paths.scratchFolder("tobook-metadata-bad")
        try CommandLineTests.sampleText.write(to: folder.appendingPathComponent("a.txt"))
        let result = try CommandLineTests.tobook(["a.txt"] + arguments, in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("tobook: error: \(message)"), "\(result.stderr)")
        #expect(try Paths.contents(of: folder) == ["a.txt"])
    }
}
