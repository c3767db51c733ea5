import Testing

@testable import TobookKit

/// Exact input → output cases per language, the edge cases of HEURISTICS.md §4 and the ones
/// that must stay as typed.
@Suite("Smart punctuation")
struct SmartPunctuationTests {
    /// Runs one paragraph through the typography stage, as the converter does.
    static func smart(
        _ text: String, _ language: String = "en", documentHasTripleHyphens: Bool = false
    ) -> String {
        var blocks: [Block] = [.paragraph([.text(text)])]
        if documentHasTripleHyphens { blocks.append(.paragraph([.text("a---b")])) }
        let book = Book(metadata: BookMetadata(title: "T"), chapters: [Chapter(blocks: blocks)])
        guard
            case .paragraph(let inlines) = Typographer(language: language).apply(to: book).chapters[
                0
            ].blocks[0]
        else {
            return "<not a paragraph>"
        }
        return inlines.plainText
    }

    static let englishCases: [(String, String)] = [
        ("\"Hello,\" she said.", "“Hello,” she said."),
        ("'Hello,' she said.", "‘Hello,’ she said."),
        ("He said, \"She told me 'no' twice.\"", "He said, “She told me ‘no’ twice.”"),
        ("\"'Tis true,\" he said.", "“’Tis true,” he said."),
        ("'Twas the night before Christmas.", "’Twas the night before Christmas."),
        ("Don't go.", "Don’t go."),
        ("It's the dog's bone.", "It’s the dog’s bone."),
        ("We shan't, won't, can't.", "We shan’t, won’t, can’t."),
        ("rock 'n' roll", "rock ’n’ roll"),
        ("the '90s were loud", "the ’90s were loud"),
        ("back in '69 and '70s", "back in ’69 and ’70s"),
        ("the 1990's music", "the 1990’s music"),
        ("He was goin' home.", "He was goin’ home."),
        ("I'll tell 'em tomorrow.", "I’ll tell ’em tomorrow."),
        ("'cause I said so", "’cause I said so"),
        ("She is 5'10\" tall.", "She is 5′10″ tall."),
        ("A 6' wall.", "A 6′ wall."),
        ("Wait--what?", "Wait—what?"),
        ("Wait -- what?", "Wait\u{A0}— what?"),
        ("pages 10--20", "pages 10–20"),
        ("the war of 1914--18", "the war of 1914–18"),
        ("A spaced - hyphen", "A spaced\u{A0}— hyphen"),
        ("a well-known fact", "a well-known fact"),
        ("Mr. D---- came in.", "Mr. D⸺ came in."),
        ("Three---dashes", "Three—dashes"),
        ("So... it ends.", "So… it ends."),
        ("So. . . it ends.", "So… it ends."),
        ("The end....", "The end.…"),
        ("\"Quoted\" at the start", "“Quoted” at the start"),
        ("He shouted \"Stop!\"", "He shouted “Stop!”"),
        ("(\"in brackets\")", "(“in brackets”)"),
        ("[\"square\"]", "[“square”]"),
        ("A dash—\"then a quote\"", "A dash—“then a quote”"),
        (
            "\"A quotation that runs on to the next paragraph",
            "“A quotation that runs on to the next paragraph"
        ),
        ("It said 'hello.", "It said ’hello."),
        ("``TeX quotes''", "“TeX quotes”"),
        ("Already “curly” quotes and ‘single’ ones.", "Already “curly” quotes and ‘single’ ones."),
        ("Already an em dash — and an en dash –.", "Already an em dash\u{A0}— and an en dash –."),
        ("See https://example.org/a--b...c and 'x'.", "See https://example.org/a--b...c and ‘x’."),
        ("Mail me@example.com -- now.", "Mail me@example.com\u{A0}— now."),
        ("Visit www.example.com/it's for more", "Visit www.example.com/it's for more"),
        ("\"Nested 'single' inside\"", "“Nested ‘single’ inside”"),
        ("'\"Both open,\" he said,' she said.", "‘“Both open,” he said,’ she said."),
        ("She said \"yes\"--and left.", "She said “yes”—and left."),
        ("\"Go!\" \"Now!\"", "“Go!” “Now!”"),
        ("The O'Brien's boat", "The O’Brien’s boat"),
    ]

