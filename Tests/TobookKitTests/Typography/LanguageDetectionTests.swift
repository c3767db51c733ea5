import TestSupport
import Testing

@testable import TobookKit

@Suite("Language detection")
struct LanguageDetectionTests {
    static let samples: [(language: String, paragraphs: [String])] = [
        ("en", LanguageSamples.english), ("de", LanguageSamples.german),
        ("fr", LanguageSamples.french),
        ("es", LanguageSamples.spanish), ("it", LanguageSamples.italian),
        ("nl", LanguageSamples.dutch),
        ("pt", LanguageSamples.portuguese), ("sv", LanguageSamples.swedish),
        ("pl", LanguageSamples.polish),
        ("ru", LanguageSamples.russian), ("zh", LanguageSamples.chinese),
        ("ja", LanguageSamples.japanese),
    ]

    @Test("Every corpus book, the German novella included", arguments: try CorpusFile.all())
    func corpus(file: CorpusFile) throws {
        let guess = LanguageDetector().detect(try file.text())
        #expect(guess.language == (file.name.hasPrefix("die-verwandlung") ? "de" : "en"))
        #expect(guess.isConfident)
    }

    @Test(
        "Twenty short paragraphs per language, at least 19 right",
        arguments: samples.map(\.language))
    func paragraphs(language: String) throws {
        let paragraphs = try #require(Self.samples.first { $0.language == language }?.paragraphs)
        #expect(paragraphs.count == 20)
        #expect(paragraphs.allSatisfy { $0.count >= 200 }, "each paragraph at least 200 characters")
        let wrong = paragraphs.filter { LanguageDetector().detect($0).language != language }
        print("language detection \(language): \(20 - wrong.count)/20 paragraphs right")
        #expect(wrong.count <= 1, "\(wrong.count) wrong: \(wrong.map { String($0.prefix(60)) })")
    }

    @Test(
        "Czech and Hungarian articles; Japanese full of Latin product names",
        arguments: [
            (
                "cs",
                "Vláda ve středu schválila návrh zákona, který má zjednodušit stavební řízení. Podle ministra je to jeden z nejdůležitějších kroků, protože lidé na povolení čekají často několik let. Opozice však upozorňuje, že nový zákon není připraven a že obce budou mít méně možností, jak se k projektům vyjádřit.",
            ),
            (
                "hu",
                "A kormány szerdán elfogadta az új építési törvény tervezetét, amely a miniszter szerint nagyon fontos lépés. Az ellenzék azonban azt mondja, hogy a törvény még nincs kész, és hogy az önkormányzatoknak kevesebb lehetőségük lesz arra, hogy véleményt mondjanak a tervekről.",
            ),
            (
                "ja",
                "wasm-moduleはRustでもDOM操作を可能にしてくれます。WebAssemblyとJavaScript APIを使えば、Webアプリケーション全体をRustで書けるのです。GitHubのREADMEにあるdemoではconsole.logでメッセージを出しています。",
            ),
        ])
    func moreLanguages(language: String, text: String) {
        #expect(LanguageDetector().detect(text).language == language)
    }

    @Test("Too little text is not a confident guess")
    func tooLittle() {
        #expect(!LanguageDetector().detect("Hello.").isConfident)
        #expect(LanguageDetector().detect("1234 5678 …").language == "en")
    }
}
