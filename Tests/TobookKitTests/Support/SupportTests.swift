import Testing

@testable import TobookKit

@Suite("Support types")
struct SupportTests {
    func hex(_ bytes: [UInt8]) -> String {
        bytes.map {
            String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16)
        }.joined()
    }

    @Test(
        "SHA-1 matches the FIPS 180 test vectors",
        arguments: [
            ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
            ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
            ),
        ])
    func sha1(input: String, digest: String) {
        var hash = SHA1()
        hash.update(Array(input.utf8))
        #expect(hex(hash.finalize()) == digest)
    }

    @Test("SHA-1 of a million 'a's, fed in uneven pieces")
    func sha1Long() {
        var hash = SHA1()
        var fed = 0
        var piece = 1
        while fed < 1_000_000 {
            let count = min(piece, 1_000_000 - fed)
            hash.update(Array(repeating: UInt8(ascii: "a"), count: count))
            fed += count
            piece = piece * 3 + 1
        }
        #expect(hex(hash.finalize()) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    @Test("Version 5 UUIDs match Python's uuid.uuid5")
    func uuid5() {
        let uuid = NameBasedUUID(
            namespace: NameBasedUUID.bookNamespace, nameParts: [Array("hello".utf8)])
        #expect(uuid.description == "cbb44b26-27a6-57bf-9030-7848da2c9c5c")
    }

    @Test(
        "UTC dates from Unix seconds",
        arguments: [
            (Int64(0), "1970-01-01T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"),
            (1_700_000_000, "2023-11-14T22:13:20Z"), (-1, "1969-12-31T23:59:59Z"),
            (4_102_444_799, "2099-12-31T23:59:59Z"),
        ])
    func utcDates(seconds: Int64, iso: String) {
        #expect(UTCDateTime(secondsSince1970: seconds).iso8601 == iso)
    }

    @Test(
        "Language tags are checked and put in canonical case",
        arguments: [
            ("en", "en"), ("EN-gb", "en-GB"), ("zh-hant-tw", "zh-Hant-TW"), ("de-1996", "de-1996"),
        ])
    func languageTags(input: String, canonical: String) {
        #expect(LanguageTag(input)?.description == canonical)
    }

    @Test(
        "Malformed language tags are refused",
        arguments: ["", "e", "english", "en_US", "en--GB", "12"])
    func badLanguageTags(input: String) {
        #expect(LanguageTag(input) == nil)
    }

    @Test("XML escaping writes only the XML forms")
    func escaping() {
        var writer = XMLWriter()
        writer.text("a & b < c > d \"e\" 'f' \u{A0}")
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == "a &amp; b &lt; c &gt; d &quot;e&quot; 'f' \u{A0}")
    }

    @Test("Output names replace the input's extension")
    func outputNames() {
        #expect(
            OutputPath.replacingExtension(of: "notes/article.txt", with: "epub")
                == "notes/article.epub")
        #expect(OutputPath.replacingExtension(of: "README", with: "epub") == "README.epub")
        #expect(OutputPath.replacingExtension(of: "a.b/notes", with: "epub") == "a.b/notes.epub")
        #expect(OutputPath.replacingExtension(of: ".hidden", with: "epub") == ".hidden.epub")
    }

    @Test("Built-in styles are embedded in the binary")
    func embeddedStyles() throws {
        let theme = try #require(Theme.builtIn(named: "default"))
        #expect(theme.css.contains("hyphens: auto"))
        #expect(theme.css.contains("-epub-hyphens: auto"))
        #expect(!theme.css.contains("var(") && !theme.css.contains("calc("))
    }

    @Test(
        "The reader's settings stay the reader's: no !important, no sizes in pixels",
        arguments: ["default", "modern", "plain"])
    func readerSettings(name: String) throws {
        let theme = try #require(Theme.builtIn(named: name))
        #expect(!theme.css.contains("!important"))
        // A hairline border may be 1px; type, margins and widths follow the reader's size.
        let declarations = theme.css.split(whereSeparator: { $0 == ";" || $0 == "{" || $0 == "}" })
        for declaration in declarations where declaration.contains("px") {
            let property =
                declaration.split(separator: ":").first?.filter { !$0.isWhitespace } ?? ""
            #expect(property.hasPrefix("border"), "\(name): \(declaration)")
        }
    }
}

@Suite("Book assembly")
struct BookAssemblerTests {
    @Test(
        "Titles from file names",
        arguments: [
            ("notes/my_first-article.txt", "My first article"), ("README", "README"),
            ("/tmp/.hidden", "Hidden"), ("War and Peace.txt", "War and Peace"),
            ("v1.2-notes.txt", "V1.2 notes"), ("---.txt", nil),
        ] as [(String, String?)])
    func fileNameTitles(path: String, title: String?) {
        #expect(BookAssembler.title(fromFileName: path) == title)
    }

    @Test("A title given as an option keeps the text's own title line in the body")
    func optionTitleKeepsText() {
        var options = ConversionOptions(input: .file("a.txt"))
        options.title = "Chosen"
        let assembler = BookAssembler(
            options: options, language: "en", modified: 0, inputName: "a.txt")
        let book = assembler.assemble(PlainTextParser().parse("Found Title\n\nBody text.\n"))
        #expect(book.metadata.title == "Chosen")
        #expect(book.metadata.titleSource == .option)
        #expect(
            book.chapters[0].blocks.first
                == .heading(Heading(level: 1, text: [.text("Found Title")])))
    }

    @Test("A bare UUID identifier becomes a urn:uuid: URN; other identifiers stay as given")
    func identifiers() {
        #expect(
            BookAssembler.identifier(" 6F1B6A52-2D7C-5B4E-9A43-0E8A513C7721 ")
                == "urn:uuid:6f1b6a52-2d7c-5b4e-9a43-0e8a513c7721")
        #expect(BookAssembler.identifier("urn:isbn:9780000000002") == "urn:isbn:9780000000002")
    }
}
