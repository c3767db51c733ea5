import Foundation

/// A small input written by the tests, with its text as Foundation decodes it.
public struct Fixture: Sendable, CustomStringConvertible {
    public let name: String
    public let bytes: Data
    public let encoding: String.Encoding

    public var description: String { name }

    /// The expected text, decoded independently of tobook.
    public func text() throws -> String {
        guard var text = String(data: bytes, encoding: encoding) else {
            throw TestSupportError("fixture \(name) does not decode as \(encoding)")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The example article shipped in `examples/`.
    public static func article() throws -> Fixture {
        let url = Paths.packageRoot.appendingPathComponent("examples/article.txt")
        return Fixture(name: "article.txt", bytes: try Data(contentsOf: url), encoding: .utf8)
    }

    /// One paragraph, no title, no headings.
    public static let oneParagraph = Fixture(
        name: "one-paragraph.txt",
        bytes: Data(
            """
            Some texts are a single paragraph and nothing more: a note, a quotation, a
            message copied from somewhere. They still deserve to become a proper book,
            with a title taken from the file name and every word in its place.

            """.utf8),
        encoding: .utf8)

    /// Windows-1252 with CRLF line ends, as old Windows editors saved text.
    public static let windows1252CRLF: Fixture = {
        let text = """
            A Caf\u{E9} in Winter\r
            \r
            \u{201C}Two coffees,\u{201D} she said \u{2014} the waiter nodded.\r
            It was na\u{EF}ve to hope for more; the r\u{E9}sum\u{E9} lay\r
            on the table, 50\u{A0}\u{20AC} richer.\r
            \r
            The End of It\r
            \r
            Nothing else happened \u{2026} or so they say.\r

            """
        return Fixture(
            name: "windows-1252-crlf.txt", bytes: text.data(using: .windowsCP1252)!,
            encoding: .windowsCP1252)
    }()

    /// UTF-16 little-endian with a BOM, including a character outside the BMP.
    public static let utf16WithBOM: Fixture = {
        let text = """
            Letters From Abroad

            Dear friend, the journey was long. Greetings in many scripts:
            Привет, Γειά σου, こんにちは, 𝒜 and 😀 for good measure.

            Second Letter

            The weather turned. More soon.

            """
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        return Fixture(name: "utf-16-bom.txt", bytes: data, encoding: .utf16)
    }()

    public static func all() throws -> [Fixture] {
        [try article(), oneParagraph, windows1252CRLF, utf16WithBOM]
    }
}
