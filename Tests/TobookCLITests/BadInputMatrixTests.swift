import Foundation
import TestSupport
import Testing

/// Every kind of bad input or unusable output, through the built binary: one `tobook: error:`
/// line naming the problem, the exit code the README documents, no file left behind, and a book
/// already at the output path left exactly as it was.
@Suite("Bad input matrix")
struct BadInputMatrixTests {
    /// A bad case: what the folder holds first, the arguments, and what must come out.
    struct BadInput: Sendable, CustomStringConvertible {
        let description: String
        var files: [String: Data] = [:]
        var folders: [String] = []
        /// Symbolic links to create: name → target.
        var links: [String: String] = [:]
        /// Hard links to create: name → existing file.
        var hardLinks: [String: String] = [:]
        let arguments: [String]
        var stdin: Data? = nil
        /// `ulimit -f` in 512-byte blocks: writes past it fail with EFBIG, like a full disk.
        var fileSizeLimit: Int? = nil
        /// A folder made read-only (immutable for root, who ignores permissions).
        var readOnlyFolder: String? = nil
        /// A book already at the output path, which the failed run must not touch.
        var previousOutput: String? = nil
        let status: Int32
        let phrase: String
    }

    static let text = Data(
        "A Title\n\nSome text that makes a book, and it is the kind of text you would write.\n".utf8
    )
    static let previousBook = Data("the previous book, which must survive\n".utf8)
    static let bigText = Data(
        String(repeating: "A paragraph of prose that goes on for a while.\n\n", count: 2000).utf8)

