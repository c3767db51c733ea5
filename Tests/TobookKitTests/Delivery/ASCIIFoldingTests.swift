import Foundation
import Testing

@testable import TobookKit

/// A mailed book's ASCII file name is what Foundation's folding gave.
@Suite("Mail: the ASCII fallback of a file name")
struct ASCIIFoldingTests {
    /// What `asciiFallback` gave when Foundation folded.
    static func foundation(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(
            String.UnicodeScalarView(
                folded.unicodeScalars.map { scalar in
                    scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\"" && scalar != "\\"
                        ? scalar : "_"
                }))
    }

    @Test("Every scalar alone folds as Foundation folded it")
    func everyScalar() {
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            #expect(
                MIMEHeader.asciiFallback(text) == Self.foundation(text),
                "U+\(String(value, radix: 16))")
        }
    }

    @Test(
        "Titles fold as Foundation folded them",
        arguments: [
            "Les Misérables", "Über Ånd Ærø", "Crime and Punishment", "Ｆｕｌｌｗｉｄｔｈ Ｔｉｔｌｅ",
            "Cafe\u{301} de\u{300}cor", "Война и мир", "Ἰλιάς", "源氏物語", "한국어 책", "Pokémon™ ½",
            "naïve “quotes” — dash", "A\u{30A}\u{301}", "ǅemal Ǆ", "x\u{20DD}", "Đorđe Łódź",
        ])
    func titles(title: String) {
        #expect(MIMEHeader.asciiFallback(title) == Self.foundation(title))
    }
}
