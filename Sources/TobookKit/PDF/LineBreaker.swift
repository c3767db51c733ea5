/// Chooses where a paragraph's lines end by Knuth and Plass's total-fit method: of all the ways
/// to break it, the one with the least demerits (loose or tight lines, hyphens, a tight line
/// next to a loose one), so spacing stays even down the whole paragraph rather than line by line.
/// Falls back to ever looser tolerances, then to first-fit, so it always returns breaks.
struct LineBreaker {
    /// Largest adjustment ratio a line may have, tried in turn until one gives a solution.
    var tolerances = [1.5, 3, 12]
    var linePenalty = 10.0
    var flaggedDemerits = 3000.0
    var fitnessDemerits = 3000.0

    /// Width of line `number` (0 is the first line, which may be indented).
    var firstWidth: Double
    var otherWidth: Double

    func width(ofLine number: Int) -> Double {
        number == 0 ? firstWidth : otherWidth
    }

    private struct Node {
        var position: Int
        var line: Int
        var fitness: Int
        var width: Double
        var stretch: Double
        var shrink: Double
        var demerits: Double
        var flagged: Bool
        var previous: Int
    }

    /// Indices of the items where lines end (a glue or penalty), the last being the final item.
    /// The items must end with a forced break.
    func breaks(_ items: [BreakItem]) -> [Int] {
        guard !items.isEmpty else { return [] }
        for tolerance in tolerances {
            if let found = breaks(items, tolerance: tolerance) { return found }
        }
        return firstFit(items)
    }

    private func breaks(_ items: [BreakItem], tolerance: Double) -> [Int]? {
        var nodes = [
            Node(
                position: 0, line: 0, fitness: 1, width: 0, stretch: 0, shrink: 0, demerits: 0,
                flagged: false, previous: -1)
        ]
        var active = [0]
        var sumWidth = 0.0
        var sumStretch = 0.0
        var sumShrink = 0.0
        var kept: [Int] = []
        kept.reserveCapacity(16)

        for index in items.indices {
            let item = items[index]
            switch item.kind {
            case .box:
                sumWidth += item.width
                continue
            case .glue:
                if index > 0, items[index - 1].kind == .box { break }
                sumWidth += item.width
                sumStretch += item.stretch
                sumShrink += item.shrink
                continue
            case .penalty:
                if item.penalty >= BreakItem.never { continue }
            }
            // A legal break at `index`: try it from every active node.
            let isForced = item.kind == .penalty && item.penalty <= BreakItem.forced
            let breakWidth = item.kind == .penalty ? item.width : 0
            // Best node per fitness class, in vectors so no array is allocated per break.
            var bestDemerits = SIMD4<Double>(repeating: .infinity)
            var bestNode = SIMD4<Int>(repeating: -1)
            kept.removeAll(keepingCapacity: true)
            for nodeIndex in active {
                let node = nodes[nodeIndex]
                let length = sumWidth - node.width + breakWidth
                let target = width(ofLine: node.line)
                var ratio = 0.0
                if length < target {
                    let stretch = sumStretch - node.stretch
                    ratio = stretch > 0 ? (target - length) / stretch : .infinity
                } else if length > target {
                    let shrink = sumShrink - node.shrink
                    ratio = shrink > 0 ? (target - length) / shrink : -.infinity
                }
                if ratio >= -1 && !isForced { kept.append(nodeIndex) }
                guard ratio >= -1, ratio <= tolerance else { continue }
                let badness = 100 * abs(ratio * ratio * ratio)
                var demerits = (linePenalty + badness) * (linePenalty + badness)
                if item.kind == .penalty {
                    if item.penalty >= 0 {
                        demerits += item.penalty * item.penalty
                    } else if !isForced {
                        demerits -= item.penalty * item.penalty
                    }
                }
                if item.flagged && node.flagged { demerits += flaggedDemerits }
                let fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3
                if abs(fitness - node.fitness) > 1 { demerits += fitnessDemerits }
                demerits += node.demerits
                if demerits < bestDemerits[fitness] {
                    bestDemerits[fitness] = demerits
                    bestNode[fitness] = nodeIndex
                }
            }
            // The kept nodes become the active ones; the old list is reused next time.
            swap(&active, &kept)
            let least = bestDemerits.min()
            if least < .infinity {
                // Totals after the break: the glue and penalties that follow it vanish.
                var afterWidth = sumWidth
                var afterStretch = sumStretch
                var afterShrink = sumShrink
                var next = index
                while next < items.count {
                    let following = items[next]
                    if following.kind == .box { break }
                    if following.kind == .glue {
                        afterWidth += following.width
                        afterStretch += following.stretch
                        afterShrink += following.shrink
                    } else if following.penalty <= BreakItem.forced && next > index {
                        break
                    }
                    next += 1
                }
                for fitness in 0..<4
                where bestNode[fitness] >= 0 && bestDemerits[fitness] <= least + fitnessDemerits {
                    let from = nodes[bestNode[fitness]]
                    nodes.append(
                        Node(
                            position: index, line: from.line + 1, fitness: fitness,
                            width: afterWidth, stretch: afterStretch,
                            shrink: afterShrink, demerits: bestDemerits[fitness],
                            flagged: item.flagged,
                            previous: bestNode[fitness]))
                    active.append(nodes.count - 1)
                }
            }
            if active.isEmpty { return nil }
            if item.kind == .glue {
                sumWidth += item.width
                sumStretch += item.stretch
                sumShrink += item.shrink
            }
        }
        guard
            let last = active.filter({ nodes[$0].position == items.count - 1 }).min(by: {
                nodes[$0].demerits < nodes[$1].demerits
            })
        else { return nil }
        var result: [Int] = []
        var cursor = last
        while cursor > 0 {
            result.append(nodes[cursor].position)
            cursor = nodes[cursor].previous
        }
        return result.reversed()
    }

    /// First-fit breaking, for ragged text (verse, lists), where each line simply takes what
    /// fits; it accepts an overfull line when nothing else fits.
    func greedyBreaks(_ items: [BreakItem]) -> [Int] {
        items.isEmpty ? [] : firstFit(items)
    }

    private func firstFit(_ items: [BreakItem]) -> [Int] {
        var result: [Int] = []
        var lineStart = 0
        var used = 0.0
        var lastBreak: Int?
        var index = 0
        while index < items.count {
            let item = items[index]
            let legal =
                (item.kind == .glue && index > 0 && items[index - 1].kind == .box)
                || (item.kind == .penalty && item.penalty < BreakItem.never)
            if legal {
                let extra = item.kind == .penalty ? item.width : 0
                if used + extra > width(ofLine: result.count) + 0.001, let previous = lastBreak,
                    previous > lineStart
                {
                    result.append(previous)
                    index = previous + 1
                    while index < items.count, items[index].kind != .box { index += 1 }
                    lineStart = index
                    used = 0
                    lastBreak = nil
                    continue
                }
                if item.kind == .penalty && item.penalty <= BreakItem.forced {
                    result.append(index)
                    index += 1
                    lineStart = index
                    used = 0
                    lastBreak = nil
                    continue
                }
                lastBreak = index
            }
            if item.kind != .penalty { used += item.width }
            index += 1
        }
        if result.last != items.count - 1 { result.append(items.count - 1) }
        return result
    }
}
