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

    /// Indices of the items where lines end (a glue or penalty), the last being the final item.
    /// The items must end with a forced break.
    func breaks(_ items: [BreakItem]) -> [Int] {
        guard !items.isEmpty else { return [] }
        for tolerance in tolerances {
            if let found = breaks(items, tolerance: tolerance) { return found }
        }
        return firstFit(items)
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
