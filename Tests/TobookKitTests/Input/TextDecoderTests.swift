import Testing

@testable import TobookKit

@Suite("Text decoding")
struct TextDecoderTests {
    let decoder = TextDecoder()

    func littleEndian(_ units: [UInt16]) -> [UInt8] {
        units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    func bigEndian(_ units: [UInt16]) -> [UInt8] {
        units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    @Test("UTF-8 with and without BOM")
    func utf8() throws {
        #expect(try decoder.decode(Array("Café “quoted”".utf8)).text == "Café “quoted”")
        let marked = try decoder.decode([0xEF, 0xBB, 0xBF] + Array("Hi".utf8))
        #expect(marked.text == "Hi")
        #expect(marked.encoding == .utf8)
    }

    @Test("UTF-16 with a BOM, both byte orders")
    func utf16WithBOM() throws {
        let text = "Grüße, “Welt” 😀"
        let little = [0xFF, 0xFE] + littleEndian(Array(text.utf16))
        let big = [0xFE, 0xFF] + bigEndian(Array(text.utf16))
        #expect(try decoder.decode(little).text == text)
        #expect(try decoder.decode(little).encoding == .utf16LittleEndian)
        #expect(try decoder.decode(big).text == text)
        #expect(try decoder.decode(big).encoding == .utf16BigEndian)
    }

    @Test("UTF-16 without a BOM is recognised by its zero bytes")
    func utf16WithoutBOM() throws {
        let text = "Plain ASCII-range text, as Windows Notepad once saved it.\r\n"
        let little = littleEndian(Array(text.utf16))
        let decoded = try decoder.decode(little)
        #expect(decoded.encoding == .utf16LittleEndian)
        #expect(decoded.text == "Plain ASCII-range text, as Windows Notepad once saved it.\n")
    }

    @Test("A lone UTF-16 surrogate becomes U+FFFD and is counted")
    func loneSurrogate() throws {
        let units: [UInt16] =
            Array("ab".utf16) + [0xD800] + Array("cd".utf16)
            + Array(String(repeating: "x", count: 200).utf16)
        let bytes = [0xFF, 0xFE] + littleEndian(units)
        let decoded = try decoder.decode(bytes)
        #expect(decoded.text.hasPrefix("ab\u{FFFD}cd"))
        #expect(decoded.replacedSequenceCount == 1)
    }

    @Test("Invalid UTF-8 falls back to Windows-1252, where 0x93 is a left double quote")
    func windows1252() throws {
        let bytes: [UInt8] = [
            0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0xE9, 0x74, 0xE9, 0x20, 0x80,
        ]
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "“Hi” – été €")
    }

    @Test("The whole file is validated: one bad byte late in the file still means Windows-1252")
    func wholeFileValidation() throws {
        let bytes = Array(String(repeating: "plain line\n", count: 10_000).utf8) + [0xE9]
        #expect(try decoder.decode(bytes).encoding == .windows1252)
        #expect(try decoder.decode(bytes).text.hasSuffix("é"))
    }

    @Test("Line ends: CRLF, CR, NEL, LS become LF; PS becomes a blank line; FF and VT end a line")
    func lineEnds() throws {
        let text = "a\r\nb\rc\u{85}d\u{2028}e\u{2029}f\u{0C}g\u{0B}h\r\n\r\n"
        #expect(try decoder.decode(Array(text.utf8)).text == "a\nb\nc\nd\ne\n\nf\ng\nh\n\n")
    }

    @Test("NFC: a letter plus a combining accent becomes one precomposed letter")
    func nfc() throws {
        let decoded = try decoder.decode(Array("Cafe\u{301} and n\u{303}".utf8))
        #expect(decoded.text == "Café and ñ")
        #expect(decoded.text.unicodeScalars.count == 10)
    }

    @Test("Characters XML 1.0 forbids are removed and counted")
    func forbiddenCharacters() throws {
        let padding = String(repeating: "plain text ", count: 10)
        let text = "a\u{01}b\u{1B}[0mc\u{7F}d\u{9F}e\u{FEFF}f\u{FFFE}g " + padding
        let decoded = try decoder.decode(Array(text.utf8))
        #expect(decoded.text == "ab[0mcdefg " + padding)
        #expect(decoded.removedCharacterCount == 6)
    }

    @Test(
        "Binary input is refused",
        arguments: [
            [
                0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
                0x44, 0x52,
            ],
            Array("text\u{0}with a NUL byte".utf8),
            Array(repeating: 0x01, count: 20) + Array("mostly control codes".utf8),
        ] as [[UInt8]])
    func binary(bytes: [UInt8]) {
        #expect(throws: TextDecoder.Failure.self) { try decoder.decode(bytes) }
    }

    @Test("A requested encoding is used as given")
    func requestedEncodings() throws {
        let latin1 = TextDecoder(requestedEncoding: TextEncoding(label: "latin1"))
        #expect(try latin1.decode([0x93, 0x61, 0x94]).text == "“a”")
        #expect(TextEncoding(label: "koi8-r") == .iconv("KOI8-R"))
        let koi8 = TextDecoder(requestedEncoding: TextEncoding(label: "koi8-r"))
        #expect(try koi8.decode([0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]).text == "Привет")
        let utf16 = TextDecoder(requestedEncoding: .utf16)
        #expect(try utf16.decode([0x68, 0x00, 0x69, 0x00]).text == "hi")
    }

    @Test("Invalid bytes in a requested encoding name the offset and line")
    func invalidBytes() {
        let strict = TextDecoder(requestedEncoding: .utf8)
        let bytes = Array("line one\nline two \u{E9}".utf8) + [0xFF, 0x41]
        #expect(throws: TextDecoder.Failure.invalidBytes(encoding: .utf8, offset: 20, line: 2)) {
            try strict.decode(bytes)
        }
    }

    @Test("Encoding labels")
    func labels() {
        #expect(TextEncoding(label: "UTF-8") == .utf8)
        #expect(TextEncoding(label: "ISO-8859-1") == .windows1252)
        #expect(TextEncoding(label: "cp1252") == .windows1252)
        #expect(TextEncoding(label: "utf_16le") == .utf16LittleEndian)
        #expect(TextEncoding(label: "windows-1251") == .iconv("WINDOWS-1251"))
        #expect(TextEncoding(label: "no-such-encoding") == nil)
    }
}
