/// Decides which candidates are headings: each candidate's evidence (its own form, its spacing,
/// the document's numbering and shapes, the typed contents list, its neighbours) is weighed by
/// the fitted `HeadingModel`, then each heading gets its level.
///
/// - A few rules (`veto`, and the underline convention) decide before any weighing.
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
            if let veto = veto(decisions[index].candidate) {
                decisions[index].overrule(veto)
            } else if evidence.wholeSequenceLength >= Self.longSequence,
                evidence.contains(.standsAlone), !evidence.contains(.midSentence)
            {
                // I to CLIV, each alone on its line: the one reading of so long an unbroken
                // sequence, whatever the spacing says (which the fitted weights may doubt on a
                // text unlike the corpus).
                decisions[index].rule(
                    "one of \(evidence.wholeSequenceLength) numbers in one unbroken sequence")
            } else if evidence.isSubordinate && !evidence.contains(.midSentence) {
                // Sections 1, 2, 3 of each poem: minor headings, which the levels leave out of
                // the table of contents.
                decisions[index].rule("a section number that starts again under each heading")
            } else {
                decisions[index].judge(evidence, by: model.marked)
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

    /// How many numbers standing alone, from one without a break, make a sequence of headings
    /// by rule.
    static let longSequence = 12

    /// Rules the model does not weigh, for what is never a heading:
    /// - a marker whose title runs on in lower case: "Chapter 1 was the dullest part of it.";
    /// - a run-in number with no sentence end to split its heading at;
    /// - the text's last block, under which nothing follows.
    func veto(_ candidate: HeadingCandidate) -> String? {
        if candidate.block == blocks.count - 1 && !candidate.isAttached {
            return "nothing follows it"
        }
        guard candidate.form.isMarked else { return nil }
        if headingTitle(of: candidate)?.first?.isLowercase == true {
            return "title starts in lower case (a sentence)"
        }
        if candidate.layout == .runIn && RunInHeading.split(candidate.text) == nil {
            return "no sentence end to split the run-in heading at"
        }
        return nil
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

    var isDivision: Bool {
        if case .keyword(_, let rank) = self { return rank == .division }
        return false
    }
}
