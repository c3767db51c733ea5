import CHyphen
import FoundationEssentials
import Glibc

/// Hyphenation points from libhyphen (the dictionaries LibreOffice uses, Debian `hyphen-*`).
/// Pango 1.50 breaks only where a soft hyphen stands, so the typesetter inserts U+00AD at layout
/// time (never into the EPUB's text). Owns one `HyphenDict`.
final class Hyphenator {
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    private var cache = GenerationalCache<String, [Int]>(limit: WordShaper.generation)
    /// The dictionary's file, for messages.
    let path: String

    /// Words shorter than this are never broken.
    static let minimumWordLength = 5
    /// No dictionary word is longer; a run of letters beyond it (a pasted hash, a DNA sequence)
    /// gets emergency breaks instead, and libhyphen is spared a megabyte "word".
    static let maximumWordLength = 100

    /// Loads the dictionary for a language tag (`en`, `en-GB`, `de`…) from `/usr/share/hyphen`
    /// (`hnj_hyphen_load`); nil when Debian has none installed for it.
    init?(language: String, folder: String = "/usr/share/hyphen") {
        guard let path = Self.dictionaryPath(for: language, in: folder),
            let dictionary = hnj_hyphen_load(path)
        else { return nil }
        self.dictionary = dictionary
        self.path = path
    }

    deinit {
        hnj_hyphen_free(dictionary)
    }

    /// `hyph_en_US.dic` for `en`, `hyph_en_GB.dic` for `en-GB`, `hyph_de_DE.dic` for `de`…
    static func dictionaryPath(for language: String, in folder: String) -> String? {
        let parts = language.split(separator: "-").map(String.init)
        guard let primary = parts.first?.lowercased() else { return nil }
        let region = parts.dropFirst().first { $0.count == 2 }?.uppercased()
        let defaults = [
            "en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT",
            "ru": "RU", "sv": "SE", "pl": "PL",
        ]
        var candidates: [String] = []
        if let region { candidates.append("hyph_\(primary)_\(region).dic") }
        if let region = defaults[primary] { candidates.append("hyph_\(primary)_\(region).dic") }
        candidates.append("hyph_\(primary).dic")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if let match = candidates.first(where: files.contains) { return folder + "/" + match }
        return files.sorted().first { $0.hasPrefix("hyph_\(primary)_") }.map { folder + "/" + $0 }
    }

    /// UTF-8 offsets after which `word` may break, from `hnj_hyphen_hyphenate2` on its
    /// lower-case form, keeping two letters before a break and three after. Cached: a novel
    /// repeats its words.
    func breaks(in word: String) -> [Int] {
        cache.value(for: word) { compute(word) }
    }

    private func compute(_ word: String) -> [Int] {
        let scalars = Array(word.unicodeScalars)
        guard (Self.minimumWordLength...Self.maximumWordLength).contains(scalars.count) else {
            return []
        }
        let lower = Array(word.lowercased().utf8)
        // Only when lower-casing keeps every byte offset, so the dictionary's offsets carry over.
        guard lower.count == word.utf8.count, lower.count < 200 else { return [] }
        var hyphens = [CChar](repeating: 0, count: lower.count + 5)
        let found = lower.withUnsafeBufferPointer { word in
            hyphens.withUnsafeMutableBufferPointer { hyphenate(word, into: $0) }
        }
        guard found else { return [] }
        var result: [Int] = []
        var byte = 0
        for (index, scalar) in scalars.enumerated() {
            byte += UTF8.width(scalar)
            let after = index + 1
            if hyphens[byte - 1] & 1 == 1, after >= 2, scalars.count - after >= 3 {
                result.append(byte)
            }
        }
        return result
    }

    /// Fills the first `word.count + 5` bytes of `hyphens` with libhyphen's vector for `word`
    /// (`hnj_hyphen_hyphenate2`): an odd digit after each byte where the word may break. False
    /// when libhyphen fails or wants a non-standard break (a spelling change, as in old German
    /// `ck` to `k-k`), which the typesetter cannot draw.
    ///
    /// The word is copied with a NUL after it: libhyphen takes a length, but its NOHYPHEN check
    /// (by default `'`, `-`, `–` and `’`) runs `strstr` over the word and writes a `'0'` into
    /// `hyphens` at every match, so a word without a NUL lets it read on into the heap and write
    /// as far past the vector as it finds an apostrophe or a dash there.
    func hyphenate(
        _ word: UnsafeBufferPointer<UInt8>, into hyphens: UnsafeMutableBufferPointer<CChar>
    ) -> Bool {
        guard hyphens.count >= word.count + 5, let vector = hyphens.baseAddress else {
            return false
        }
        var text = [CChar](repeating: 0, count: word.count + 1)
        for (index, byte) in word.enumerated() { text[index] = CChar(bitPattern: byte) }
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        var positions: UnsafeMutablePointer<Int32>? = nil
        var cuts: UnsafeMutablePointer<Int32>? = nil
        let status = hnj_hyphen_hyphenate2(
            dictionary, text, Int32(word.count), vector, nil, &replacements, &positions, &cuts)
        // libhyphen allocates the three arrays, `word.count` entries each, only when it needs them.
        if let replacements {
            for index in 0..<word.count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        return status == 0 && replacements == nil
    }
}
