import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// Inputs the fuzzer once broke (kept in `Tests/Fuzz/regressions`, which also seed `make fuzz`)
/// keep every pipeline property: a refusal a user can act on, or well-formed documents showing
/// every word in order.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = Paths.packageRoot.appendingPathComponent("Tests/Fuzz/regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test("Each regression input keeps the pipeline properties", arguments: inputs)
    func regression(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let outcome = try PipelineCheck.run(bytes)
        if case .book(let words) = outcome { #expect(words > 0) }
    }

    @Test("There are regression inputs to check")
    func present() {
        #expect(Self.inputs.count >= 2)
    }

    @Test("UTF-8 with stray Windows-1252 bytes keeps its UTF-8 and reads the strays as 1252")
    func strayBytes() throws {
        let bytes =
            Array("Caf\u{E9} \u{201C}ok\u{201D} \u{2014} na\u{EF}ve ".utf8) + [0xBB, 0x20, 0xE9]
        let decoded = try TextDecoder().decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "Caf\u{E9} \u{201C}ok\u{201D} \u{2014} na\u{EF}ve \u{BB} \u{E9}")
        #expect(decoded.strayByteCount == 2)
        let marked = try TextDecoder().decode([0xEF, 0xBB, 0xBF] + Array("a".utf8) + [0x93, 0x94])
        #expect(marked.text == "a\u{201C}\u{201D}")
        let latin = try TextDecoder().decode(Array("Caf".utf8) + [0xE9, 0x20, 0x93, 0x94])
        #expect(latin.encoding == .windows1252)
        #expect(throws: TextDecoder.Failure.self) {
            try TextDecoder(requestedEncoding: .utf8).decode(bytes)
        }
    }
}
