import Testing

@testable import TobookCLI

/// The config file's TOML reader: what TOML 1.0 allows in the kinds the config uses, and a
/// line-numbered error for the rest.
@Suite("TOML reader")
struct TOMLReaderTests {
    static func read(_ text: String) throws -> [String: TOMLValue] {
        try TOMLReader.table(from: text)
    }

    static func failure(_ text: String) -> TOMLError? {
        do {
            _ = try TOMLReader.table(from: text)
            return nil
        } catch {
            return error
        }
    }

    @Test("Keys, comments and the kinds of value")
    func kinds() throws {
        let table = try Self.read(
            """
            # tobook defaults
            style = "modern"   # a comment after a value
            "font-size" = 11.5
            'jobs' = 4
            pdf = true
            no-cover = false
            big = 1_000_000
            negative = -17
            plus = +3
            hex = 0xFF
            octal = 0o17
            binary = 0b101
            exponent = 1e3
            small = -2.5E-2
            infinity = inf

            """)
        #expect(table["style"] == .string("modern"))
        #expect(table["font-size"] == .float(11.5))
        #expect(table["jobs"] == .integer(4))
        #expect(table["pdf"] == .boolean(true))
        #expect(table["no-cover"] == .boolean(false))
        #expect(table["big"] == .integer(1_000_000))
        #expect(table["negative"] == .integer(-17))
        #expect(table["plus"] == .integer(3))
        #expect(table["hex"] == .integer(255))
        #expect(table["octal"] == .integer(15))
        #expect(table["binary"] == .integer(5))
        #expect(table["exponent"] == .float(1000))
        #expect(table["small"] == .float(-0.025))
        #expect(table["infinity"] == .float(.infinity))
    }

    @Test("Basic strings read every escape; literal strings none")
    func escapes() throws {
        let table = try Self.read(
            #"""
            basic = "tab\there \"quoted\" back\\slash \u00E9 \U0001F600 \b\f\r\n"
            literal = 'C:\path\no escape'
            empty = ""

            """#)
        #expect(table["basic"] == .string("tab\there \"quoted\" back\\slash é 😀 \u{8}\u{C}\r\n"))
        #expect(table["literal"] == .string(#"C:\path\no escape"#))
        #expect(table["empty"] == .string(""))
    }

    @Test("Multi-line strings: first line break dropped, line-end backslash joins")
    func multiLineStrings() throws {
        let table = try Self.read(
            "basic = \"\"\"\nRoses\r\nare red\\\n     and violets \"blue\"\"\"\"\n"
                + "literal = '''\nC:\\raw\n  kept'''\n")
        #expect(table["basic"] == .string("Roses\nare redand violets \"blue\""))
        #expect(table["literal"] == .string("C:\\raw\n  kept"))
    }

    @Test("Arrays over several lines, with comments and a trailing comma")
    func arrays() throws {
        let table = try Self.read(
            """
            author = [
                "Ann Lee",   # first
                # a comment line
                'Bo Chen',
            ]
            subject = []
            one = ["x"]
            """)
        #expect(table["author"] == .array([.string("Ann Lee"), .string("Bo Chen")]))
        #expect(table["subject"] == .array([]))
        #expect(table["one"] == .array([.string("x")]))
    }

    @Test("A [table] header and an inline table")
    func tables() throws {
        let header = try Self.read(
            "style = \"plain\"\n\n[address]\nkindle = \"ann@kindle.com\"\n\"pocket book\" = 'x@y.z'\n"
        )
        #expect(header["style"] == .string("plain"))
        #expect(
            header["address"]
                == .table(["kindle": .string("ann@kindle.com"), "pocket book": .string("x@y.z")]))
        let inline = try Self.read("address = { kindle = \"a@b.c\", kobo = \"d@e.f\" }\n")
        #expect(
            inline["address"] == .table(["kindle": .string("a@b.c"), "kobo": .string("d@e.f")]))
        #expect(try Self.read("address = {}")["address"] == .table([:]))
    }

    @Test("A leading byte-order mark and CRLF line ends are read")
    func bomAndCRLF() throws {
        let table = try Self.read("\u{FEFF}style = \"a\"\r\njobs = 2\r\n")
        #expect(table == ["style": .string("a"), "jobs": .integer(2)])
    }

    @Test(
        "What the config never needs, and broken TOML, is an error on its line",
        arguments: [
            ("style = \"a\"\nstyle = \"b\"\n", 2, "defined twice"),
            ("when = 1979-05-27\n", 1, "dates and times"),
            ("at = 07:32:00\n", 1, "dates and times"),
            ("\n\na.b = 1\n", 3, "dotted keys"),
            ("[a.b]\n", 1, "dotted table"),
            ("[[books]]\n", 1, "arrays of tables"),
            ("[address]\nx = \"1\"\n[address]\n", 3, "defined twice"),
            ("address = 1\n[address]\n", 2, "defined twice"),
            ("style = \"modern\"\nlanguage = \n", 2, "expected a value"),
            ("style = \"open\n", 1, "not closed"),
            ("style = \"\\q\"\n", 1, "escape"),
            ("style = \"\\uD800\"\n", 1, "Unicode scalar"),
            ("n = 1__0\n", 1, "not a number"),
            ("n = 012\n", 1, "not a number"),
            ("n = 99999999999999999999\n", 1, "not a number"),
            ("list = [\n  \"a\"\n  \"b\"\n]\n", 3, "expected , or ]"),
            ("style = \"a\" extra\n", 1, "after the value"),
            ("address = { a = \"1\", }\n", 1, "expected a key"),
            ("x = maybe\n", 1, "expected a value"),
            ("= 3\n", 1, "expected a key"),
            ("s = '''\nnever closed\n", 3, "not closed"),
        ])
    func errors(text: String, line: Int, phrase: String) {
        let error = Self.failure(text)
        #expect(error?.line == line, "\(text.debugDescription): \(String(describing: error))")
        #expect(error?.message.contains(phrase) == true, "\(String(describing: error))")
    }
}
