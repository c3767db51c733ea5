import Foundation
import Testing

@testable import TobookKit

/// What replaced Foundation in tobook (which now links FoundationEssentials only) answers as
/// Foundation answered: the tests may link it, the binary may not.
@Suite("Parity with the Foundation tobook no longer links")
struct FoundationParityTests {
    static let allScalars = (0...0x10FFFF).compactMap(
        Unicode.Scalar.init(_:) as (UInt32) -> Unicode.Scalar?)

    @Test("isBlank and isBlankOrNewline are CharacterSet's whitespaces and newlines")
    func blankSets() {
        for scalar in Self.allScalars {
            #expect(scalar.isBlank == CharacterSet.whitespaces.contains(scalar))
            #expect(
                scalar.isBlankOrNewline == CharacterSet.whitespacesAndNewlines.contains(scalar))
        }
    }

    @Test(
        "Trimming goes scalar by scalar, as trimmingCharacters(in:) did",
        arguments: [
            " \u{301}abc ", "\u{3000}\u{A0}text\u{200B}\t", "", "   ", "\n x \r\n", "a\u{2028}",
            "—–-ends:—", " é ",
        ])
    func trimming(text: String) {
        #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces))
        #expect(
            text.trimmingBlanksAndNewlines()
                == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(
            text.trimmingScalars(in: "—–-:")
                == text.trimmingCharacters(in: CharacterSet(charactersIn: "—–-:")))
    }

    @Test("Control characters in a file name are CharacterSet's controlCharacters")
    func controlCharacters() {
        // Above U+E0100 Core Foundation's table holds stray unassigned scalars (a bug of its
        // bitmap): not a file name's concern.
        for scalar in Self.allScalars where scalar.value < 0xE0100 {
            let cleaned = BookMailer.fileName(title: "a\(scalar)b", path: "x.epub")
            let control = CharacterSet.controlCharacters.contains(scalar)
            let forbidden = control || "/\\:*?\"<>|".unicodeScalars.contains(scalar)
            if forbidden { #expect(cleaned == "a b.epub", "U+\(String(scalar.value, radix: 16))") }
        }
    }

    @Test(
        "PathName splits paths as NSString did",
        arguments: [
            "a/b.epub", ".epub", "a/.epub", "b", "a/b.", "a/b.tar.gz", "a/b/", "/", "b.EPUB",
            "a.b/c", "", "x.kepub.epub", "dir.d/file",
        ])
    func pathName(path: String) {
        #expect(PathName.lastComponent(path) == (path as NSString).lastPathComponent)
        #expect(PathName.pathExtension(path) == (path as NSString).pathExtension)
        #expect(PathName.deletingPathExtension(path) == (path as NSString).deletingPathExtension)
    }

    @Test(
        "printf formats as String(format:) did", arguments: [0, 1.25, 1.35, -0.05, 12.95, 999.99])
    func printf(value: Double) {
        #expect(String(printf: "%5.1f", value) == String(format: "%5.1f", value))
        #expect(String(printf: "%.1f", value) == String(format: "%.1f", value))
    }
}
