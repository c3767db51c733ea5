import Testing

@testable import TobookKit

@Suite("Hyphenation with libhyphen")
struct HyphenatorTests {
    /// The word cut at its break points.
    static func syllables(_ word: String, _ hyphenator: Hyphenator) -> [String] {
        let bytes = Array(word.utf8)
        var parts: [String] = []
        var start = 0
        for offset in hyphenator.breaks(in: word) + [bytes.count] {
            parts.append(String(decoding: bytes[start..<offset], as: UTF8.self))
            start = offset
        }
        return parts
    }

    @Test(
        "English (US patterns): hy-phen-ation, never fewer than two letters before or three after")
    func english() throws {
        let hyphenator = try #require(Hyphenator(language: "en"))
        #expect(hyphenator.path.hasSuffix("hyph_en_US.dic"))
        #expect(Self.syllables("hyphenation", hyphenator) == ["hy", "phen", "ation"])
        #expect(hyphenator.breaks(in: "cat").isEmpty)
        for word in ["extraordinary", "responsibility", "Constantinople", "unquestionably"] {
            let parts = Self.syllables(word, hyphenator)
            #expect(parts.count > 1, "\(word)")
            #expect(parts.joined() == word)
            #expect(parts.first!.count >= 2 && parts.last!.count >= 3, "\(parts)")
        }
    }

    @Test("German and French: breaks fall between characters, also after ä, ö, ü, ß and é")
    func accented() throws {
        let german = try #require(Hyphenator(language: "de"))
        let french = try #require(Hyphenator(language: "fr-FR"))
        for (word, hyphenator) in [
            ("Schwierigkeiten", german), ("übermäßig", german), ("Bürgermeister", german),
            ("réglementation", french),
        ] {
            let parts = Self.syllables(word, hyphenator)
            #expect(parts.count > 1, "\(word)")
            #expect(parts.joined() == word)
        }
    }

    @Test(
        "A language with no installed patterns gives no hyphenator; a region falls back to the language"
    )
    func dictionaries() {
        #expect(Hyphenator(language: "tlh") == nil)
        #expect(Hyphenator(language: "en-GB")?.path.hasSuffix("hyph_en_GB.dic") == true)
        #expect(Hyphenator(language: "de-AT")?.path.hasSuffix("hyph_de_AT.dic") == true)
        #expect(Hyphenator(language: "pt-BR")?.path.hasSuffix("hyph_pt_BR.dic") == true)
        #expect(Hyphenator(language: "sv") != nil)
    }

    /// libhyphen's NOHYPHEN check runs `strstr` over the word and writes a `'0'` into the
    /// vector at each apostrophe or dash it finds, so a word not ended by a NUL made it read on
    /// into whatever followed in the heap and write past the vector (the rare
    /// `munmap_chunk(): invalid pointer` of PDF conversions). Here the word is followed by
    /// apostrophes and dashes and the vector by guard bytes, which must come through untouched.
    @Test(
        "libhyphen never reads past the word or writes past its vector",
        arguments: [UInt8(ascii: "'"), UInt8(ascii: "-")])
    func wordEndsAtItsLength(trailing: UInt8) throws {
        let hyphenator = try #require(Hyphenator(language: "en"))
        let word = Array("hyphenation".utf8)
        let buffer = word + [UInt8](repeating: trailing, count: 64)
        let guardByte: CChar = 0x55
        var hyphens = [CChar](repeating: guardByte, count: buffer.count + 5)
        let found = buffer.withUnsafeBufferPointer { bytes in
            hyphens.withUnsafeMutableBufferPointer {
                hyphenator.hyphenate(UnsafeBufferPointer(rebasing: bytes[..<word.count]), into: $0)
            }
        }
        #expect(found)
        #expect(hyphens[(word.count + 5)...].allSatisfy { $0 == guardByte })
        let odd = hyphens[..<word.count].indices.filter { hyphens[$0] & 1 == 1 }
        #expect(odd == [1, 5], "hy-phen-ation")
    }
}
