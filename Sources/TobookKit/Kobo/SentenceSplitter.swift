/// Where sentences start in a run of text, for Kobo's sentence spans (`KoboMarkup`).
///
/// kepubify cuts after every `.`, `!` or `?` with at most one closing quote and then
/// whitespace (`.*?[.!?]['"”’“…]?\s+`). This follows it, with these exceptions, each so that a
/// span holds a sentence a reader would call one (Kobo highlights and counts by span):
/// - any run of closers after the stop stays with it (`.’”`, `?)`, French `. »` across a
///   no-break space), not only one;
/// - no cut when the next word starts with a small letter: `“Why?” he asked.` is one sentence,
///   and so is `Wait… no.`;
/// - no cut after a known abbreviation (`Mr.`, `Dr.`, `St.`) or a single letter (`J. R.
///   Tolkien`, `Chapter I. Down`);
/// - no cut before the sentence has a letter, so a label such as `1. ` stays with its text,
///   nor after a number ending a sentence of two words at most (`Chapter 1. Loomings`,
///   `Part IV. The End`): a heading's label, not a sentence.
///
/// Whitespace after a stop belongs to the sentence it ends, as in kepubify, so the spans of a
/// paragraph follow one another with nothing between them.
enum SentenceSplitter {
    /// The offsets at which a new sentence starts, in increasing order; never 0 nor the end.
    static func boundaries(in text: [Unicode.Scalar]) -> [Int] {
        var boundaries: [Int] = []
        var sentenceStart = 0
        var index = 0
        while index < text.count {
            guard isStop(text[index]) else {
                index += 1
                continue
            }
            let stop = index
            var end = stop + 1
            while end < text.count && isStop(text[end]) { end += 1 }
            end = afterClosers(text, from: end)
            var next = end
            while next < text.count && isBreakingSpace(text[next]) { next += 1 }
            index = max(next, stop + 1)
            guard next > end, next < text.count,
                startsSentence(text[next]),
                !isAbbreviation(text, endingAt: stop),
                !isNumberLabel(text[sentenceStart..<stop]),
                text[sentenceStart..<stop].contains(where: \.properties.isAlphabetic)
            else { continue }
            boundaries.append(next)
            sentenceStart = next
        }
        return boundaries
    }

    /// The sentences of `text`, each with the whitespace after it: for tests and diagnostics.
    static func sentences(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [String] = []
        var start = 0
        for boundary in boundaries(in: scalars) + [scalars.count] {
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<boundary])
            pieces.append(String(piece))
            start = boundary
        }
        return pieces
    }

    /// A full stop, question or exclamation mark, or an ellipsis.
    static func isStop(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", "\u{203D}": true
        default: false
        }
    }

    /// What may close a sentence after its stop: quotes (the opening ones too, which careless
    /// texts put there, as kepubify allows), brackets and guillemets.
    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", ")", "]", "\u{2019}", "\u{201D}", "\u{201C}", "\u{2018}", "\u{00BB}",
            "\u{203A}", "\u{00AB}":
            true
        default: false
        }
    }

    /// The offset after the closers from `start`; a no-break space may stand before a closer
    /// (French `« Non. »`).
    private static func afterClosers(_ text: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < text.count {
            if isCloser(text[end]) {
                end += 1
            } else if isNoBreakSpace(text[end]), end + 1 < text.count, isCloser(text[end + 1]) {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// Whitespace a line may break at: not the no-break spaces, which bind what they join.
    private static func isBreakingSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace && !isNoBreakSpace(scalar)
    }

    private static func isNoBreakSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{00A0}" || scalar == "\u{2007}" || scalar == "\u{202F}"
    }

    /// A capital (or caseless) letter, a digit or an opening quote or bracket: not a small
    /// letter, nor punctuation that carries the sentence on (`, ; :`, `. . .`, a dash).
    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return !properties.isLowercase }
        return properties.numericType != nil || openers.contains(scalar)
    }

    /// Quotes and brackets that open a sentence (`»` opens in German but closes in French,
    /// where a no-break space comes before it: left out, a missed cut costs less).
    private static let openers: Set<Unicode.Scalar> = [
        "\"", "'", "(", "[", "\u{201C}", "\u{2018}", "\u{201E}", "\u{201A}", "\u{00AB}",
        "\u{00BF}", "\u{00A1}",
    ]

    /// Titles and references that a full stop follows inside a sentence, lower-cased. Words
    /// that often end one (`etc.`, `No.`, `usw.`) are left out: a missed cut costs less.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "st", "jr", "sr", "prof", "rev", "hon", "gen", "col",
        "capt", "lt", "sgt", "maj", "esq", "mme", "mlle", "mons", "vs", "viz", "cf", "ca", "vol",
        "ch", "chap", "fig", "pp", "ed", "nr", "hr", "fr", "bzw", "vgl", "ibid", "e.g", "i.e",
        "z.b", "d.h", "u.a",
    ]

    /// Whether `sentence` is at most two words, the last a number in digits or capital Roman
    /// numerals.
    private static func isNumberLabel(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = sentence.split { isBreakingSpace($0) || isNoBreakSpace($0) }
        guard let last = words.last, words.count <= 2 else { return false }
        let roman: Set<Unicode.Scalar> = ["I", "V", "X", "L", "C", "D", "M"]
        return last.allSatisfy { ("0"..."9").contains($0) }
            || last.allSatisfy { roman.contains($0) }
    }

    /// Whether the word before the stop at `stop` is an abbreviation or a single letter.
    private static func isAbbreviation(_ text: [Unicode.Scalar], endingAt stop: Int) -> Bool {
        guard text[stop] == "." else { return false }
        var start = stop
        while start > 0 && (text[start - 1].properties.isAlphabetic || text[start - 1] == ".") {
            start -= 1
        }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: text[start..<stop])
        let letters = word.filter { $0 != "." }
        if letters.count == 1 { return true }
        return abbreviations.contains(String(word).lowercased())
    }
}
