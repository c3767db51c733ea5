import Testing

@testable import TobookKit

/// The line breaker on its own, with made-up word widths: lines fit, spacing stays within the
/// tolerance, total fit beats first fit, and text that cannot fit still comes out.
@Suite("Line breaker")
struct LineBreakerTests {
    /// A paragraph of `count` words of pseudo-random widths (a fixed linear congruential sequence).
    static func paragraph(words count: Int, seed: UInt64 = 7) -> [BreakItem] {
        var state = seed
        var items: [BreakItem] = []
        for index in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let width = 8 + Double((state >> 33) % 40)
            items.append(.box(width))
            if index < count - 1 { items.append(.glue(4, stretch: 2.4, shrink: 0.6)) }
        }
        items.append(.glue(0, stretch: 100_000, shrink: 0))
        items.append(.penalty(0, cost: BreakItem.forced))
        return items
    }

    /// Natural width, stretch and shrink of the line from item `start` up to the break `end`.
    static func measure(_ items: [BreakItem], from start: Int, to end: Int) -> (
        width: Double, stretch: Double, shrink: Double
    ) {
        var width = 0.0
        var stretch = 0.0
        var shrink = 0.0
        for item in items[start..<end] where item.kind != .penalty {
            width += item.width
            stretch += item.stretch
            shrink += item.shrink
        }
        if items[end].kind == .penalty { width += items[end].width }
        return (width, stretch, shrink)
    }

    static func ratios(_ items: [BreakItem], breaks: [Int], width: Double) -> [Double] {
        var start = 0
        var result: [Double] = []
        for end in breaks {
            while start < end, items[start].kind != .box { start += 1 }
            let line = measure(items, from: start, to: end)
            let gap = width - line.width
            result.append(
                gap >= 0
                    ? (line.stretch > 0 ? gap / line.stretch : 0) : gap / max(line.shrink, 0.0001))
            start = end + 1
        }
        return result
    }

    @Test("Every line fits its width, within the tolerance, and the last break ends the paragraph")
    func linesFit() {
        let items = Self.paragraph(words: 400)
        let breaker = LineBreaker(firstWidth: 300, otherWidth: 300)
        let breaks = breaker.breaks(items)
        #expect(breaks.last == items.count - 1)
        #expect(breaks == breaks.sorted())
        let ratios = Self.ratios(items, breaks: breaks, width: 300)
        // Without hyphenation some lines must stretch more than the first tolerance allows; the
        // breaker then retries with the next, and spacing stays even on the whole.
        #expect(
            ratios.dropLast().allSatisfy { $0 >= -1 && $0 <= breaker.tolerances[1] }, "\(ratios)")
        #expect(ratios.dropLast().reduce(0) { $0 + abs($1) } / Double(ratios.count - 1) < 1)
        #expect(breaks.count > 30)
    }

    @Test("Total fit spaces lines more evenly than first fit on the same paragraph")
    func totalFitBeatsFirstFit() {
        for seed in [1, 2, 3, 4, 5] as [UInt64] {
            let items = Self.paragraph(words: 300, seed: seed)
            let breaker = LineBreaker(firstWidth: 260, otherWidth: 260)
            let cost = { (breaks: [Int]) in
                Self.ratios(items, breaks: breaks, width: 260).dropLast().reduce(0) {
                    $0 + $1 * $1 * abs($1)
                }
            }
            #expect(cost(breaker.breaks(items)) <= cost(breaker.greedyBreaks(items)))
        }
    }

    @Test("A first line indented by its own width is honoured")
    func indentedFirstLine() {
        let items = Self.paragraph(words: 200)
        let breaks = LineBreaker(firstWidth: 250, otherWidth: 300).breaks(items)
        let first = Self.measure(items, from: 0, to: breaks[0])
        #expect(first.width - first.shrink <= 250)
    }

    @Test("A box wider than the line still yields breaks that keep every item, in order")
    func overfull() {
        var items: [BreakItem] = [
            .box(50), .glue(4, stretch: 2, shrink: 1), .box(900), .glue(4, stretch: 2, shrink: 1),
            .box(50),
        ]
        items += [.glue(0, stretch: 100_000, shrink: 0), .penalty(0, cost: BreakItem.forced)]
        let breaks = LineBreaker(firstWidth: 200, otherWidth: 200).breaks(items)
        #expect(breaks.last == items.count - 1)
        #expect(breaks.count == 3)
        #expect(breaks == breaks.sorted())
    }

    @Test("Two hyphenated lines in a row cost more than one")
    func flaggedPenalties() {
        // Two ways to fill three lines of 100: break at hyphens twice in a row, or at spaces.
        var items: [BreakItem] = []
        for _ in 0..<6 {
            items += [
                .box(45), .penalty(5, cost: 50, flagged: true), .box(45),
                .glue(10, stretch: 5, shrink: 3),
            ]
        }
        items.removeLast()
        items += [.glue(0, stretch: 100_000, shrink: 0), .penalty(0, cost: BreakItem.forced)]
        let breaks = LineBreaker(firstWidth: 100, otherWidth: 100).breaks(items)
        let hyphenBreaks = breaks.filter { items[$0].kind == .penalty && items[$0].flagged }
        #expect(hyphenBreaks.isEmpty)
    }
}
