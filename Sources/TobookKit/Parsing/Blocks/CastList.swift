/// A play's list of persons ("Dramatis Personæ", "The Persons of the Play"): one entry per
/// person or group, however the text set them. A reflowed edition gives the whole cast as one
/// wrapped paragraph (`HAMLET, Prince of Denmark. CLAUDIUS, King of Denmark, …`); others give
/// a line or a paragraph to each. Either way the book shows one entry per line.
enum CastList {
    /// Whether a line titles a list of persons.
    /// - The Latin and English titles of printed plays are read as such anywhere.
    /// - Plain words ("Characters", "Cast", "Personnages") only in a play, where a novel's
    ///   chapter of that name cannot be meant.
    static func isTitle(_ line: some StringProtocol, inPlay: Bool) -> Bool {
        // The key starts with the line's first letter: a cheap test spares nearly every line
        // the normalising, which is slow (Foundation's trimming, lower-casing a copy).
        guard let first = line.first(where: { !$0.isWhitespace }),
            let initial = first.lowercased().first, initials.contains(initial)
        else { return false }
        // With no closing marks to strip, the key keeps every word of the line that holds a
        // visible ASCII character; no title has more than five words.
        if let last = line.last, !isStripped(last), visibleWords(line, upTo: 6) == 6 {
            return false
        }
        let key = normalized(line)
        return titles.contains(key) || (inPlay && playTitles.contains(key))
    }

    /// The entries of one block of a list of persons, or nil when the block does not read as
    /// one: an entry over 120 characters, or one that does not start with a capital.
    /// - A line break is an entry's end where the line was not wrapped (it ends short of the
    ///   text's width) and the next line starts with a capital.
    /// - Inside a wrapped paragraph an entry ends at a full stop before a capital, unless the
    ///   stop closes a title or an initial (`Mr.`, `K.`), and before a name in capitals that
    ///   follows a word in lower case (`a Soldier OSRIC, Courtier.`: the edition lost a stop).
    static func entries(of lines: ArraySlice<SourceLine>, profile: DocumentProfile) -> [String]? {
        var runs: [[Substring]] = []
        var current: [Substring] = []
        for (line, next) in zip(lines, lines.dropFirst().map(Optional.some) + [nil]) {
            current.append(line.content)
            if let next, next.content.first?.isUppercase == true,
                line.content.last.map({ !",;-".contains($0) }) ?? true,
                profile.isIntentionalBreak(after: line, before: next)
            {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        let entries = runs.flatMap { split(LineJoiner.join($0)) }
        guard !entries.isEmpty,
            entries.allSatisfy({ entry in
                entry.count <= 120
                    && entry.first.map { $0.isUppercase || $0.isNumber } == true
            })
        else { return nil }
        // A few sentences of prose are not a cast: most entries are short.
        guard entries.count <= 2 || entries.count(where: { $0.count <= 60 }) * 2 >= entries.count
        else { return nil }
        return entries
    }

    /// Lines after a list of persons that open the play's next part: `SCENE. Elsinore.`,
    /// `TIME: The Present`.
    static func endsList(_ line: some StringProtocol) -> Bool {
        guard let word = line.split(whereSeparator: { !$0.isLetter }).first else { return false }
        return followers.contains(word.uppercased())
    }

    private static let followers: Set<String> = [
        "SCENE", "SCENES", "ACT", "TIME", "PLACE", "PROLOGUE", "EPILOGUE", "INDUCTION",
        "SZENE", "SCÈNE", "ESCENA", "SCENA", "AKT", "ACTE", "ORT", "ZEIT", "LIEU",
    ]

    /// A wrapped run of entries cut at its entries' ends.
    private static func split(_ text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var entries: [String] = []
        var current: [Substring] = []
        for (index, word) in words.enumerated() {
            if let previous = current.last,
                startsEntry(
                    word, after: previous, next: index + 1 < words.count ? words[index + 1] : nil)
            {
                entries.append(current.joined(separator: " "))
                current = []
            }
            current.append(word)
        }
        if !current.isEmpty { entries.append(current.joined(separator: " ")) }
        return entries
    }

    private static func startsEntry(_ word: Substring, after previous: Substring, next: Substring?)
        -> Bool
    {
        guard let first = word.first, first.isUppercase || first.isNumber else { return false }
        if previous.last == "." {
            let stem = previous.dropLast().filter(\.isLetter)
            return stem.count > 1 && !abbreviations.contains(stem.quickLowercased())
        }
        // `Soldier OSRIC,`: a name in capitals after a word in lower case.
        let name = word.last == "," ? word.dropLast() : word
        return word.last == "," && name.count >= 3 && name.allSatisfy(\.isUppercase)
            && previous.last?.isLowercase == true
    }

    /// Abbreviations whose full stop does not end an entry (`Mr. Smith`).
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "messrs", "dr", "st", "mme", "mlle", "mm", "mons", "rev", "capt", "col",
        "gen", "lt", "sgt", "prof", "jr", "sr", "esq", "bart", "sen", "hon", "no", "viz", "ca",
    ]

    private static func normalized(_ line: some StringProtocol) -> String {
        var text = line.quickLowercased()
        // Searching and replacing is slow; most lines hold neither ligature.
        if text.unicodeScalars.contains(where: { $0 == "æ" || $0 == "œ" }) {
            text = text.replacing("æ", with: "ae").replacing("œ", with: "oe")
        }
        // A note marker after the title (`DRAMATIS PERSONAE<2>`, `[1]`) and closing stops.
        while let last = text.last, isStripped(last) {
            text.removeLast()
            if last == ">", let open = text.lastIndex(of: "<") { text = String(text[..<open]) }
            if last == "]", let open = text.lastIndex(of: "[") { text = String(text[..<open]) }
        }
        return text.split(separator: " ").joined(separator: " ")
            .trimmingBlanks()
    }

    /// A closing stop, note mark or space, taken off the end of a title.
    private static func isStripped(_ character: Character) -> Bool {
        ".:>]0123456789*".contains(character) || character == " "
    }

    /// Runs between spaces that hold a visible ASCII character, counted up to `limit`.
    private static func visibleWords(_ line: some StringProtocol, upTo limit: Int) -> Int {
        var (count, counted) = (0, false)
        for byte in line.utf8 {
            if byte == UInt8(ascii: " ") {
                counted = false
            } else if !counted, byte > 0x20, byte < 0x7F {
                counted = true
                count += 1
                if count == limit { return count }
            }
        }
        return count
    }

    private static let titles: Set<String> = [
        "dramatis personae", "personae dramatis", "persons represented", "the persons represented",
        "persons of the play", "the persons of the play", "persons of the drama",
        "the persons of the drama", "persons in the play", "the persons in the play",
        "persons of the comedy", "persons of the tragedy", "characters in the play",
        "characters of the play", "the characters of the play", "cast of characters",
    ]

    /// The first letters of every title: a line that starts otherwise titles no list.
    private static let initials = Set(titles.union(playTitles).compactMap(\.first))

    private static let playTitles: Set<String> = [
        "characters", "the characters", "cast", "the cast", "persons", "the persons",
        "personnages", "les personnages", "personajes", "personen", "personaggi",
        "interlocutors", "interlocutores", "dramatis personae",
    ]
}
