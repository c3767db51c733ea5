import Foundation
import TestSupport
import Testing

/// Defaults from `~/.config/tobook/config.toml` and `TOBOOK_*`: the environment wins over the
/// file, a flag over both; `--print-config` shows what is in force and where it came from.
@Suite("tobook command line: config file and TOBOOK_* defaults")
struct ConfigCommandTests {
    /// A scratch home with the given config file, and the environment that points at it.
    static func home(config: String?) throws -> (folder: URL, environment: [String: String?]) {
        let folder = try Paths.scratchFolder("tobook-config")
        if let config {
            let directory = folder.appendingPathComponent(".config/tobook")
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true)
            try Data(config.utf8).write(to: directory.appendingPathComponent("config.toml"))
        }
        try Data("A Title\n\nShe said \"yes\" -- and left.\n".utf8).write(
            to: folder.appendingPathComponent("note.txt"))
        let environment: [String: String?] = [
            "HOME": folder.path, "XDG_CONFIG_HOME": nil, "TOBOOK_CONFIG": nil,
            "TOBOOK_STYLE": nil, "TOBOOK_LANGUAGE": nil, "TOBOOK_NO_SMART": nil,
        ]
        return (folder, environment)
    }

    static func sheet(_ book: URL) throws -> String {
        String(decoding: try EPUBContents(book).read("EPUB/styles/book.css"), as: UTF8.self)
    }

    static func builtIn(_ name: String) throws -> String {
        try String(
            contentsOf: Paths.packageRoot.appendingPathComponent("styles/\(name).css"),
            encoding: .utf8)
    }

    @Test("File, then TOBOOK_*, then flags: each level overrides the one before")
    func precedence() throws {
        let config = """
            # my defaults
            style = "modern"
            language = "de"
            no-smart = true
            author = ["Ann Lee", "Bo Chen"]

            """
        let (folder, environment) = try Self.home(config: config)
        let fromFile = try CommandLineTests.tobook(
            ["note.txt", "-o", "file.epub"], in: folder, environment: environment)
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        let file = folder.appendingPathComponent("file.epub")
        #expect(try Self.sheet(file) == (try Self.builtIn("modern")))
        let contents = try EPUBContents(file)
        #expect(contents.package.metadata("dc:language") == "de")
        #expect(
            contents.package.root.all(named: "dc:creator").map(\.textContent) == [
                "Ann Lee", "Bo Chen",
            ])
        // no-smart: the straight quotes and the double hyphen stay as typed.
        let words = try contents.spineDocuments().map { $0.tree.textContent }.joined()
        #expect(words.contains("\"yes\" --"))

        var overridden = environment
        overridden["TOBOOK_STYLE"] = "plain"
        overridden["TOBOOK_NO_SMART"] = "0"
        let fromEnvironment = try CommandLineTests.tobook(
            ["note.txt", "-o", "env.epub", "--author", "Cy Doe"], in: folder,
            environment: overridden)
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.stderr)")
        let env = folder.appendingPathComponent("env.epub")
        #expect(try Self.sheet(env) == (try Self.builtIn("plain")))
        let envContents = try EPUBContents(env)
        #expect(envContents.package.root.all(named: "dc:creator").map(\.textContent) == ["Cy Doe"])
        #expect(envContents.package.metadata("dc:language") == "de")
        let curly = try envContents.spineDocuments().map { $0.tree.textContent }.joined()
        // German quotation marks (language "de" from the file): „yes“.
        #expect(curly.contains("„yes“"), "TOBOOK_NO_SMART=0 turns the file's no-smart off")

        let fromFlag = try CommandLineTests.tobook(
            ["note.txt", "-o", "flag.epub", "--style", "default", "--language", "fr"], in: folder,
            environment: overridden)
        #expect(fromFlag.status == 0)
        let flag = folder.appendingPathComponent("flag.epub")
        #expect(try Self.sheet(flag) == (try Self.builtIn("default")))
        #expect(try EPUBContents(flag).package.metadata("dc:language") == "fr")
        let report = try EPUBCheck.check([file, env, flag])
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test(
        "A flag undoes a configured one (--smart, --headings), an option that would clash sets a default aside"
    )
    func flagsOverConfiguredFlags() throws {
        let config = """
            no-smart = true
            no-headings = true
            quiet = true
            pdf = true
            output-dir = "books"

            """
        let (folder, environment) = try Self.home(config: config)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("books"), withIntermediateDirectories: false)
        // The config alone: a quiet, straight-quoted PDF in books/.
        let configured = try CommandLineTests.tobook(
            ["note.txt"], in: folder, environment: environment)
        #expect(configured.status == 0, "\(configured.stderr)")
        #expect(configured.stderr.isEmpty)
        #expect(try Paths.contents(of: folder.appendingPathComponent("books")) == ["note.pdf"])

        // Each of these would be a usage error beside the configured default, or be overruled.
        let flags = try CommandLineTests.tobook(
            ["note.txt", "--smart", "--headings", "--verbose", "-o", "note.epub"], in: folder,
            environment: environment)
        #expect(flags.status == 0, "\(flags.stderr)")
        #expect(flags.stderr.contains("tobook: title “A Title”"))
        #expect(flags.stderr.hasSuffix("tobook: wrote note.epub\n"))
        let book = try EPUBContents(folder.appendingPathComponent("note.epub"))
        let text = try book.spineDocuments().map { $0.tree.textContent }.joined()
        #expect(text.contains("“yes”"), "--smart undoes the configured no-smart")
        #expect(try Paths.contents(of: folder.appendingPathComponent("books")) == ["note.pdf"])
        let report = try EPUBCheck.check([folder.appendingPathComponent("note.epub")])
        #expect(report.failures.isEmpty, "\(report.output)")

        // Given twice on the command line, the last of a pair wins.
        let last = try CommandLineTests.tobook(
            ["note.txt", "--smart", "--no-smart", "-o", "plain.epub"], in: folder,
            environment: environment)
        #expect(last.status == 0, "\(last.stderr)")
        let plain = try EPUBContents(folder.appendingPathComponent("plain.epub"))
        let typed = try plain.spineDocuments().map { $0.tree.textContent }.joined()
        #expect(typed.contains("\"yes\""))
    }

    @Test("--print-config shows each default with its source; none without a file")
    func printConfig() throws {
        let (folder, environment) = try Self.home(config: "style = \"modern\"\nfont-size = 11.5\n")
        var withVariable = environment
        withVariable["TOBOOK_LANGUAGE"] = "it"
        let result = try CommandLineTests.tobook(
            ["--print-config"], in: folder, environment: withVariable)
        #expect(result.status == 0)
        let file = folder.appendingPathComponent(".config/tobook/config.toml").path
        #expect(
            result.stdoutText == """
                font-size = 11.5  # from \(file)
                style = "modern"  # from \(file)
                language = "it"  # from TOBOOK_LANGUAGE

                """)
        let (empty, emptyEnvironment) = try Self.home(config: nil)
        let none = try CommandLineTests.tobook(
            ["--print-config"], in: empty, environment: emptyEnvironment)
        #expect(none.status == 0)
        #expect(none.stdoutText == "# no defaults set (tobook's own apply)\n")
    }

    @Test("An unknown TOBOOK_* variable is a warning naming it; the known ones still apply")
    func unknownVariable() throws {
        let (folder, environment) = try Self.home(config: "language = \"de\"\n")
        var variables = environment
        // Set for another purpose (or misspelt): it must not stop the run.
        variables["TOBOOK_SIZE"] = "11"
        variables["TOBOOK_STYLE"] = "plain"
        let result = try CommandLineTests.tobook(
            ["note.txt"], in: folder, environment: variables)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr == """
                tobook: warning: TOBOOK_SIZE: tobook has no option --size to set; ignored
                tobook: wrote note.epub

                """)
        let book = folder.appendingPathComponent("note.epub")
        #expect(try Self.sheet(book) == (try Self.builtIn("plain")))
        #expect(try EPUBContents(book).package.metadata("dc:language") == "de")

        let quiet = try CommandLineTests.tobook(
            ["note.txt", "-q", "-o", "quiet.epub"], in: folder, environment: variables)
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
        let listed = try CommandLineTests.tobook(
            ["--print-config"], in: folder, environment: variables)
        #expect(listed.status == 0)
        #expect(listed.stdoutText.hasSuffix("style = \"plain\"  # from TOBOOK_STYLE\n"))
        #expect(listed.stderr.contains("TOBOOK_SIZE: tobook has no option --size to set"))
    }

    @Test("A broken config is one clear error (exit 64) and no book; --help still works")
    func brokenConfig() throws {
        let cases: [(config: String?, variable: (String, String)?, phrase: String)] = [
            ("colour = \"red\"\n", nil, "config.toml: tobook has no option --colour to set"),
            ("style = 3\n", nil, "config.toml: style must be a string"),
            ("style = \"modern\"\nlanguage = \n", nil, "config.toml:2:"),
            (nil, ("TOBOOK_NO_SMART", "maybe"), "TOBOOK_NO_SMART=maybe: give 1 or 0"),
            (nil, ("TOBOOK_CONFIG", "/"), "/: cannot read the config file"),
            (nil, ("TOBOOK_CONFIG", "/nonexistent.toml"), "/nonexistent.toml: no such config file"),
        ]
        for item in cases {
            let (folder, environment) = try Self.home(config: item.config)
            var variables = environment
            if let (name, value) = item.variable { variables[name] = value }
            let result = try CommandLineTests.tobook(
                ["note.txt"], in: folder, environment: variables)
            #expect(result.status == 64, "\(item.phrase)")
            #expect(result.stderr.hasPrefix("tobook: error: "), "\(result.stderr)")
            #expect(result.stderr.contains(item.phrase), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(
                !FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent("note.epub").path))
            let help = try CommandLineTests.tobook(["--help"], in: folder, environment: variables)
            #expect(help.status == 0 && help.stdoutText.contains("USAGE"))
        }
    }
}
