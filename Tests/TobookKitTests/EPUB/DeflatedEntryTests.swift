import Foundation
import Testing

@testable import TobookKit

@Suite("ZIP entries deflated ahead of libzip")
struct DeflatedEntryTests {
    /// Texts of many sizes: empty-ish, under and over libzip's 8 KB read, incompressible.
    static let texts: [[UInt8]] = {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<50_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return [
            Array("x".utf8),
            Array(String(repeating: "<p>The same line again.</p>\n", count: 20).utf8),
            Array(String(repeating: "<p>Lorem ipsum dolor sit amet, \(7)</p>\n", count: 3000).utf8),
            Array((0..<8192).map { UInt8(truncatingIfNeeded: $0 % 251) }),
            random,
        ]
    }()

    private func archive(deflatingAhead: Bool, level: Int32) throws -> [UInt8] {
        let archive = try ZipArchive()
        let stamp = DOSTimestamp(secondsSince1970: 1_700_000_000)
        for (index, text) in Self.texts.enumerated() {
            try archive.add(
                path: "entry\(index).xhtml", stored: false, modified: stamp, level: level
            ) { () -> ZipEntryReader.Contents in
                guard deflatingAhead, let entry = DeflatedEntry(text, level: level) else {
                    return .plain(text)
                }
                return .deflated(entry)
            }
        }
        return try archive.finish()
    }

    @Test(
        "An archive of entries deflated ahead has libzip's own bytes, at each level",
        arguments: [1, 4, 9])
    func sameBytes(level: Int32) throws {
        let byLibzip = try archive(deflatingAhead: false, level: level)
        let ahead = try archive(deflatingAhead: true, level: level)
        #expect(ahead.count == byLibzip.count)
        #expect(ahead == byLibzip)
    }

    @Test("Items made on two threads come back in order, each once, the same as made here")
    func madeAheadInOrder() {
        let count = 200
        let ahead = MadeAhead(count: count, lookahead: 3) { index in
            Array(repeating: UInt8(truncatingIfNeeded: index), count: index % 17 + 1)
        }
        defer { ahead.cancel() }
        for index in 0..<count {
            #expect(
                ahead.take(index)
                    == Array(repeating: UInt8(truncatingIfNeeded: index), count: index % 17 + 1))
        }
        // Asked again, an item is made anew rather than waited for.
        #expect(ahead.take(5) == Array(repeating: 5, count: 6))
    }

    @Test("Asked out of order or after giving up, items still come, without a hang")
    func madeAheadOutOfOrder() {
        let ahead = MadeAhead(count: 100, lookahead: 2) { $0 * 2 }
        #expect(ahead.take(60) == 120)
        #expect(ahead.take(61) == 122)
        #expect(ahead.take(3) == 6)
        ahead.cancel()
        #expect(ahead.take(99) == 198)
    }
}
