/// Decides which candidates are headings, by scoring each from its own features and from the
/// document's consistency, then gives each heading its level.
///
/// - Pass 1 scores marked candidates (keyword, number, standalone word). Numbers that rise
///   within one shape, a shape that repeats, and standing alone between blank lines count for
///   it; a number in mid-sentence (a page number), list-like runs and sentence-like titles count
///   against it.
/// - Pass 2 scores unmarked lines (no keyword, no number) only against what pass 1 found: a
///   centred or capitalised line, a wider gap above than between paragraphs, the same spacing
///   as the accepted headings, or an entry of the typed contents list. In a text with no marked
///   headings at all (an article), a short line between paragraphs is enough.
/// - A score of 4 or more makes a heading.
struct HeadingDetector {
    static let threshold = 4.0
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

    func decide(_ candidates: [HeadingCandidate]) -> [HeadingDecision] {
        var decisions = candidates.map { HeadingDecision(candidate: $0) }
        let marked = decisions.indices.filter { decisions[$0].candidate.form.isMarked }
        scoreMarked(&decisions, marked)
        mergeTitleLines(&decisions)
        let unmarked = decisions.indices.filter {
            !decisions[$0].candidate.form.isMarked && !decisions[$0].isMerged
        }
        scoreUnmarked(&decisions, unmarked)
        assignLevels(&decisions)
        return decisions
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
