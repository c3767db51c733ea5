/// Outline levels from ranks.
extension HeadingDetector {
    /// Ranks from the keywords (parts over chapters over sections); a standalone word ranks
    /// as a part when the chapters after it start again at 1; a bare number under a titled
    /// chapter is a minor heading left out of the contents. Ranks in use become levels 1, 2, 3.
    func assignLevels(_ decisions: inout [HeadingDecision]) {
        let headings = decisions.indices.filter { decisions[$0].isHeading }
        var sawChapter = false
        for (position, index) in headings.enumerated() {
            let candidate = decisions[index].candidate
            var rank: HeadingKeywords.Rank = .chapter
            switch candidate.form.kind {
            case .keyword(_, let keywordRank): rank = keywordRank
            case .standalone:
                let next = headings.dropFirst(position + 1).first.map { decisions[$0] }
                if sawChapter, let next, next.candidate.form.kind.isChapterKeyword,
                    (next.candidate.form.numeral?.value ?? 2) <= 1
                {
                    rank = .division
                }
            case .bareNumber:
                let parent = headings.prefix(position).last {
                    decisions[$0].candidate.form.kind != .bareNumber
                }
                if let parent, decisions[parent].rank != .division {
                    rank = .section
                    decisions[index].listed = false
                }
            default:
                if case .setext(let setextRank) = candidate.layout { rank = setextRank }
            }
            decisions[index].rank = rank
            if rank == .chapter { sawChapter = true }
        }
        let ranks = Set(headings.filter { decisions[$0].listed }.map { decisions[$0].rank })
            .sorted()
        var lastLevel = 1
        for index in headings {
            if decisions[index].listed {
                let level = (ranks.firstIndex(of: decisions[index].rank) ?? 0) + 1
                decisions[index].level = level
                lastLevel = level
            } else {
                decisions[index].level = lastLevel + 1
            }
        }
    }
}
