import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// The parser's faster case and numeral readings must give exactly what the plain forms give:
/// they are checked here against the standard library and against the plain algorithms.
@Suite("Quick lower case, roman numerals and speech openings")
struct QuickLowercaseTests {
    static let samples: [String] = [
        "", "CHAPTER XII", "Anna Pávlovna", "ΣΑΣ ΟΔΟΣ", "İstanbul", "ǅungla", "Straße ẞ",
        "KELVIN K Å", "ＦＵＬＬＷＩＤＴＨ", "Мир и война", "日本語のテキスト", "ｶﾀｶﾅ", "Ⅻ ⅻ",
        "mixed ASCII and É", "a\u{301}e\u{301}", "ꭰꮃ Cherokee", "🙂 emoji UPPER",
    ]

    @Test("quickLowercased equals lowercased for every scalar and for mixed texts")
    func lowercase() {
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            #expect(text.quickLowercased() == text.lowercased(), "U+\(String(value, radix: 16))")
        }
        for sample in Self.samples {
            #expect(sample.quickLowercased() == sample.lowercased())
            #expect(sample.dropFirst().quickLowercased() == sample.dropFirst().lowercased())
        }
    }

    /// The reading `ContentsList.normalised` had: lower-cased first, then letters and digits.
    static func plainNormalised(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        var inWord = false
        for scalar in text.lowercased().unicodeScalars {
            let isWord: Bool
            if scalar.isASCII {
                isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            } else {
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
                    .otherLetter, .decimalNumber, .letterNumber, .otherNumber:
                    isWord = true
                case .nonspacingMark, .spacingMark, .enclosingMark: isWord = inWord
                default: isWord = false
                }
            }
            if isWord {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                inWord = true
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
                inWord = false
            }
        }
        return result
    }

    @Test("contents normalising lower-cases scalar by scalar as lowercased() does")
    func normalised() {
        for sample in Self.samples + ["I. A Scandal in Bohemia", "Book ONE: 1805", "Ⅻ. Ende"] {
            #expect(ContentsList.normalised(sample) == Self.plainNormalised(sample), "\(sample)")
        }
    }

    /// The roman reading without its byte tests: case mapping, then the letters' values.
    static func plainRoman(_ token: Substring) -> Int? {
        guard !token.isEmpty, token.count <= 15 else { return nil }
        let upper = token.uppercased()
        guard token == upper || token == token.lowercased() else { return nil }
        let values: [Character: Int] = [
            "I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000,
        ]
        var total = 0
        var previous = 0
        for character in upper.reversed() {
            guard let value = values[character] else { return nil }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        guard total > 0, Numeral.canonicalRoman(total) == upper else { return nil }
        return total
    }

    @Test("roman numerals read on bytes as the case-mapping reading does")
    func roman() {
        var tokens: [String] = ["", "I", "i", "Mix", "MIX", "mix", "IIII", "ıv", "Did", "MMMM"]
        tokens += ["CHAPTER", "Lord", "XLII.", "xlii", "XlII", "MCMXCIX", "mcmxcix", "ⅻ", "İ"]
        let letters = Array("IVXLCDMivxlcdm")
        for first in letters {
            for second in letters {
                tokens.append(String([first, second]))
                for third in letters { tokens.append(String([first, second, third])) }
            }
        }
        for token in tokens {
            #expect(Numeral.roman(token[...]) == Self.plainRoman(token[...]), "\(token)")
        }
    }

    @Test("the byte pre-test never rules out a line that opens a speech")
    func speechOpenings() throws {
        var lines = [
            "HAMLET. To be, or not to be", "KING CLAUDIUS. Welcome, dear Rosencrantz",
            "Mar. Peace, break thee off", "“HAMLET. Quoted", "‘Tis here", "— DASH. Rest",
            "Well, Prince, so Genoa and Lucca", "“Well, Prince,” she said", "a. lower",
            "ÉMILE. Oui", "Á\u{301}B. odd", "“\u{363}X. joined mark", "I", "", "«NON. Pas",
            "ROMEO.", "FIRST WITCH. When shall we three meet again", "1. A numbered line",
        ]
        let hamlet = try String(
            contentsOf: Paths.corpus.appendingPathComponent("hamlet.txt"), encoding: .utf8)
        lines += hamlet.split(separator: "\n").prefix(3000).map(String.init)
        for line in lines where Speech.opening(of: line) != nil {
            #expect(Speech.mayOpen(line[...]), "\(line)")
        }
        #expect(lines.contains { Speech.opening(of: $0) != nil })
        #expect(!Speech.mayOpen("“Well, Prince"[...]))
    }
}
