import Testing

@testable import TobookKit

/// The one map and fold over the model that typography, searches, sizes and totals share.
@Suite("Block traversal")
struct BlockTraversalTests {
    static let nested: Block = .blockQuote([
        .paragraph([.text("a")]),
        .blockQuote([.verse([VerseLine(text: [.text("b")]), VerseLine(text: [.text("c")])])]),
        .sceneBreak,
    ])

    /// The fold visits the outer block first, then what it holds, in reading order.
    @Test func foldVisitsEveryBlockInReadingOrder() {
        let kinds = Self.nested.reduce(into: [String]()) { kinds, block in
            switch block {
            case .blockQuote: kinds.append("quote")
            case .paragraph: kinds.append("paragraph")
            case .verse: kinds.append("verse")
            case .sceneBreak: kinds.append("break")
            default: kinds.append("other")
            }
        }
        #expect(kinds == ["quote", "paragraph", "quote", "verse", "break"])
    }

    /// The map reaches the runs inside nested quotations and leaves the shape as it was.
    @Test func mapReachesNestedRuns() {
        let upper = Self.nested.mapInlines { [.text($0.plainText.uppercased())] }
        #expect(
            upper
                == .blockQuote([
                    .paragraph([.text("A")]),
                    .blockQuote([
                        .verse([VerseLine(text: [.text("B")]), VerseLine(text: [.text("C")])])
                    ]),
                    .sceneBreak,
                ]))
    }

    /// A search sees the runs inside quotations; each run is searched alone.
    @Test func searchSeesNestedRuns() {
        #expect(Self.nested.containsText("c"))
        #expect(!Self.nested.containsText("bc"))
    }
}
