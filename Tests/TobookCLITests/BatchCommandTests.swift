import Foundation
import TestSupport
import Testing

/// Several inputs, each to its own book: failures reported and passed over, `--output-dir`,
/// `--jobs`, the progress line on a terminal (and nowhere else), `--quiet`.
@Suite("tobook command line: batches")
struct BatchCommandTests {
    static func text(_ title: String) -> Data {
        Data(
            "\(title)\n\nA short text called \(title), long enough to make a small book of it.\n"
                .utf8)
    }

    static func folder(_ names: [String]) throws -> URL {
        let folder = try Paths.scratchFolder("tobook-batch")
        for name in names {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text(url.deletingPathExtension().lastPathComponent.capitalized).write(to: url)
        }
        return folder
    }

    @Test(
        "A bad file among good ones: the good books are written, each failure and a summary told, exit 15"
    )
    func badAmongGood() throws {
        let folder = try Self.folder(["a.txt", "b.txt"])
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(
            to: folder.appendingPathComponent("bad.txt"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("notes"), withIntermediateDirectories: false)
        let result = try CommandLineTests.tobook(
            ["a.txt", "bad.txt", "b.txt", "missing.txt", "notes", "--jobs", "2"], in: folder)
        #expect(result.status == 15)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("tobook: wrote a.epub") && lines.contains("tobook: wrote b.epub"))
        #expect(lines.contains { $0.hasPrefix("tobook: error: bad.txt: looks like binary data") })
        #expect(lines.contains("tobook: error: missing.txt: no such file"))
        #expect(lines.contains("tobook: error: notes: is a directory, not a text file"))
        #expect(
            lines.last
                == "tobook: error: 3 of 5 files failed (bad.txt, missing.txt, notes); the other 2 were converted"
        )
        #expect(lines.count == 6)
        #expect(
            try Paths.contents(of: folder) == [
                "a.epub", "a.txt", "b.epub", "b.txt", "bad.txt", "notes",
            ])
        let books = ["a.epub", "b.epub"].map { folder.appendingPathComponent($0) }
        let report = try EPUBCheck.check(books)
        #expect(report.failures.isEmpty, "\(report.output)")
        #expect(try EPUBContents(books[1]).package.metadata("dc:title") == "B")
    }

    @Test("--output-dir collects the books; --jobs 1 and --jobs 3 write the same bytes")
    func outputDirectoryAndJobs() throws {
        let folder = try Self.folder(["one.txt", "two.txt", "sub/three.txt"])
        for name in ["serial", "parallel"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: false)
        }
        let inputs = ["one.txt", "two.txt", "sub/three.txt"]
        let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]
        let serial = try CommandLineTests.tobook(
            inputs + ["--output-dir", "serial", "--jobs", "1"], in: folder, environment: epoch)
        #expect(serial.status == 0)
        #expect(
            serial.stderr
                == "tobook: wrote serial/one.epub\ntobook: wrote serial/two.epub\ntobook: wrote serial/three.epub\n"
        )
        let parallel = try CommandLineTests.tobook(
            inputs + ["--output-dir", "parallel/", "--jobs", "3"], in: folder, environment: epoch)
        #expect(parallel.status == 0)
        for name in ["one.epub", "two.epub", "three.epub"] {
            let a = try Data(contentsOf: folder.appendingPathComponent("serial/" + name))
            let b = try Data(contentsOf: folder.appendingPathComponent("parallel/" + name))
            #expect(a == b, "\(name): same book from one job and from three")
        }
        #expect(try Paths.contents(of: folder.appendingPathComponent("sub")) == ["three.txt"])
    }

    @Test(
        "--recursive converts the .txt and .text files of a folder tree; without it a folder is refused"
    )
    func recursive() throws {
        let folder = try Self.folder([
            "notes/a.txt", "notes/sub/b.text", "notes/sub/deeper/c.TXT", "notes/.hidden/h.txt",
        ])
        try Data("# not a text\n".utf8).write(to: folder.appendingPathComponent("notes/readme.md"))
        let without = try CommandLineTests.tobook(["notes"], in: folder)
        #expect(without.status == 4)
        #expect(without.stderr == "tobook: error: notes: is a directory, not a text file\n")
        let result = try CommandLineTests.tobook(
            ["--recursive", "notes", "--jobs", "1"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = result.stderr.split(separator: "\n").filter { $0.hasPrefix("tobook: wrote") }
        #expect(
            written == [
                "tobook: wrote notes/a.epub", "tobook: wrote notes/sub/b.epub",
                "tobook: wrote notes/sub/deeper/c.epub",
            ])
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("notes/.hidden/h.epub").path))
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("notes/readme.epub").path))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("empty"), withIntermediateDirectories: false)
        let empty = try CommandLineTests.tobook(["-r", "empty"], in: folder)
        #expect(empty.status == 64)
        #expect(
            empty.stderr
                == "tobook: error: empty: no .txt or .text files in this folder or its subfolders\n"
        )
    }

    @Test("Two inputs that would write the same book are refused before any work")
    func clashingOutputs() throws {
        let folder = try Self.folder(["story.txt", "story.md"])
        let result = try CommandLineTests.tobook(["story.txt", "story.md"], in: folder)
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "tobook: error: story.txt and story.md would both be written to story.epub\n")
        #expect(try Paths.contents(of: folder) == ["story.md", "story.txt"])
    }

    @Test("Usage: - among several inputs, -o with --output-dir, --jobs 0")
    func usage() throws {
        let folder = try Self.folder(["a.txt", "b.txt"])
        for arguments in [
            ["a.txt", "-"], ["a.txt", "b.txt", "-o", "x.epub", "--output-dir", "."],
            ["a.txt", "b.txt", "--jobs", "0"],
        ] {
            let result = try CommandLineTests.tobook(arguments, in: folder)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix("tobook: error: "), "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments)")
        }
        #expect(try Paths.contents(of: folder) == ["a.txt", "b.txt"])
    }

    @Test("The progress line: drawn and cleared on a terminal, absent in a pipe and with --quiet")
    func progress() throws {
        let folder = try Self.folder(["a.txt", "b.txt", "c.txt"])
        let command = "'\(Paths.tobookBinary.path)' a.txt b.txt c.txt --jobs 1"
        // `script` gives tobook a pseudo-terminal; what it drew comes back on script's stdout.
        let terminal = try Subprocess.run(
            "script", ["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1"], in: folder)
        #expect(terminal.status == 0)
        let drawn = terminal.stdoutText
        for frame in ["[0/3] · a.txt · 0:0", "[1/3] · b.txt · 0:0", "[2/3] · c.txt · 0:0"] {
            #expect(drawn.contains("\r\u{1B}[Ktobook: " + frame), "draws \(frame)")
        }
        // Messages clear the line first; at the end the line is erased and nothing follows.
        #expect(drawn.contains("\r\u{1B}[Ktobook: wrote a.epub\r\n"))
        #expect(drawn.hasSuffix("\r\u{1B}[Ktobook: wrote c.epub\r\n\r\u{1B}[K"))

        let piped = try CommandLineTests.tobook(["a.txt", "b.txt", "c.txt"], in: folder)
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("\r") && !piped.stderr.contains("["))
        #expect(piped.stderr.split(separator: "\n").count == 3)

        let quiet = try Subprocess.run(
            "script", ["-qec", command + " --quiet", "/dev/null"], in: folder)
        #expect(quiet.status == 0)
        #expect(quiet.stdoutText.isEmpty, "\(quiet.stdoutText)")
        let quietPipe = try CommandLineTests.tobook(["a.txt", "-q", "-o", "q.epub"], in: folder)
        #expect(quietPipe.status == 0 && quietPipe.stderr.isEmpty)
    }
}

