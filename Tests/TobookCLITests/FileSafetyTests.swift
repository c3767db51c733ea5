import Foundation
import TestSupport
import Testing

/// What happens to files when things go wrong mid-way: a signal, a full disk, links at the
/// output path, an input that must never be opened for writing.
@Suite("File safety")
struct FileSafetyTests {
    static let previousBook = Data("the previous book, which must survive\n".utf8)

    /// Starts a long PDF conversion, waits for its temporary file to appear, sends `signal`.
    private func interrupt(with signal: Int32) throws {
        let folder = try Paths.scratchFolder()
        let novel = folder.appendingPathComponent("novel.txt")
        try FileManager.default.copyItem(
            at: Paths.corpus.appendingPathComponent("pride-and-prejudice.txt"), to: novel)
        try Self.previousBook.write(to: folder.appendingPathComponent("novel.pdf"))
        let process = Process()
        process.executableURL = Paths.tobookBinary
        process.arguments = ["novel.txt", "--pdf"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        var temporary: String?
        let deadline = Date().addingTimeInterval(60)
        while temporary == nil && process.isRunning && Date() < deadline {
            temporary = try Paths.contents(of: folder).first { $0.contains(".tobook-") }
            if temporary == nil { usleep(2_000) }
        }
        #expect(temporary != nil, "the conversion wrote no temporary file before ending")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(try Paths.contents(of: folder) == ["novel.pdf", "novel.txt"])
        #expect(
            try Data(contentsOf: folder.appendingPathComponent("novel.pdf")) == Self.previousBook)
    }

    @Test("SIGINT mid-conversion removes the temporary file and ends by SIGINT")
    func interrupted() throws {
        try interrupt(with: SIGINT)
    }

    @Test("SIGTERM mid-conversion removes the temporary file and ends by SIGTERM")
    func terminated() throws {
        try interrupt(with: SIGTERM)
    }

    /// Whether this machine lets an unprivileged process make a private mount namespace, where
    /// a small tmpfs can be mounted (Debian 12 allows it by default).
    static let privateMountsWork: Bool =
        (try? Subprocess.run("unshare", ["--user", "--map-root-user", "--mount", "true"]).status)
        == 0

    @Test(
        "A full disk (a 256 KB tmpfs) gives its error and keeps the old book",
        .enabled(if: privateMountsWork, "needs user namespaces for a private tmpfs"))
    func diskFull() throws {
        // A private mount namespace lets an unprivileged user mount a small tmpfs; the listing
        // and the old book's bytes are read inside it, as the mount vanishes with the namespace.
        let folder = try Paths.scratchFolder()
        try FileManager.default.copyItem(
            at: Paths.corpus.appendingPathComponent("war-and-peace.txt"),
            to: folder.appendingPathComponent("novel.txt"))
        let script = """
            mkdir small && mount -t tmpfs -o size=256k tmpfs small || exit 99
            printf 'the previous book\\n' > small/novel.epub
            "$0" novel.txt -o small/novel.epub --no-cover
            status=$?
            echo "status=$status"; ls -A small; cat small/novel.epub
            """
        let result = try Subprocess.run(
            "unshare",
            [
                "--user", "--map-root-user", "--mount", "sh", "-c", script,
                Paths.tobookBinary.path,
            ], environment: ["NO_COLOR": "1"], in: folder)
        #expect(result.stdoutText == "status=10\nnovel.epub\nthe previous book\n")
        #expect(result.stderr.hasPrefix("tobook: error: small/novel.epub: cannot write: "))
        #expect(result.stderr.contains("no space left on device"), "\(result.stderr)")
    }

    @Test("An output path that is a symbolic link: the book goes to its target, the link stays")
    func writesThroughLinks() throws {
        let folder = try Paths.scratchFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("library"), withIntermediateDirectories: true)
        try Self.previousBook.write(to: folder.appendingPathComponent("library/book.epub"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("book.epub").path,
            withDestinationPath: "library/book.epub")
        try Data("A Title\n\nSome words of a short text.\n".utf8).write(
            to: folder.appendingPathComponent("note.txt"))
        let result = try Subprocess.run(
            Paths.tobookBinary.path, ["note.txt", "-o", "book.epub"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let link = try FileManager.default.destinationOfSymbolicLink(
            atPath: folder.appendingPathComponent("book.epub").path)
        #expect(link == "library/book.epub")
        let book = try Data(contentsOf: folder.appendingPathComponent("library/book.epub"))
        #expect(book.starts(with: Data("PK".utf8)))
        #expect(try Paths.contents(of: folder.appendingPathComponent("library")) == ["book.epub"])
    }

    @Test("The input is only ever read: an immutable (or read-only) input converts unchanged")
    func inputOnlyRead() throws {
        let folder = try Paths.scratchFolder()
        let input = folder.appendingPathComponent("note.txt")
        let text = Data("A Title\n\nSome words of a short text, read and never written.\n".utf8)
        try text.write(to: input)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)],
            ofItemAtPath: input.path)
        // Root may open any file for writing, unless it is immutable; others are stopped by mode.
        if geteuid() == 0 {
            #expect(try Subprocess.run("chattr", ["+i", input.path]).status == 0)
        } else {
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o444], ofItemAtPath: input.path)
        }
        defer { _ = try? Subprocess.run("chattr", ["-i", input.path]) }
        let result = try Subprocess.run(
            Paths.tobookBinary.path, ["note.txt", "--format", "epub,pdf"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: input) == text)
        let modified =
            try FileManager.default.attributesOfItem(atPath: input.path)[.modificationDate] as? Date
        #expect(modified == Date(timeIntervalSince1970: 1_000_000_000))
    }
}
