/// A well-formed BCP 47 language tag in its canonical letter case (`en`, `en-GB`, `zh-Hant-TW`).
/// EPUBCheck rejects malformed `dc:language` values and Kindle rejects `und`, so tags are checked
/// before they reach the package.
public struct LanguageTag: Equatable, Sendable, CustomStringConvertible {
    public let description: String

    /// Accepts `language(-subtag)*` with a 2–3 letter language and 1–8 character subtags; a
    /// 4-letter subtag is a script (title case), a 2-letter one a region (upper case).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        var canonical = [language.lowercased()]
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count),
                part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
            else { return nil }
            switch part.count {
            case 2 where part.allSatisfy(\.isLetter): canonical.append(part.uppercased())
            case 4 where part.allSatisfy(\.isLetter):
                canonical.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            default: canonical.append(part.lowercased())
            }
        }
        description = canonical.joined(separator: "-")
    }
}