    static let germanCases: [(String, String)] = [
        ("Er sagte: \"Hallo!\"", "Er sagte: „Hallo!“"),
        ("\"Ich weiß 'nichts' davon\", sagte sie.", "„Ich weiß ‚nichts‘ davon“, sagte sie."),
        ("Geht's dir gut?", "Geht’s dir gut?"),
        ("Wie geht's, wie steht's?", "Wie geht’s, wie steht’s?"),
        ("Das war's.", "Das war’s."),
        ("Er ging - schnell.", "Er ging\u{A0}– schnell."),
        ("Die Jahre 1914--1918", "Die Jahre 1914–1918"),
        ("Nun...", "Nun…"),
        ("\"Ja\", \"Nein\"", "„Ja“, „Nein“"),
        ("Hans' Haus", "Hans’ Haus"),
        ("Schon „richtig“ gesetzt.", "Schon „richtig“ gesetzt."),
        ("(\"Klammer\")", "(„Klammer“)"),
        ("Sie rief: \"Komm 'rein!\"", "Sie rief: „Komm ’rein!“"),
        ("Ein Bindestrich-Wort", "Ein Bindestrich-Wort"),
        (
            "Siehe \"http://beispiel.de/a--b\" und \"y\".",
            "Siehe „http://beispiel.de/a--b“ und „y“."
        ),
        ("Er sagte -- und schwieg.", "Er sagte\u{A0}— und schwieg."),
        ("\"Ende\"", "„Ende“"),
        ("Zwölf 'Monate' später", "Zwölf ‚Monate‘ später"),
        ("Der 5'-Abstand", "Der 5′-Abstand"),
        ("\"Was?\" \"Nichts.\"", "„Was?“ „Nichts.“"),
    ]

    static let frenchCases: [(String, String)] = [
        ("Il a dit : \"Bonjour !\"", "Il a dit\u{A0}: «\u{202F}Bonjour\u{202F}!\u{202F}»"),
        ("\"Oui\", dit-elle.", "«\u{202F}Oui\u{202F}», dit-elle."),
        ("C'est l'homme d'hier.", "C’est l’homme d’hier."),
        ("Vraiment ?", "Vraiment\u{202F}?"),
        ("Vraiment?", "Vraiment\u{202F}?"),
        ("Quoi ?!", "Quoi\u{202F}?!"),
        ("Attention; danger", "Attention\u{202F}; danger"),
        ("Voici: la liste", "Voici\u{A0}: la liste"),
        ("Il est 10:30.", "Il est 10:30."),
        ("« déjà » en chevrons", "«\u{202F}déjà\u{202F}» en chevrons"),
        ("«serré»", "«\u{202F}serré\u{202F}»"),
        ("- Oui, dit-il.", "—\u{A0}Oui, dit-il."),
        ("-- Non, répondit-elle.", "—\u{A0}Non, répondit-elle."),
        ("Il pensa - enfin - à partir.", "Il pensa\u{A0}– enfin\u{A0}– à partir."),
        ("Et puis...", "Et puis…"),
        ("Aujourd'hui", "Aujourd’hui"),
        ("Il dit \"c'est 'fini'\".", "Il dit «\u{202F}c’est “fini”\u{202F}»."),
        (
            "Voir https://exemple.fr/a?b=1;c=2 maintenant",
            "Voir https://exemple.fr/a?b=1;c=2 maintenant"
        ),
        ("Écrivez à moi@exemple.fr !", "Écrivez à moi@exemple.fr\u{202F}!"),
        ("Les années 1914--1918", "Les années 1914–1918"),
    ]

