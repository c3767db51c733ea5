/// Outline levels from the document's own arrangement of its heading tiers.
///
/// - Keywords rank their tiers: parts over chapters over sections (`HeadingKeywords.Rank`);
///   decimal numbers by their depth (`1` over `1.1` over `1.1.1`).
/// - Otherwise a tier holds another when the other's numbers start again at 1 after each of
///   its headings, or when the other is at least half as frequent again, comes after it and
///   turns up under two or more of its headings (chapters holding marginal headings). A part
///   keyword holds the more frequent tiers that follow it, even when it occurs once.
/// - A tier that occurs once and has no keyword holds nothing: a half-title or a signature
///   above the chapters never pushes them down a level.
/// - Standalone words (preface, epilogue, appendix) sit at the top, beside the parts.
/// - A heading's level is one below the latest heading of any tier holding it; before any such
///   heading has appeared (a prologue before Part One), it stands at the top.
/// - Bare numbers held by a tier other than a part (sections 1, 2, 3 of a poem) are minor
///   headings that the table of contents leaves out; under parts alone they are chapters.
struct HeadingLevels {
    let tiers: [HeadingTier]
    let numbers: [Int?]
    /// Which headings are a number alone, with no title: only they can be minor.
    let bare: [Bool]

    /// Levels and listing for headings in reading order.
    func assign() -> (levels: [Int], listed: [Bool]) {
        let parents = parentTiers()
        var latestLevel: [HeadingTier: Int] = [:]
        var levels: [Int] = []
        var listed: [Bool] = []
        let depths = staticDepths(parents)
        for (tier, isBare) in zip(tiers, bare) {
            var level = 1
            if tier != .standalone {
                let holders = ancestors(of: tier, parents)
                for parent in holders {
                    if let parentLevel = latestLevel[parent] { level = max(level, parentLevel + 1) }
                }
                // Chapters before the first "Part Two" belong to a part one without a heading:
                // they take the depth the later parts give their chapters.
                if level == 1, !holders.isEmpty, holders.allSatisfy({ latestLevel[$0] == nil }) {
                    level = 1 + (depths[tier] ?? 0)
                }
            }
            latestLevel[tier] = level
            levels.append(level)
            let minor = isBare && (parents[tier] ?? []).contains { !$0.isDivision }
            listed.append(!minor)
        }
        return (levels, listed)
    }

    /// Each tier's depth when all its holders are present: the length of its longest chain of
    /// holders.
    private func staticDepths(_ parents: [HeadingTier: Set<HeadingTier>]) -> [HeadingTier: Int] {
        var depths: [HeadingTier: Int] = [:]
        func depth(_ tier: HeadingTier, _ visiting: Set<HeadingTier>) -> Int {
            if let known = depths[tier] { return known }
            let holders = (parents[tier] ?? []).filter { !visiting.contains($0) }
            let value =
                holders.map { depth($0, visiting.union([tier])) + 1 }.max() ?? 0
            depths[tier] = value
            return value
        }
        for tier in Set(tiers) { _ = depth(tier, []) }
        return depths
    }

    /// Each tier's direct holders.
    private func parentTiers() -> [HeadingTier: Set<HeadingTier>] {
        var positions: [HeadingTier: [Int]] = [:]
        for (index, tier) in tiers.enumerated() { positions[tier, default: []].append(index) }
        let order = positions.keys.sorted { positions[$0]![0] < positions[$1]![0] }
        var evidence: [HeadingTier: [HeadingTier: Hold]] = [:]
        for upper in order where upper != .standalone {
            for lower in order where lower != upper && lower != .standalone {
                if let hold = holds(upper, lower, positions) {
                    evidence[lower, default: [:]][upper] = hold
                }
            }
        }
        // Two tiers that would hold each other: the stronger evidence wins, then the rarer tier.
        var parents: [HeadingTier: Set<HeadingTier>] = [:]
        for (lower, uppers) in evidence {
            for (upper, hold) in uppers {
                if let reverse = evidence[upper]?[lower] {
                    if reverse > hold { continue }
                    if reverse == hold
                        && (positions[upper]?.count ?? 0) > (positions[lower]?.count ?? 0)
                    {
                        continue
                    }
                }
                parents[lower, default: []].insert(upper)
            }
        }
        return parents
    }

    /// Why one tier holds another, weakest first.
    enum Hold: Int, Comparable {
        /// The lower tier is more frequent and turns up under several headings of the upper.
        case frequency
        /// A part keyword above a tier without one.
        case division
        /// The lower tier's numbers start again under the upper tier's headings, or keywords
        /// rank the two.
        case structure

        static func < (lhs: Hold, rhs: Hold) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Whether, and why, `upper` holds `lower`.
    private func holds(
        _ upper: HeadingTier, _ lower: HeadingTier, _ positions: [HeadingTier: [Int]]
    )
        -> Hold?
    {
        let ups = positions[upper] ?? []
        let lows = positions[lower] ?? []
        if let high = upper.prior, let low = lower.prior, high != low {
            return high < low ? .structure : nil
        }
        if case .numbered(let styleA, let depthA, _) = upper,
            case .numbered(let styleB, let depthB, _) = lower, depthA != depthB
        {
            return styleA == styleB && depthA < depthB ? .structure : nil
        }
        guard let firstUp = ups.first else { return nil }
        let after = lows.filter { $0 > firstUp }
        guard after.count * 5 >= lows.count * 4 else { return nil }
        if restarts(lower, under: ups) { return .structure }
        // Words outrank the lack of them: only restarting numbers put a tier without a
        // keyword above one with.
        if lower.prior != nil && upper.prior == nil { return nil }
        if upper.isDivision && lower.prior == nil && lows.count > ups.count { return .division }
        // Numbers alone on their lines inside a recurring division are its sections, however
        // few ("I.", "II.", "III." inside one of twelve stories); other tiers must be half as
        // frequent again to be held.
        guard upper.strength <= lower.strength, ups.count >= 2,
            lower.isUntitledNumber || lows.count * 2 >= ups.count * 3
        else { return nil }
        // Under how many of the upper tier's headings the lower tier turns up.
        var spans = Set<Int>()
        for position in after {
            let span = ups.lastIndex { $0 < position } ?? 0
            spans.insert(span)
        }
        return spans.count >= 2 ? .frequency : nil
    }

    /// Whether the lower tier's numbers start again at 1 right after a heading of the upper
    /// tier, having risen above 1 before it.
    private func restarts(_ lower: HeadingTier, under ups: [Int]) -> Bool {
        var previous: Int?
        var upIndex = 0
        var restartCount = 0
        for (index, tier) in tiers.enumerated() where tier == lower {
            guard let value = numbers[index] else { continue }
            var sawUpper = false
            while upIndex < ups.count && ups[upIndex] < index {
                sawUpper = true
                upIndex += 1
            }
            if sawUpper, value <= 1, let previous, previous > 1 { restartCount += 1 }
            previous = value
        }
        return restartCount >= 1
    }

    private func ancestors(of tier: HeadingTier, _ parents: [HeadingTier: Set<HeadingTier>])
        -> Set<HeadingTier>
    {
        var found = Set<HeadingTier>()
        var queue = Array(parents[tier] ?? [])
        while let next = queue.popLast() {
            guard next != tier, found.insert(next).inserted else { continue }
            queue += parents[next] ?? []
        }
        return found
    }
}
