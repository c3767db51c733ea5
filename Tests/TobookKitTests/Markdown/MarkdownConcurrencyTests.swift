import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// cmark-gfm keeps some parse state in tables every parser shares: many books read at once (a
/// batch, these tests) must each get the tree they would get alone.
@Suite("Markdown read concurrently")
struct MarkdownConcurrencyTests {
    @Test("Parses on eight threads at once give the same books as one at a time")
    func concurrentReads() async throws {
        let texts = [
            try Fixture.markdownGuide.text(), try Fixture.markdownNotes.text(),
            "~~struck~~ and | a | b |\n|---|---|\n| 1 | ~~2~~ |\n\n\\`not code\\` ~x~ www.a.example\n",
        ]
        let alone = texts.map { MarkdownReader().read($0).chapters }
        let together = await withTaskGroup(of: Bool.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    (0..<60).allSatisfy { round in
                        let index = (worker + round) % texts.count
                        return MarkdownReader().read(texts[index]).chapters == alone[index]
                    }
                }
            }
            return await group.reduce(true) { $0 && $1 }
        }
        #expect(together)
    }
}