/// `--verbose`: what was found and chosen, before the line naming the book.
@Suite("tobook command line: --verbose")
struct VerboseCommandTests {
    @Test("--verbose prints title and authors, encoding, language and its source, and the totals")
    func verbose() throws {
        let folder = try Paths.scratchFolder("tobook-verbose")
        let text = """
            The Quiet Book

            by Ann Lee

            CHAPTER I

            The first chapter is short, but it is a chapter all the same.

            CHAPTER II

            The second one ends the book.

            """
        try Data(text.utf8).write(to: folder.appendingPathComponent("quiet.txt"))
        let result = try CommandLineTests.tobook(
            ["quiet.txt", "--verbose", "--language", "en-GB"], in: folder)
        #expect(result.status == 0)
        #expect(
            result.stderr == """
                tobook: title “The Quiet Book” by Ann Lee
                tobook: encoding UTF-8; language en-GB (given)
                tobook: 2 chapters, 2 paragraphs, 0 verse blocks, 0 scene breaks, 0 lists, 0 block quotes, 0 footnotes
                tobook: wrote quiet.epub

                """)
        let detected = try CommandLineTests.tobook(
            ["quiet.txt", "--verbose", "-o", "again.epub"], in: folder)
        #expect(detected.stderr.contains("(detected from the text)"))
        let both = try CommandLineTests.tobook(["quiet.txt", "--verbose", "--quiet"], in: folder)
        #expect(both.status == 64)
        #expect(
            both.stderr
                == "tobook: error: --quiet and --verbose exclude each other (see 'tobook --help')\n"
        )
    }
}
