import Foundation
import Testing

@testable import TobookKit

@Suite("ZIP container")
struct ZipArchiveTests {
    static let book = Book(
        metadata: BookMetadata(title: "T", modified: 1_700_000_000),
        chapters: [Chapter(blocks: [.paragraph([.text("Hello.")])])])

    @Test("The first local header is mimetype: stored, no extra field, exact content")
    func mimetypeHeader() throws {
        let bytes = try EPUBPackage(book: Self.book, stylesheet: "").archive()
        #expect(bytes[0..<4] == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0, "compression method must be 0 (stored)")
        #expect(bytes[26] == 8 && bytes[27] == 0, "file name length must be 8")
        #expect(bytes[28] == 0 && bytes[29] == 0, "extra field length must be 0")
        #expect(Array(bytes[30..<38]) == Array("mimetype".utf8))
        #expect(Array(bytes[38..<58]) == Array("application/epub+zip".utf8))
    }

    @Test("Every entry carries the book's time as a UTC DOS timestamp")
    func timestamps() throws {
        let bytes = try EPUBPackage(book: Self.book, stylesheet: "").archive()
        let stamp = DOSTimestamp(secondsSince1970: 1_700_000_000)
        var offset = 0
        var headers = 0
        while offset + 30 <= bytes.count, bytes[offset..<offset + 4] == [0x50, 0x4B, 0x03, 0x04] {
            let time = UInt16(bytes[offset + 10]) | UInt16(bytes[offset + 11]) << 8
            let date = UInt16(bytes[offset + 12]) | UInt16(bytes[offset + 13]) << 8
            #expect(time == stamp.time && date == stamp.date)
            let compressed =
                Int(bytes[offset + 18]) | Int(bytes[offset + 19]) << 8 | Int(bytes[offset + 20])
                << 16
                | Int(bytes[offset + 21]) << 24
            let nameLength = Int(bytes[offset + 26]) | Int(bytes[offset + 27]) << 8
            let extraLength = Int(bytes[offset + 28]) | Int(bytes[offset + 29]) << 8
            offset += 30 + nameLength + extraLength + compressed
            headers += 1
        }
        #expect(headers == 8)
    }

    @Test("Each entry's bytes are made while the archive is written, once, in container order")
    func entriesMadeOnDemand() throws {
        final class Log { var made: [Int] = [] }
        let log = Log()
        let archive = try ZipArchive()
        let stamp = DOSTimestamp(secondsSince1970: 1_700_000_000)
        for index in 0..<4 {
            try archive.add(
                path: "page\(index).xhtml", stored: index == 0, modified: stamp, level: 4
            ) {
                log.made.append(index)
                return Array(String(repeating: "page \(index) ", count: 500).utf8)
            }
        }
        #expect(log.made.isEmpty, "nothing is rendered before zip_close asks for it")
        var chunks = 0
        let size = try archive.finish { _ in chunks += 1 }
        #expect(log.made == [0, 1, 2, 3])
        #expect(size > 0 && chunks >= 1)
    }

    @Test("Writing to a file gives the bytes of the archive in memory")
    func writtenEqualsInMemory() throws {
        let package = EPUBPackage(book: Self.book, stylesheet: "p { margin: 0 }")
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("zip-\(UUID().uuidString).epub").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var size = 0
        try AtomicFile(path: path).write { (descriptor: Int32) throws(TobookError) in
            size = try package.write(to: descriptor, path: path)
        }
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == (try package.archive()))
        #expect(size == written.count)
    }

    @Test("A failed write is the output's error, not an internal one")
    func writeFailure() throws {
        let package = EPUBPackage(book: Self.book, stylesheet: "")
        #expect(
            throws: TobookError.outputUnwritable(path: "out.epub", reason: "bad file descriptor")
        ) {
            _ = try package.write(to: -1, path: "out.epub")
        }
    }

    @Test("DOS timestamps: 2023-11-14 22:13:20 UTC, and clamping to 1980")
    func dosTime() {
        let stamp = DOSTimestamp(secondsSince1970: 1_700_000_000)
        #expect(stamp.time == UInt16(22 << 11 | 13 << 5 | 10))
        #expect(stamp.date == UInt16((2023 - 1980) << 9 | 11 << 5 | 14))
        let early = DOSTimestamp(secondsSince1970: 0)
        #expect(early.date == UInt16(0 << 9 | 1 << 5 | 1) && early.time == 0)
    }
}
