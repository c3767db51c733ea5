/// Decides which candidates are headings: each candidate's evidence (its own form, its spacing,
/// the document's numbering and shapes, the typed contents list, its neighbours) is weighed by
/// the fitted `HeadingModel`, then each heading gets its level.
///
/// - Stage 1 weighs marked candidates (keyword, number, standalone word), whose numbers and
///   repeated shapes speak for each other.
/// - Number lines with a title line under them take it as their subtitle.
/// - Stage 2 weighs unmarked lines (no keyword, no number) against what stage 1 found: the
///   accepted headings' spacing and indent, the part above, the contents list. In a text with
///   no marked headings at all (an article, a story collection), the document's own spacing of
///   short lines speaks instead.
struct HeadingDetector {
    static let dialogueOpeners: Set<Unicode.Scalar> = [
        "\"", "'", "“", "‘", "„", "‚", "«", "»", "‹", "›", "—", "–", "-", "(", "[",
    ]
    static let clauseEndings: Set<Unicode.Scalar> = [".", ",", ";", ":", "。", "，", "；", "："]

    let table: LineTable
    let blocks: [Range<Int>]
    let profile: DocumentProfile
    let contents: ContentsList?
    /// Gutenberg books open with a transcribed title page, whose lines are not headings.
    let hasFrontMatter: Bool
    let model: HeadingModel

    func decide(_ candidates: [HeadingCandidate]) -> [HeadingDecision] {
        var decisions = candidates.map { HeadingDecision(candidate: $0) }
        let statistics = CandidateStatistics(candidates, profile: profile, detector: self)
        let marked = decisions.indices.filter { decisions[$0].candidate.form.isMarked }
        let markedEvidence = evidenceForMarked(decisions.map(\.candidate), marked, statistics)
        for (index, evidence) in zip(marked, markedEvidence) {
            decisions[index].judge(evidence, by: model.marked)
        }
        // A number line with no title whose "title" was a run-in sentence is not a heading.
        for index in marked
        where decisions[index].candidate.layout == .runIn && decisions[index].isHeading {
            if RunInHeading.split(decisions[index].candidate.text) == nil {
                decisions[index].overrule("no sentence end to split the run-in heading at")
            }
        }
        mergeTitleLines(&decisions)
        let unmarked = decisions.indices.filter {
            !decisions[$0].candidate.form.isMarked && !decisions[$0].isMerged
        }
        scoreUnmarked(&decisions, unmarked, statistics)
        assignLevels(&decisions)
        return decisions
    }

    /// The contents list's word on a candidate: its keyword and number, or its text.
    func isConfirmed(_ candidate: HeadingCandidate) -> Bool {
        guard let contents else { return false }
        if case .keyword(let word, _) = candidate.form.kind, let numeral = candidate.form.numeral,
            contents.markers.contains(ContentsList.Marker(word: word, value: numeral.value))
        {
            return true
        }
        return contents.confirms(candidate.text)
            || candidate.subtitle.map { contents.confirms($0) } == true
    }
}

extension HeadingForm.Kind {
    var isKeyword: Bool {
        if case .keyword = self { return true }
        return false
    }

    var isStandalone: Bool {
        if case .standalone = self { return true }
        return false
    }

    var isChapterKeyword: Bool {
        if case .keyword(_, let rank) = self { return rank == .chapter }
        return false
    }
}
