/// Outline levels, from the tiers the accepted headings fall into (see `HeadingLevels`).
extension HeadingDetector {
    func assignLevels(_ decisions: inout [HeadingDecision]) {
        let headings = decisions.indices.filter { decisions[$0].isHeading }
        let levels = HeadingLevels(
            tiers: headings.map { HeadingTier(decisions[$0].candidate) },
            numbers: headings.map { decisions[$0].candidate.form.numeral?.value },
            bare: headings.map {
                decisions[$0].candidate.form.kind == .bareNumber
                    && decisions[$0].candidate.subtitle == nil
            }
        ).assign()
        for (position, index) in headings.enumerated() {
            decisions[index].level = levels.levels[position]
            decisions[index].listed = levels.listed[position]
        }
    }
}
