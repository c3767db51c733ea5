/// The tags and text of an XHTML page tobook wrote, in order, for passes over finished pages
/// (`KoboMarkup`). Only for tobook's own output: `XMLWriter` escapes `<`, `>`, `&` and `"` in
/// text and attribute values, writes no comments, CDATA or processing instructions but the XML
/// declaration, so a tag ends at the first `>` and text at the next `<`.
struct XHTMLTokens {
    struct Token {
        enum Kind: Equatable {
            /// Character data, still escaped.
            case text
            /// `<name …>`.
            case open
            /// `</name>`.
            case close
            /// `<name …/>`.
            case empty
            /// The XML declaration and the doctype.
            case declaration
        }

        var kind: Kind
        /// The token's bytes in the page.
        var range: Range<Int>
        /// The element's name; empty for text and declarations.
        var name: String
    }

    let bytes: [UInt8]
    private(set) var tokens: [Token] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var position = 0
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else {
                let end = bytes[position...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                tokens.append(Token(kind: .text, range: position..<end, name: ""))
                position = end
                continue
            }
            let end = (bytes[position...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1
            tokens.append(Self.tag(in: bytes, position..<end))
            position = end
        }
    }

    /// The tag in `range`, which runs from its `<` to its `>`.
    private static func tag(in bytes: [UInt8], _ range: Range<Int>) -> Token {
        let second = range.lowerBound + 1 < range.upperBound ? bytes[range.lowerBound + 1] : 0
        if second == UInt8(ascii: "?") || second == UInt8(ascii: "!") {
            return Token(kind: .declaration, range: range, name: "")
        }
        let closing = second == UInt8(ascii: "/")
        let nameStart = range.lowerBound + (closing ? 2 : 1)
        let nameEnd =
            bytes[nameStart..<range.upperBound].firstIndex {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ">")
                    || $0 == 0x0A
            } ?? range.upperBound
        let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        let kind: Token.Kind
        if closing {
            kind = .close
        } else if range.count >= 2 && bytes[range.upperBound - 2] == UInt8(ascii: "/") {
            kind = .empty
        } else {
            kind = .open
        }
        return Token(kind: kind, range: range, name: name)
    }

    /// A token's bytes.
    func bytes(of token: Token) -> ArraySlice<UInt8> {
        bytes[token.range]
    }

    /// A text token's characters, unescaped.
    func text(of token: Token) -> String {
        let escaped = bytes[token.range]
        guard escaped.contains(UInt8(ascii: "&")) else {
            return String(decoding: escaped, as: UTF8.self)
        }
        var plain: [UInt8] = []
        plain.reserveCapacity(escaped.count)
        var position = escaped.startIndex
        while position < escaped.endIndex {
            let rest = escaped[position...]
            if let (entity, character) = Self.entities.first(where: { rest.starts(with: $0.0) }) {
                plain.append(character)
                position += entity.count
            } else {
                plain.append(escaped[position])
                position += 1
            }
        }
        return String(decoding: plain, as: UTF8.self)
    }

    /// The escapes `XMLWriter` writes, and `&apos;`.
    private static let entities: [([UInt8], UInt8)] = [
        (Array("&amp;".utf8), UInt8(ascii: "&")), (Array("&lt;".utf8), UInt8(ascii: "<")),
        (Array("&gt;".utf8), UInt8(ascii: ">")), (Array("&quot;".utf8), UInt8(ascii: "\"")),
        (Array("&apos;".utf8), UInt8(ascii: "'")),
    ]

    /// An opening tag's bytes without its `id` attribute, for the second part of an element a
    /// sentence boundary splits: ids are unique, and the first part keeps it.
    func bytesWithoutID(of token: Token) -> [UInt8] {
        let tag = Array(bytes[token.range])
        let marker = Array(" id=\"".utf8)
        guard let start = tag.indices.first(where: { tag[$0...].starts(with: marker) }),
            let close = tag[(start + marker.count)...].firstIndex(of: UInt8(ascii: "\""))
        else { return tag }
        return Array(tag[..<start] + tag[(close + 1)...])
    }
}
