/// What all candidates together say, read before any decision:
/// - how the document spaces its headings: books set chapters off by a run of blank lines that
///   paragraphs never have (Gutenberg's producers use four above a chapter and two below), and
///   that run is evidence even where no heading has a keyword;
/// - which lines recur word for word: a speaker's name in a play, a running head, "ARGUMENT"
///   above each book's summary. Real headings seldom repeat.
struct CandidateStatistics: Sendable {
    /// The least gap that is wider than the gap between paragraphs.
    let wideGap: Int
    /// The most common gap of at least `wideGap` above title-like candidates, if any.
    let headingGap: Int?
    /// How often each candidate text (normalised) occurs.
    private let textCounts: [String: Int]

    init(_ candidates: [HeadingCandidate], profile: DocumentProfile, detector: HeadingDetector) {
        wideGap = max(2, profile.paragraphGap + 1)
        var counts: [Int: Int] = [:]
        for candidate in candidates where candidate.blanksBefore >= wideGap {
            guard candidate.blanksBefore < 99 else { continue }
            let titleLike =
                candidate.form.isMarked
                ? candidate.layout != .runIn
                : detector.isTitleLike(candidate)
            if titleLike { counts[min(candidate.blanksBefore, 9), default: 0] += 1 }
        }
        // The most common gap; between equally common ones the narrower, which the wider
        // also passes.
        headingGap =
            counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        var texts: [String: Int] = [:]
        for candidate in candidates { texts[Self.key(candidate), default: 0] += 1 }
        textCounts = texts
    }

    /// How many candidates read the same as this one, itself included.
    func occurrences(of candidate: HeadingCandidate) -> Int {
        textCounts[Self.key(candidate)] ?? 1
    }

    private static func key(_ candidate: HeadingCandidate) -> String {
        ContentsList.normalised(candidate.text)
    }

    /// Whether a gap is the document's heading gap (or wider, for the top of a part).
    func isHeadingGap(_ gap: Int) -> Bool {
        guard let headingGap else { return false }
        return gap >= headingGap
    }
}
