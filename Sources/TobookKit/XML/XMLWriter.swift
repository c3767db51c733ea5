/// Builds an XML document into a UTF-8 byte buffer. Text and attribute values are always escaped
/// with the five XML forms only (`&amp;` `&lt;` `&gt;` `&quot;`), never HTML names like `&nbsp;`,
/// which EPUB readers reject as fatal errors.
struct XMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends markup as is; only for literal markup written by tobook itself.
    mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends markup bytes as they are; only for markup tobook itself wrote (`KoboMarkup`).
    mutating func raw(bytes markup: some Sequence<UInt8>) {
        bytes.append(contentsOf: markup)
    }

    /// Appends escaped character data.
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    /// `<name a="v" …>`, or `<name … />` when `selfClosing`.
    mutating func open(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], selfClosing: Bool = false
    ) {
        openTag(name, attributes.map { ($0.key, $0.value) }, selfClosing: selfClosing)
    }

    mutating func openTag(
        _ name: String, _ attributes: [(String, String)], selfClosing: Bool = false
    ) {
        bytes.append(UInt8(ascii: "<"))
        raw(name)
        for (key, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            raw(key)
            raw("=\"")
            text(value)
            bytes.append(UInt8(ascii: "\""))
        }
        raw(selfClosing ? "/>" : ">")
    }

    mutating func close(_ name: String) {
        raw("</")
        raw(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<name …>text</name>` on one line.
    mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String
    ) {
        open(name, attributes)
        text(content)
        close(name)
    }

    mutating func newline() {
        bytes.append(0x0A)
    }

    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<source.count {
            let replacement: StaticString
            switch source[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
            bytes.append(
                contentsOf: UnsafeBufferPointer(
                    start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
    }
}
