/// One piece of evidence about a heading candidate, as the fitted model weighs it. The raw
/// value is the name the training script and the weight table use, so it must not change
/// without refitting (`make train`).
enum HeadingFeature: String, CaseIterable, Sendable {
    // What the line says: a keyword and number, a number, a standalone word.
    case keywordDivision = "keyword_division"
    case keywordChapter = "keyword_chapter"
    case keywordSection = "keyword_section"
    case keywordWithTitle = "keyword_with_title"
    case standaloneKeyword = "standalone_keyword"
    case labelledNumber = "labelled_number"
    case numberedTitle = "numbered_title"
    case bareNumber = "bare_number"
    // How it stands: alone between blank lines, or with its text right under it.
    case standsAlone = "stands_alone"
    case attached = "attached"
    case attachedAloneInShape = "attached_alone_in_shape"
    case runInTitle = "run_in_title"
    case numberOverTitle = "number_over_title"
    case underlined = "underlined"
    case secondLine = "second_line"
    case gapWide = "gap_wide"
    case gapLikeHeadings = "gap_like_headings"
    case noWideGaps = "no_wide_gaps"
    case centred = "centred"
    case indented = "indented"
    // Its letters and punctuation.
    case allCapitals = "all_capitals"
    case titleCase = "title_case"
    case endsFullStop = "ends_full_stop"
    case capitalisedFullStop = "capitalised_full_stop"
    case endsClause = "ends_clause"
    case endsQuestion = "ends_question"
    case dialogueOpener = "dialogue_opener"
    case quotedTitle = "quoted_title"
    case twoSentences = "two_sentences"
    case oneWord = "one_word"
    case manyWords = "many_words"
    case proseLength = "prose_length"
    case codeLike = "code_like"
    case repeatedText = "repeated_text"
    case titleSentence = "title_sentence"
    case titleLong = "title_long"
    // Its place among the others: shapes that repeat, numbers that rise.
    case shapeRepeats = "shape_repeats"
    case followsPrevious = "follows_previous"
    case sequenceRun = "sequence_run"
    case wholeSequence = "whole_sequence"
    case startsAtOne = "starts_at_one"
    case restartsAtOne = "restarts_at_one"
    case continuesStyle = "continues_style"
    case outOfSequence = "out_of_sequence"
    case listLike = "list_like"
    case midSentence = "mid_sentence"
    // Its neighbours and the document around it.
    case inContents = "in_contents"
    case shortRun = "short_run"
    case betweenParagraphs = "between_paragraphs"
    case articleBetweenParagraphs = "article_between_paragraphs"
    /// A short line with no sentence end between a web paste's paragraphs (where no gap and
    /// no wrap width can speak for a heading).
    case pasteBetweenParagraphs = "paste_between_paragraphs"
    /// A question or exclamation standing alone in a web paste: a section heading there
    /// ("What can you do?"), where in a novel it is dialogue.
    case pasteQuestion = "paste_question"
    case beforeFirstHeading = "before_first_heading"
    case underPart = "under_part"
    case spacedLikeHeadings = "spaced_like_headings"
    case paragraphAboveOpen = "paragraph_above_open"
    case proseFollows = "prose_follows"
}

/// The evidence found for one candidate: each feature present, its value (most are 1), and the
/// words `--outline` shows for it.
struct HeadingEvidence: Equatable, Sendable {
    struct Item: Equatable, Sendable {
        let feature: HeadingFeature
        let value: Double
        let text: String
    }

    private(set) var items: [Item] = []
    /// A number of a sequence that restarts under other headings (a poem's sections): the
    /// training tool leaves it out, since tables of contents, and so the truth, never list it.
    var isSubordinate = false
    /// The length of the unbroken sequence, from one, that this number's shape makes in the
    /// whole text (0 when it makes none).
    var wholeSequenceLength = 0

    mutating func add(_ feature: HeadingFeature, _ text: String, value: Double = 1) {
        items.append(Item(feature: feature, value: value, text: text))
    }

    func contains(_ feature: HeadingFeature) -> Bool {
        items.contains { $0.feature == feature }
    }
}
