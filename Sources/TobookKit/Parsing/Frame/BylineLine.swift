/// A by-line under an article's title, in the forms sites print: "By Jane Doe", "BY JANE DOE",
/// "Von Lars Weber · 3. März 2019", "Jane Doe | March 3, 2019", "Jane Doe, Nov. 20, 2019",
/// "Jane Doe and John Roe", or (where the caller allows it) the bare name alone. The names go
/// to `dc:creator` and the date to `dc:date`; the line itself stays on the title page as
/// printed, so no word is lost.
struct BylineLine: Equatable, Sendable {
    var names: [String]
    var date: DateLine?

    /// By-line words in English, German, French, Spanish/Portuguese, Italian and Dutch.
    static let bylineWords: Set<String> = ["by", "von", "par", "por", "di", "door", "av", "af"]
    /// Labels written before a name with a colon ("Author: …", "著者：…", "文：…").
    static let nameLabels: Set<String> = [
        "author", "authors", "autor", "autorin", "auteur", "autore", "text", "written by",
        "著者", "文", "記者", "作者", "筆者",
    ]

    /// - Parameter allowsBareName: whether a line that is only a name counts (it does right
    ///   under a title, not in the middle of a text).
    init?(_ line: Substring, allowsBareName: Bool) {
        guard line.count <= 120, !line.isEmpty else { return nil }
        var rest = line[...]
        var marked = false
        if let space = rest.firstIndex(of: " "),
            Self.bylineWords.contains(rest[..<space].quickLowercased())
        {
            rest = rest[rest.index(after: space)...]
            marked = true
        } else if let colon = rest.firstIndex(where: { $0 == ":" || $0 == "：" }),
            Self.nameLabels.contains(rest[..<colon].quickLowercased())
        {
            rest = rest[rest.index(after: colon)...]
            marked = true
        }
        guard marked || allowsBareName else { return nil }
        // The name part ends where a separator introduces a date (or an e-mail address).
        var namePart = rest
        var date: DateLine?
        if let cut = Self.dateCut(in: rest) {
            namePart = rest[..<cut.separator]
            date = cut.date
        }
        namePart = namePart.trimmingTextWhitespace()
        // A bare line ending in a comma is a salutation ("Liebe Leserin,"), not a name.
        while marked || date != nil, let last = namePart.last,
            last == "," || last == "." || last == "|" || last == "·"
        {
            namePart = namePart.dropLast().trimmingTextWhitespace()
        }
        guard let names = Self.names(in: namePart, strict: !marked) else { return nil }
        self.names = names
        self.date = date
    }

    /// The first separator after which the rest of the line reads as a date.
    private static func dateCut(in text: Substring) -> (
        separator: Substring.Index, date: DateLine?
    )? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "|" || character == "·" || character == "•" || character == ","
                || character == "—" || character == "–" || character == "/"
            {
                let after = text[text.index(after: index)...].trimmingTextWhitespace()
                if !after.isEmpty, let date = DateLine(after) { return (index, date) }
                // "Mike Cason | mcason@al.com": the address is no part of the name.
                if character == "|", after.contains("@"), !after.contains(" ") {
                    return (index, nil)
                }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Joining words between names.
    private static let conjunctions: Set<String> = [
        "and", "und", "et", "y", "e", "&", "i", "og", "en", "och", "und,", "and,",
    ]
    /// Words no personal name holds: a short capitalised line made of them is a heading or a
    /// phrase ("Getting Started", "A Novel", "Top Stories").
    private static let notNameWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "for", "on", "with", "at", "from", "how", "what",
        "why", "when", "where", "who", "my", "your", "our", "this", "that", "is", "are", "was",
        "be", "new", "top", "best", "all", "about", "more", "part", "chapter", "section",
        "introduction", "conclusion", "summary", "notes", "getting", "started", "news", "home",
        "contents", "story", "stories", "photo", "photos", "image", "video", "related", "share",
        "ein", "eine", "mit", "für", "über", "im", "zum", "zur", "les", "des", "un", "une",
        "pour", "avec", "sur", "dans", "los", "las", "una", "para", "con", "gli", "per",
    ]

    /// Lower-case particles inside names ("Lisa de Moraes", "Ludwig van Beethoven").
    private static let particles: Set<String> = [
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
        "le", "la", "bin", "al", "ibn", "ter", "zu", "y",
    ]

    /// Names separated by commas and "and"; each 1–5 words that start with a capital (or are
    /// particles), with no digits and no sentence end. Strict (bare) lines also need two
    /// words in the first name and at most three names, so a lone capitalised word ("Photos")
    /// or a short sentence fragment is not taken for an author.
    static func names(in text: Substring, strict: Bool) -> [String]? {
        guard !text.isEmpty, text.count <= 80,
            !text.contains(where: { $0.isNumber || "!?:;|\"“”«»()[]@/".contains($0) })
        else { return nil }
        if strict && text.last == "," { return nil }
        if let last = text.last, last == "." && !strict {
            // "By J. Doe Jr." is fine; a bare line ending in a full stop is a sentence.
        } else if text.last == "." {
            return nil
        }
        var names: [String] = []
        var current: [Substring] = []
        func close() -> Bool {
            guard !current.isEmpty else { return true }
            guard current.count <= 5 else { return false }
            names.append(current.joined(separator: " "))
            current = []
            return true
        }
        for piece in text.split(separator: " ") {
            var word = piece
            var endsName = false
            if word.last == "," {
                word = word.dropLast()
                endsName = true
            }
            if conjunctions.contains(word.quickLowercased()) {
                guard close() else { return nil }
                continue
            }
            guard let first = word.first else { continue }
            guard
                first.isUppercase || !first.isCased || particles.contains(word.quickLowercased())
                    || word.count == 1 || (!strict && !current.isEmpty)
            else { return nil }
            current.append(word)
            if endsName { guard close() else { return nil } }
        }
        guard close(), !names.isEmpty else { return nil }
        if strict {
            // A name in a script without case ("小暮ひさのり") is one word of a few letters.
            let uncased = text.count <= 8 && text.allSatisfy { $0.isLetter && !$0.isCased }
            guard names.count <= 3, names[0].split(separator: " ").count >= 2 || uncased,
                names.allSatisfy({ $0.split(separator: " ").count <= 4 }),
                !names.contains(where: { name in
                    name.split(separator: " ").contains {
                        notNameWords.contains($0.quickLowercased())
                    }
                })
            else { return nil }
        }
        return names.map(Self.titleCased)
    }

    /// "JANE DOE" → "Jane Doe": a name printed in capitals is stored as a name is written.
    private static func titleCased(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else {
            return name
        }
        return name.split(separator: " ").map { word in
            word.prefix(1) + word.dropFirst().quickLowercased()
        }.joined(separator: " ")
    }
}
