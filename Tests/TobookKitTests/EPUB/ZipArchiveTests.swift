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

    @Test("DOS timestamps: 2023-11-14 22:13:20 UTC, and clamping to 1980")
    func dosTime() {
        let stamp = DOSTimestamp(secondsSince1970: 1_700_000_000)
        #expect(stamp.time == UInt16(22 << 11 | 13 << 5 | 10))
        #expect(stamp.date == UInt16((2023 - 1980) << 9 | 11 << 5 | 14))
        let early = DOSTimestamp(secondsSince1970: 0)
        #expect(early.date == UInt16(0 << 9 | 1 << 5 | 1) && early.time == 0)
    }
}
