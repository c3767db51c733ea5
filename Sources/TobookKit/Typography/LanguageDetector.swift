/// Guesses a text's language: from its script (Cyrillic, Greek, Han, kana, Hangul, Arabic,
/// Hebrew, Thai, Devanagari), and for Latin script by scoring the commonest short words of
/// each language over samples spread across the whole text.
struct LanguageDetector: Sendable {
    struct Guess: Equatable, Sendable {
        /// A BCP 47 primary language tag.
        let language: String
        /// Whether the evidence was clear; when not, callers fall back to English and warn.
        let isConfident: Bool
    }

    /// Characters sampled from the text (in up to 40 slices spread over it).
    static let sampleSize = 40_000

    func detect(_ text: String) -> Guess {
        let sample = Self.sample(of: text)
        var scripts: [Script: Int] = [:]
        var letters = 0
        for scalar in sample.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if let script = Script(scalar) { scripts[script, default: 0] += 1 }
        }
        guard letters >= 20 else { return Guess(language: "en", isConfident: false) }
        let cjk = (scripts[.han] ?? 0) + (scripts[.kana] ?? 0)
        // A Han or kana character carries about as much as a Latin word of four letters: a
        // Japanese article full of "WebAssembly" and "DOM" is still Japanese.
        if cjk * 4 >= letters - cjk {
            return Guess(
                language: Script.han.language(in: sample, counts: scripts), isConfident: true)
        }
        if let (script, count) = scripts.max(by: { $0.value < $1.value }), count * 2 >= letters {
            return Guess(language: script.language(in: sample, counts: scripts), isConfident: true)
        }
        return latin(sample)
    }

    /// Stop-word shares per language; the winner must lead clearly.
    private func latin(_ sample: String) -> Guess {
        var counts: [String: Int] = [:]
        var total = 0
        for word in sample.quickLowercased().split(whereSeparator: {
            !$0.isLetter && $0 != "'" && $0 != "’"
        }) {
            total += 1
            for (language, words) in Self.stopWords where words.contains(String(word)) {
                counts[language, default: 0] += 1
            }
        }
        let ranked = counts.sorted {
            $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key)
        }
        guard let best = ranked.first, total > 0 else {
            return Guess(language: "en", isConfident: false)
        }
        let second = ranked.dropFirst().first?.value ?? 0
        let share = Double(best.value) / Double(total)
        let confident =
            share >= 0.12 && Double(best.value) >= Double(second) * 1.25 && best.value >= 4
        return Guess(language: best.key, isConfident: confident)
    }

    /// Slices from the beginning, middle and end, so a long front matter or a foreign preface
    /// does not decide.
    static func sample(of text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count > sampleSize else { return text }
        let slices = 40
        let sliceLength = sampleSize / slices
        var sample = ""
        for slice in 0..<slices {
            let offset = (utf8.count - sliceLength) * slice / (slices - 1)
            var start = utf8.index(utf8.startIndex, offsetBy: offset)
            while start < utf8.endIndex, UTF8.isContinuation(utf8[start]) {
                start = utf8.index(after: start)
            }
            var end =
                utf8.index(start, offsetBy: sliceLength, limitedBy: utf8.endIndex) ?? utf8.endIndex
            while end < utf8.endIndex, UTF8.isContinuation(utf8[end]) {
                end = utf8.index(after: end)
            }
            sample += String(text[start..<end]) + " "
        }
        return sample
    }

    /// The most frequent short words, which differ sharply between languages.
    static let stopWords: [String: Set<String>] = [
        "en": [
            "the", "and", "of", "to", "a", "in", "that", "is", "was", "he", "for", "it", "with",
            "as",
            "his", "on", "be", "at", "by", "i", "this", "had", "not", "are", "but", "from", "or",
            "have",
            "they", "which", "you", "were", "her", "she", "there", "would", "their", "we", "him",
            "been",
            "what", "when", "who", "will", "my", "one", "all", "so", "an", "if", "do", "into",
            "said",
        ],
        "de": [
            "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf",
            "für",
            "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "er", "so",
            "dass",
            "daß", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie",
            "einem",
            "über", "einen", "aber", "ich", "hatte", "war", "nur", "oder", "aus", "wenn", "was",
            "ihm",
            "ihr", "schon", "wieder", "doch",
        ],
        "fr": [
            "de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est", "pour",
            "qui",
            "dans", "a", "par", "plus", "pas", "au", "sur", "ne", "se", "ce", "il", "sont", "avec",
            "son", "elle", "mais", "nous", "vous", "je", "on", "leur", "aux", "était", "lui", "ses",
            "cette", "tout", "comme", "bien", "sa", "y", "été", "ou", "même", "où", "avait",
        ],
        "es": [
            "de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para",
            "con", "no", "una", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "o",
            "fue",
            "este", "ha", "sí", "porque", "esta", "son", "entre", "está", "cuando", "muy", "sin",
            "sobre", "también", "me", "hasta", "hay", "donde", "quien", "desde", "todo", "nos",
            "era",
        ],
        "it": [
            "di", "e", "il", "la", "che", "a", "per", "un", "in", "è", "non", "una", "del", "della",
            "si", "le", "con", "da", "i", "gli", "lo", "al", "ma", "come", "anche", "più", "sono",
            "nel", "alla", "dei", "se", "ha", "era", "questo", "suo", "sua", "delle", "cui", "ci",
            "quando", "tutto", "molto", "poi", "ancora", "essere", "aveva", "mi", "io", "lui",
            "dove",
        ],
        "nl": [
            "de", "en", "van", "het", "een", "in", "is", "dat", "op", "te", "zijn", "met", "voor",
            "niet", "die", "aan", "er", "ook", "als", "maar", "om", "bij", "door", "naar", "dan",
            "wat", "nog", "ze", "zij", "hij", "was", "werd", "worden", "kan", "heeft", "wordt",
            "uit",
            "tot", "ik", "je", "over", "wel", "geen", "had", "hem", "haar", "onze", "deze", "zou",
            "mijn",
        ],
        "pt": [
            "de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não", "uma",
            "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele",
            "das", "tem", "à", "seu", "sua", "ou", "ser", "quando", "muito", "há", "nos", "já",
            "está",
            "eu", "também", "só", "pelo", "pela", "até", "isso", "ela", "entre", "era", "depois",
            "sem", "mesmo", "aos", "ter", "seus", "quem", "nas", "me", "esse", "eles", "você",
            "essa",
            "num", "nem", "suas", "meu", "às", "minha", "numa", "pelos", "elas",
        ],
        "sv": [
            "och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den",
            "har", "de", "inte", "om", "ett", "han", "men", "var", "jag", "sig", "från", "vi", "så",
            "kan", "man", "när", "år", "säger", "hon", "under", "också", "efter", "eller", "nu",
            "sin", "där", "vid", "mot", "ska", "skulle", "kommer", "ut", "får", "finns", "vara",
            "hade", "alla",
        ],
        "pl": [
            "w", "i", "na", "z", "do", "nie", "się", "że", "to", "jest", "o", "jak", "a", "po",
            "co",
            "tak", "za", "od", "ale", "przez", "jego", "ich", "już", "tylko", "był", "była", "było",
            "dla", "jej", "czy", "mu", "go", "przy", "on", "ona", "ze", "tym", "pod", "może",
            "bardzo",
            "jednak", "gdy", "tego", "także", "są", "być", "który", "która", "które", "oraz",
        ],
        "cs": [
            "a", "v", "se", "na", "je", "že", "to", "s", "z", "do", "o", "k", "i", "jako", "ale",
            "za", "by", "jsem", "jsou", "jeho", "který", "která", "které", "po", "pro", "tak",
            "jak", "bylo", "byl", "být", "také", "nebo", "už", "jen", "od", "ve", "aby", "když",
            "ani", "při", "není", "jejich", "však", "podle", "již", "mezi",
        ],
        "hu": [
            "a", "az", "és", "hogy", "nem", "is", "egy", "van", "meg", "de", "csak", "már",
            "még", "mint", "ez", "volt", "kell", "lesz", "vagy", "ha", "pedig", "azt", "ami",
            "akkor", "után", "között", "szerint", "nagyon", "itt", "most", "minden", "így",
            "vannak", "amely", "aki", "ezt", "sem",
        ],
    ]
}

