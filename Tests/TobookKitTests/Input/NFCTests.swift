import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// The standard library's NFC (`_nfcCodeUnits`), which `TextNormalizer` now uses, composes
/// as ICU did for Foundation's `precomposedStringWithCanonicalMapping`.
@Suite("NFC without Foundation")
struct NFCTests {
    @Test(
        "Composes as ICU did",
        arguments: [
            ("e\u{301}", "\u{E9}"),
            ("A\u{30A}ngstr\u{F6}m", "\u{C5}ngstr\u{F6}m"),
            ("\u{212B}", "\u{C5}"),
            ("\u{2126}", "\u{3A9}"),
            ("\u{1100}\u{1161}\u{11A8}", "\u{AC01}"),
            ("\u{1100}\u{1161}", "\u{AC00}"),
            ("q\u{307}\u{323}", "q\u{323}\u{307}"),
            ("\u{1E0B}\u{323}", "\u{1E0D}\u{307}"),
            (
                "already NFC: caf\u{E9}, \u{D55C}\u{AE00}",
                "already NFC: caf\u{E9}, \u{D55C}\u{AE00}"
            ),
            ("\u{344}", "\u{308}\u{301}"),
            ("\u{F900}", "\u{8C48}"),
        ])
    func composes(input: String, expected: String) {
        let composed = String(decoding: input._nfcCodeUnits, as: UTF8.self)
        #expect(Array(composed.unicodeScalars) == Array(expected.unicodeScalars))
        #expect(
            Array(composed.unicodeScalars)
                == Array(input.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test("Every line of the corpus composes as ICU composed it")
    func corpus() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Paths.corpus.path)
            .filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for file in files {
            let bytes = try Data(contentsOf: Paths.corpus.appendingPathComponent(file))
            let text = String(decoding: bytes, as: UTF8.self)
            for line in text.split(separator: "\n") where !line.utf8.allSatisfy({ $0 < 0x80 }) {
                let line = String(line)
                let ours = line._nfcCodeUnits
                let icu = Array(line.precomposedStringWithCanonicalMapping.utf8)
                #expect(ours == icu, "\(file): \(line)")
            }
        }
    }
}