    @Test("English", arguments: englishCases)
    func english(input: String, expected: String) {
        #expect(Self.smart(input, "en") == expected)
    }

    @Test("German", arguments: germanCases)
    func german(input: String, expected: String) {
        #expect(Self.smart(input, "de") == expected)
    }

    @Test("French", arguments: frenchCases)
    func french(input: String, expected: String) {
        #expect(Self.smart(input, "fr") == expected)
    }

    @Test("A document that writes --- for em dashes uses -- for en dashes")
    func dashHabit() {
        #expect(Self.smart("from A--B", "en", documentHasTripleHyphens: true) == "from A–B")
        #expect(Self.smart("from A--B", "en") == "from A—B")
    }

    @Test("Other languages pick their own marks")
    func otherLanguages() {
        #expect(Self.smart("\"Hola\"", "es") == "«Hola»")
        #expect(Self.smart("\"Привет\"", "ru") == "«Привет»")
        #expect(Self.smart("\"Cześć\"", "pl") == "„Cześć”")
        #expect(Self.smart("\"Hej\"", "sv") == "”Hej”")
        #expect(Self.smart("\"Grüezi\"", "de-CH") == "«Grüezi»")
        #expect(Self.smart("\"Hello 'you'\"", "en-GB") == "“Hello ‘you’”")
    }

    @Test("Quotes pair across emphasis; speakers and note markers stay as they are")
    func acrossInlines() {
        let book = Book(
            metadata: BookMetadata(title: "T"),
            chapters: [
                Chapter(blocks: [
                    .paragraph([
                        .text("He said \""), .emphasis([.text("never")]), .text("\" again."),
                    ]),
                    .paragraph([.speaker("HAMLET."), .text(" 'Tis so.")]),
                ])
            ])
        let blocks = Typographer(language: "en").apply(to: book).chapters[0].blocks
        #expect(
            blocks[0]
                == .paragraph([.text("He said “"), .emphasis([.text("never")]), .text("” again.")]))
        #expect(blocks[1] == .paragraph([.speaker("HAMLET."), .text(" ’Tis so.")]))
    }

    @Test("Preformatted text and verse indentation are never touched; --no-smart keeps quotes")
    func untouched() {
        let book = Book(
            metadata: BookMetadata(title: "\"T\""),
            chapters: [
                Chapter(blocks: [
                    .preformatted("let x = \"a\" -- 'b' ..."),
                    .verse([VerseLine(indent: 3, text: [.text("'Tis verse,\" he said")])]),
                ])
            ])
        let smart = Typographer(language: "en").apply(to: book)
        #expect(smart.chapters[0].blocks[0] == .preformatted("let x = \"a\" -- 'b' ..."))
        #expect(
            smart.chapters[0].blocks[1]
                == .verse([VerseLine(indent: 3, text: [.text("’Tis verse,” he said")])]))
        #expect(smart.metadata.title == "“T”")
        let plain = Typographer(language: "en", smartPunctuation: false).apply(to: book)
        #expect(plain.chapters[0].blocks[1] == book.chapters[0].blocks[1])
        #expect(plain.metadata.title == "\"T\"")
    }

    @Test("Soft hyphens always go")
    func softHyphens() {
        #expect(Self.smart("com\u{AD}puter") == "computer")
        let book = Book(
            metadata: BookMetadata(title: "T"),
            chapters: [Chapter(blocks: [.paragraph([.text("a\u{AD}b")])])])
        #expect(
            Typographer(language: "en", smartPunctuation: false).apply(to: book).chapters[0].blocks[
                0] == .paragraph([.text("ab")]))
    }

    @Test("At least 80 table cases across English, German and French")
    func caseCount() {
        #expect(Self.englishCases.count + Self.germanCases.count + Self.frenchCases.count >= 80)
    }
}