/// Writing systems that name a language (or a short list of them) on their own.
private enum Script: Hashable {
    case cyrillic, greek, han, kana, hangul, arabic, hebrew, thai, devanagari

    init?(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0400...0x04FF: self = .cyrillic
        case 0x0370...0x03FF, 0x1F00...0x1FFF: self = .greek
        case 0x3040...0x30FF, 0x31F0...0x31FF: self = .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: self = .han
        case 0xAC00...0xD7AF, 0x1100...0x11FF: self = .hangul
        case 0x0600...0x06FF, 0x0750...0x077F: self = .arabic
        case 0x0590...0x05FF: self = .hebrew
        case 0x0E00...0x0E7F: self = .thai
        case 0x0900...0x097F: self = .devanagari
        default: return nil
        }
    }

    func language(in sample: String, counts: [Script: Int]) -> String {
        switch self {
        case .cyrillic:
            let ukrainian = sample.unicodeScalars.filter { "іїєґІЇЄҐ".unicodeScalars.contains($0) }
                .count
            return ukrainian * 100 > (counts[.cyrillic] ?? 1) ? "uk" : "ru"
        case .greek: return "el"
        case .han, .kana:
            // Japanese mixes kana into Han text; Chinese has none.
            return (counts[.kana] ?? 0) * 20 > (counts[.han] ?? 0) + (counts[.kana] ?? 0)
                ? "ja" : "zh"
        case .hangul: return "ko"
        case .arabic: return "ar"
        case .hebrew: return "he"
        case .thai: return "th"
        case .devanagari: return "hi"
        }
    }
}