    static let cases: [BadInput] = [
        // 3: the input does not exist
        BadInput(
            description: "missing file", arguments: ["nope.txt"], status: 3,
            phrase: "nope.txt: no such file"),
        BadInput(
            description: "missing folder", arguments: ["gone/nope.txt"], status: 3,
            phrase: "no such file"),
        BadInput(
            description: "path through a file", files: ["ok.txt": text],
            arguments: ["ok.txt/x.txt"],
            status: 3, phrase: "no such file"),
        // 4, 5: not a readable file
        BadInput(
            description: "directory", folders: ["dir.txt"], arguments: ["dir.txt"],
            previousOutput: "dir.epub", status: 4, phrase: "is a directory"),
        BadInput(
            description: "read fails (EIO)", arguments: ["/proc/self/mem", "-o", "mem.epub"],
            previousOutput: "mem.epub", status: 5, phrase: "cannot read"),
        // 6: nothing to convert
        BadInput(
            description: "empty file", files: ["empty.txt": Data()], arguments: ["empty.txt"],
            previousOutput: "empty.epub", status: 6, phrase: "empty"),
        BadInput(
            description: "whitespace only",
            files: ["blank.txt": Data(" \n\t\r\n\u{A0}\u{3000}\n".utf8)],
            arguments: ["blank.txt"], status: 6, phrase: "empty"),
        BadInput(
            description: "UTF-8 BOM only", files: ["bom.txt": Data([0xEF, 0xBB, 0xBF, 0x0A])],
            arguments: ["bom.txt"], status: 6, phrase: "empty"),
        BadInput(
            description: "UTF-16 spaces only",
            files: ["wide.txt": Data([0xFF, 0xFE, 0x20, 0, 0x0A, 0])],
            arguments: ["wide.txt"], status: 6, phrase: "empty"),
        BadInput(
            description: "empty standard input", arguments: ["-", "-o", "in.epub"], stdin: Data(),
            previousOutput: "in.epub", status: 6, phrase: "<stdin>: the file is empty"),
        // 7: binary data
        BadInput(
            description: "PNG image",
            files: ["image.txt": Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 1, 2, 3])],
            arguments: ["image.txt"], previousOutput: "image.epub", status: 7, phrase: "binary"),
        BadInput(
            description: "NUL bytes in text",
            files: ["nul.txt": Data("Some words\0and more\0".utf8)],
            arguments: ["nul.txt"], status: 7, phrase: "binary"),
        BadInput(
            description: "ELF executable",
            files: [
                "prog.txt": Data(
                    [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + Array(repeating: 0, count: 56))
            ],
            arguments: ["prog.txt"], status: 7, phrase: "binary"),
        BadInput(
            description: "gzip data",
            files: [
                "text.txt": Data([
                    0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 0x0B, 0xC9, 0xC8, 0x2C, 0x56, 0, 0, 0,
                ])
            ],
            arguments: ["text.txt"], status: 7, phrase: "binary"),
        // 8, 9: encodings
        BadInput(
            description: "invalid UTF-8 for --encoding utf-8",
            files: ["bad.txt": Data("Fine line\nthen \u{E9}".utf8) + Data([0xFF])],
            arguments: ["bad.txt", "--encoding", "utf-8"], previousOutput: "bad.epub", status: 8,
            phrase: "invalid UTF-8 at byte 17 (line 2)"),
        BadInput(
            description: "invalid Shift_JIS",
            files: ["sj.txt": Data([0x61, 0x62, 0x63, 0xFF, 0xFE])],
            arguments: ["sj.txt", "--encoding", "shift_jis"], status: 8,
            phrase: "invalid SHIFT_JIS at byte 3"),
        BadInput(
            description: "unknown --encoding", files: ["ok.txt": text],
            arguments: ["ok.txt", "--encoding", "klingon-8"], previousOutput: "ok.epub", status: 9,
            phrase: "unknown encoding 'klingon-8'"),
        // 10: the output cannot be written
        BadInput(
            description: "output folder missing", files: ["ok.txt": text],
            arguments: ["ok.txt", "-o", "missing/book.epub"], status: 10, phrase: "cannot write"),
        BadInput(
            description: "output folder is a file", files: ["ok.txt": text, "plain": Data()],
            arguments: ["ok.txt", "-o", "plain/book.epub"], status: 10, phrase: "cannot write"),
        BadInput(
            description: "output is a directory", files: ["ok.txt": text], folders: ["out.epub"],
            arguments: ["ok.txt", "-o", "out.epub"], status: 10, phrase: "is a directory"),
        BadInput(
            description: "output is a dangling symbolic link", files: ["ok.txt": text],
            links: ["out.epub": "nowhere/book.epub"], arguments: ["ok.txt", "-o", "out.epub"],
            status: 10, phrase: "symbolic link to a missing file"),
        BadInput(
            description: "read-only output folder", files: ["ok.txt": text], folders: ["locked"],
            arguments: ["ok.txt", "-o", "locked/ok.epub"], readOnlyFolder: "locked",
            previousOutput: "locked/ok.epub", status: 10, phrase: "cannot write"),
        BadInput(
            description: "file size limit reached (EFBIG, as on a full disk)",
            files: ["big.txt": bigText], arguments: ["big.txt"], fileSizeLimit: 8,
            previousOutput: "big.epub", status: 10, phrase: "file too large"),
        BadInput(
            description: "PDF past the file size limit", files: ["big.txt": bigText],
            arguments: ["big.txt", "--pdf"], fileSizeLimit: 8, previousOutput: "big.pdf",
            status: 10,
            phrase: "cannot write"),
        // 11: the output would destroy the input
        BadInput(
            description: "output equals input", files: ["ok.txt": text],
            arguments: ["ok.txt", "-o", "./ok.txt"],
            status: 11, phrase: "would overwrite the input"),
        BadInput(
            description: "input named .epub", files: ["book.epub": text], arguments: ["book.epub"],
            status: 11, phrase: "would overwrite the input"),
        BadInput(
            description: "output is a symbolic link to the input", files: ["ok.txt": text],
            links: ["out.epub": "ok.txt"], arguments: ["ok.txt", "-o", "out.epub"], status: 11,
            phrase: "would overwrite the input"),
        BadInput(
            description: "output is a hard link to the input", files: ["ok.txt": text],
            hardLinks: ["same.epub": "ok.txt"], arguments: ["ok.txt", "-o", "same.epub"],
            status: 11,
            phrase: "would overwrite the input"),
        // 12, 13: style and cover
        BadInput(
            description: "unknown style", files: ["ok.txt": text],
            arguments: ["ok.txt", "--style", "fancy"],
            previousOutput: "ok.epub", status: 12, phrase: "no such built-in style"),
        BadInput(
            description: "missing style file", files: ["ok.txt": text],
            arguments: ["ok.txt", "--style", "mine.css"], status: 12, phrase: "style 'mine.css'"),
        BadInput(
            description: "cover is not an image", files: ["ok.txt": text, "cover.jpg": text],
            arguments: ["ok.txt", "--cover", "cover.jpg"], previousOutput: "ok.epub", status: 13,
            phrase: "not a JPEG or PNG"),
        BadInput(
            description: "missing cover", files: ["ok.txt": text],
            arguments: ["ok.txt", "--cover", "none.png"],
            status: 13, phrase: "none.png: cannot use as the cover"),
        BadInput(
            description: "truncated PNG cover",
            files: [
                "ok.txt": text,
                "cover.png": Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]),
            ],
            arguments: ["ok.txt", "--cover", "cover.png"], status: 13,
            phrase: "damaged or incomplete"),
        // 14: too large
        BadInput(
            description: "input over --max-input-size", files: ["big.txt": bigText],
            arguments: ["big.txt", "--max-input-size", "10K"], previousOutput: "big.epub",
            status: 14,
            phrase: "over the input size limit of 10 KB"),
        BadInput(
            description: "standard input over --max-input-size",
            arguments: ["-", "-o", "in.epub", "--max-input-size", "1k"], stdin: bigText, status: 14,
            phrase: "<stdin>: "),
        // 64: usage
        BadInput(
            description: "bad language tag", files: ["ok.txt": text],
            arguments: ["ok.txt", "--language", "english!"],
            previousOutput: "ok.epub", status: 64, phrase: "not a BCP 47 language tag"),
        BadInput(
            description: "standard input without -o", arguments: ["-"], stdin: text, status: 64,
            phrase: "needs an output path"),
        BadInput(
            description: "unknown option", files: ["ok.txt": text],
            arguments: ["ok.txt", "--frobnicate"],
            status: 64, phrase: "--frobnicate"),
        BadInput(
            description: "bad --max-input-size", files: ["ok.txt": text],
            arguments: ["ok.txt", "--max-input-size", "lots"], status: 64, phrase: "is not a size"),
        BadInput(
            description: "--font-size out of range", files: ["ok.txt": text],
            arguments: ["ok.txt", "--pdf", "--font-size", "100"], status: 64, phrase: "--font-size"),
    ]

    @Test(
        "One error line, its own exit code, no file left, the old book untouched", arguments: cases)
    func badInput(_ bad: BadInput) throws {
        let folder = try Paths.scratchFolder()
        defer { ReadOnlyFolder.release(folder, bad.readOnlyFolder) }
        for name in bad.folders {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        for (name, data) in bad.files { try data.write(to: folder.appendingPathComponent(name)) }
        for (name, target) in bad.links {
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
        }
        for (name, existing) in bad.hardLinks {
            try FileManager.default.linkItem(
                at: folder.appendingPathComponent(existing), to: folder.appendingPathComponent(name)
            )
        }
        if let previous = bad.previousOutput {
            try Self.previousBook.write(to: folder.appendingPathComponent(previous))
        }
        if let locked = bad.readOnlyFolder {
            try ReadOnlyFolder.make(folder.appendingPathComponent(locked))
        }
        let before = try Self.listing(folder)
        let result = try run(bad, in: folder)
        #expect(result.status == bad.status, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "exactly one line: \(result.stderr)")
        #expect(result.stderr.hasPrefix("tobook: error: "))
        #expect(result.stderr.contains(bad.phrase), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try Self.listing(folder) == before, "no file added or removed")
        if let previous = bad.previousOutput {
            #expect(
                try Data(contentsOf: folder.appendingPathComponent(previous)) == Self.previousBook)
        }
    }

    @Test("The matrix covers every documented exit code for bad input")
    func coversCodes() {
        let codes = Set(Self.cases.map(\.status))
        #expect(codes == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 64])
        #expect(Self.cases.count >= 25)
    }

    private func run(_ bad: BadInput, in folder: URL) throws -> Subprocess.Outcome {
        let binary = Paths.tobookBinary.path
        let environment: [String: String?] = ["SOURCE_DATE_EPOCH": nil, "NO_COLOR": "1"]
        guard let limit = bad.fileSizeLimit else {
            return try Subprocess.run(
                binary, bad.arguments, environment: environment, stdin: bad.stdin, in: folder)
        }
        return try Subprocess.run(
            "/bin/sh", ["-c", "ulimit -f \(limit) && exec \"$0\" \"$@\"", binary] + bad.arguments,
            environment: environment, stdin: bad.stdin, in: folder)
    }

    /// Every file under the folder (hidden ones too), with its subfolders' contents.
    static func listing(_ folder: URL) throws -> [String] {
        let names = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]
        return (names ?? []).sorted()
    }
}
