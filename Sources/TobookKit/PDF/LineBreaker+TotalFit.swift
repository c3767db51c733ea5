extension LineBreaker {
    /// The breaks with the least total demerits among those that set no line looser than
    /// `tolerance` (an adjustment ratio); nil when every way to break the paragraph does.
    func breaks(_ items: [BreakItem], tolerance: Double) -> [Int]? {
        var pass = TotalFitPass(breaker: self, items: items, tolerance: tolerance)
        return pass.run()
    }
}

/// Widths, stretch and shrink summed from the paragraph's start: a line's natural width and how
/// far it can stretch or shrink are the differences of two totals, so no line is summed twice.
private struct Totals {
    var width = 0.0
    var stretch = 0.0
    var shrink = 0.0

    mutating func add(_ glue: BreakItem) {
        width += glue.width
        stretch += glue.stretch
        shrink += glue.shrink
    }
}

/// A feasible break: where it is, the line it ends, how that line fits, the totals after it and
/// the best way to reach it (its demerits and the break before it).
private struct Node {
    var position: Int
    var line: Int
    /// Fitness class of the line ending here: 0 tight, 1 decent, 2 loose, 3 very loose.
    var fitness: Int
    var totals: Totals
    var demerits: Double
    var flagged: Bool
    var previous: Int
}

/// For each fitness class, the least demerits of a line ending at the break being tried and the
/// node it starts from; in vectors so that trying a break allocates nothing.
private struct Candidates {
    var demerits = SIMD4<Double>(repeating: .infinity)
    var node = SIMD4<Int>(repeating: -1)
}

/// One run of Knuth and Plass's algorithm at one tolerance: walks the items, keeps the active
/// nodes (breaks from which a line may still start), and at every legal break records the best
/// way to reach it per fitness class. Kept per class, not just the best overall, so a tight line
/// is not forced next to a loose one later to save a few demerits now.
private struct TotalFitPass {
    let breaker: LineBreaker
    let items: [BreakItem]
    let tolerance: Double
    var nodes = [
        Node(
            position: 0, line: 0, fitness: 1, totals: Totals(), demerits: 0, flagged: false,
            previous: -1)
    ]
    var active = [0]
    /// The next active list, filled while a break is tried; the two swap, so neither is
    /// reallocated per break.
    var kept: [Int] = []
    var totals = Totals()

    init(breaker: LineBreaker, items: [BreakItem], tolerance: Double) {
        self.breaker = breaker
        self.items = items
        self.tolerance = tolerance
        kept.reserveCapacity(16)
    }

    /// Tries every legal break in turn (a glue after a box, a penalty below `never`); nil as
    /// soon as no active node is left.
    mutating func run() -> [Int]? {
        for index in items.indices {
            let item = items[index]
            switch item.kind {
            case .box:
                totals.width += item.width
                continue
            case .glue:
                if index > 0, items[index - 1].kind == .box { break }
                totals.add(item)
                continue
            case .penalty:
                if item.penalty >= BreakItem.never { continue }
            }
            let best = candidates(breakingAt: index)
            // The kept nodes become the active ones; the old list is reused next time.
            swap(&active, &kept)
            let least = best.demerits.min()
            if least < .infinity { addNodes(best, at: index, least: least) }
            if active.isEmpty { return nil }
            if item.kind == .glue { totals.add(item) }
        }
        return path()
    }

    /// The best active node to start a line ending at `index`, per fitness class. Fills `kept`
    /// with the active nodes that stay active: those whose line is not yet overfull, unless
    /// the break is forced (then no line may start before it).
    mutating func candidates(breakingAt index: Int) -> Candidates {
        let item = items[index]
        let isForced = item.kind == .penalty && item.penalty <= BreakItem.forced
        let breakWidth = item.kind == .penalty ? item.width : 0
        var best = Candidates()
        kept.removeAll(keepingCapacity: true)
        for nodeIndex in active {
            let node = nodes[nodeIndex]
            let ratio = adjustmentRatio(from: node, breakWidth: breakWidth)
            if ratio >= -1 && !isForced { kept.append(nodeIndex) }
            guard ratio >= -1, ratio <= tolerance else { continue }
            let fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3
            let demerits = self.demerits(
                ratio: ratio, fitness: fitness, breakingAt: item, isForced: isForced, after: node)
            if demerits < best.demerits[fitness] {
                best.demerits[fitness] = demerits
                best.node[fitness] = nodeIndex
            }
        }
        return best
    }

    /// How far the line from `node` to the current item must stretch (positive, as a share of
    /// its stretch) or shrink (negative) to fill its width; infinite when it cannot.
    func adjustmentRatio(from node: Node, breakWidth: Double) -> Double {
        let length = totals.width - node.totals.width + breakWidth
        let target = breaker.width(ofLine: node.line)
        if length < target {
            let stretch = totals.stretch - node.totals.stretch
            return stretch > 0 ? (target - length) / stretch : .infinity
        } else if length > target {
            let shrink = totals.shrink - node.totals.shrink
            return shrink > 0 ? (target - length) / shrink : -.infinity
        }
        return 0
    }

    /// The demerits of reaching `item` through `node`: the line's badness and the break's
    /// penalty, squared, plus extra for two hyphens in a row and for a line whose fitness
    /// differs from the one before by more than one class (a tight line under a loose one).
    func demerits(
        ratio: Double, fitness: Int, breakingAt item: BreakItem, isForced: Bool, after node: Node
    ) -> Double {
        let badness = 100 * abs(ratio * ratio * ratio)
        var demerits = (breaker.linePenalty + badness) * (breaker.linePenalty + badness)
        if item.kind == .penalty {
            if item.penalty >= 0 {
                demerits += item.penalty * item.penalty
            } else if !isForced {
                demerits -= item.penalty * item.penalty
            }
        }
        if item.flagged && node.flagged { demerits += breaker.flaggedDemerits }
        if abs(fitness - node.fitness) > 1 { demerits += breaker.fitnessDemerits }
        return demerits + node.demerits
    }

    /// Adds a node at `index` for each fitness class whose best way there is within
    /// `fitnessDemerits` of the best overall; the others could never win later.
    mutating func addNodes(_ best: Candidates, at index: Int, least: Double) {
        let after = totals(afterBreakAt: index)
        for fitness in 0..<4
        where best.node[fitness] >= 0 && best.demerits[fitness] <= least + breaker.fitnessDemerits {
            let from = nodes[best.node[fitness]]
            nodes.append(
                Node(
                    position: index, line: from.line + 1, fitness: fitness, totals: after,
                    demerits: best.demerits[fitness], flagged: items[index].flagged,
                    previous: best.node[fitness]))
            active.append(nodes.count - 1)
        }
    }

    /// The totals at the start of the line after a break at `index`: the glue and penalties
    /// that follow the break vanish, up to the next box or forced break.
    func totals(afterBreakAt index: Int) -> Totals {
        var after = totals
        var next = index
        while next < items.count {
            let following = items[next]
            if following.kind == .box { break }
            if following.kind == .glue {
                after.add(following)
            } else if following.penalty <= BreakItem.forced && next > index {
                break
            }
            next += 1
        }
        return after
    }

    /// The breaks of the best active node at the final item, traced back to the start.
    func path() -> [Int]? {
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
}
