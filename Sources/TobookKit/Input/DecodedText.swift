/// Input text after decoding and normalisation: LF line ends, NFC, only characters XML 1.0 allows.
public struct DecodedText: Equatable, Sendable {
    public var text: String
    /// The encoding the bytes were read as (detected or requested).
    public var encoding: TextEncoding
    /// Control characters and non-characters removed because XML 1.0 or readers reject them.
    public var removedCharacterCount: Int
    /// Malformed sequences (such as lone UTF-16 surrogates) replaced with U+FFFD.
    public var replacedSequenceCount: Int
    /// Bytes of detected UTF-8 text that are not UTF-8, read as Windows-1252 characters.
    public var strayByteCount: Int

    public init(
        text: String, encoding: TextEncoding, removedCharacterCount: Int = 0,
        replacedSequenceCount: Int = 0, strayByteCount: Int = 0
    ) {
        self.text = text
        self.encoding = encoding
        self.removedCharacterCount = removedCharacterCount
        self.replacedSequenceCount = replacedSequenceCount
        self.strayByteCount = strayByteCount
    }
}
