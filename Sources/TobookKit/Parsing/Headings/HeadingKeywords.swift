/// Words that name a division of a book, by rank, in English, German, French, Spanish, Italian
/// and Russian. The rank orders the outline: parts hold chapters, chapters hold sections.
enum HeadingKeywords {
    enum Rank: Int, Comparable, Sendable {
        /// Part, book, volume, act.
        case division = 1
        /// Chapter, scene, letter, stave, canto.
        case chapter = 2
        /// Section, paragraph of a manual.
        case section = 3

        static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Keywords that need a number: "CHAPTER IV", "Part 2", "Kapitel 3", "Глава 1".
    static let numbered: [String: Rank] = {
        var table: [String: Rank] = [:]
        for word in [
            "part", "book", "volume", "act", "teil", "buch", "band", "partie", "livre", "tome",
            "parte", "libro", "volumen", "часть", "книга", "том", "действие", "vol",
        ] { table[word] = .division }
        for word in [
            "chapter", "scene", "letter", "stave", "canto", "kapitel", "szene", "brief", "chapitre",
            "scène", "lettre", "capítulo", "capitulo", "escena", "carta", "capitolo", "scena",
            "lettera", "глава", "сцена", "явление", "письмо", "chap",
        ] { table[word] = .chapter }
        for word in [
            "section", "abschnitt", "paragraphe", "sección", "seccion", "sezione", "раздел", "sect",
        ] {
            table[word] = .section
        }
        return table
    }()

    /// The numbered keywords in capitals, for "BOOKXXXV." (keyword glued to its number).
    static let upperCaseNumbered: [(String, String, [UInt8], Rank)] = numbered.map {
        ($0.key, $0.key.uppercased(), Array($0.key.uppercased().utf8), $0.value)
    }
    .sorted { $0.0 < $1.0 }

    /// Keywords that stand alone: "Preface", "EPILOGUE", "Appendix: Notes", "Nachwort".
    static let standalone: Set<String> = [
        "prologue", "prolog", "epilogue", "epilog", "preface", "foreword", "introduction",
        "afterword", "appendix", "postscript", "conclusion", "interlude", "dedication",
        "acknowledgements", "acknowledgments", "glossary", "vorwort", "nachwort", "einleitung",
        "anhang", "schluss", "préface", "avant-propos", "épilogue", "annexe", "postface",
        "prólogo", "epílogo", "prefacio", "introducción", "apéndice", "prologo", "epilogo",
        "prefazione", "introduzione", "appendice", "пролог", "эпилог", "предисловие",
        "послесловие", "введение", "заключение", "приложение",
    ]

    /// Chinese headings: 第十二章, 第三卷, 序章, 楔子 (Legado's rule set, narrowed).
    static let chineseDivisionMarks: [Character: Rank] = [
        "卷": .division, "部": .division, "集": .division, "篇": .division, "章": .chapter,
        "回": .chapter, "节": .section, "節": .section,
    ]
    static let chineseStandalone: Set<String> = [
        "序章", "楔子", "序言", "引子", "尾声", "后记", "後記", "番外", "终章",
    ]
}
