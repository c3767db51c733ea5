/// Reviews a user's style sheet before it goes into a book. What EPUBCheck rejects is taken
/// out, with a warning: `direction` and `unicode-bidi` (the markup carries the writing
/// direction), `@import` (an EPUB holds the one sheet) and remote `url()`s (readers load
/// nothing from the network). What readers mishandle is kept, with a warning: Adobe's engine
/// (Kobo, PocketBook, older Nooks) drops a whole sheet that uses `var()`, `calc()`,
/// `@supports` or custom properties.
public enum StyleSheetCheck {
    public struct Review: Equatable, Sendable {
        /// The sheet to package: the user's own text when nothing had to go.
        public var css: String
        public var warnings: [String]
    }

    public static func review(_ css: String, file: String) -> Review {
        let text = PDFStyle.strippingComments(css, keepingLines: true)
        var warnings: [String] = []
        var cleaned = text
        var removedAny = false
        for rule in removals {
            let matches = rule.matches(in: cleaned)
            guard let first = matches.first else { continue }
            warnings.append("\(file):\(line(of: first.range, in: cleaned)): \(rule.problem)")
            cleaned = replacing(matches, in: cleaned)
            removedAny = true
        }
        for rule in cautions {
            guard let first = rule.matches(in: cleaned).first else { continue }
            warnings.append("\(file):\(line(of: first.range, in: cleaned)): \(rule.problem)")
        }
        return Review(css: removedAny ? cleaned : css, warnings: warnings)
    }

    /// The text with each match replaced by the part of it its rule keeps.
    private static func replacing(_ matches: [CSSPattern.Match], in text: String) -> String {
        var result = ""
        var rest = text.startIndex
        for match in matches {
            result.unicodeScalars.append(
                contentsOf: text.unicodeScalars[rest..<match.range.lowerBound])
            result += match.kept
            rest = match.range.upperBound
        }
        result.unicodeScalars.append(contentsOf: text.unicodeScalars[rest...])
        return result
    }

    private struct Rule: Sendable {
        let pattern: CSSPattern
        let problem: String

        /// Nil only for a pattern that does not compile: the patterns are constants, and the
        /// tests see every rule's warning.
        init?(_ pattern: String, keepingFirstGroup: Bool = false, _ problem: String) {
            guard let pattern = CSSPattern(pattern, keepingFirstGroup: keepingFirstGroup)
            else { return nil }
            self.pattern = pattern
            self.problem = problem
        }

        func matches(in text: String) -> [CSSPattern.Match] { pattern.matches(in: text) }
    }

    /// `\s` is spelt out as ICU's `[\t\n\f\r\p{Z}]` (Swift's `\s` also takes U+000B and
    /// U+0085), and `(?<=[;{])` becomes `CSSPattern`'s own test, as Swift's regular
    /// expressions have no lookbehind.
    private static let removals: [Rule] = [
        Rule(
            #"(^|[;{\t\n\f\r\p{Z}])(direction|unicode-bidi)[\t\n\f\r\p{Z}]*:[^;}]*;?"#,
            keepingFirstGroup: true,
            "left out 'direction'/'unicode-bidi' (EPUB forbids them in CSS; --language sets the direction)"
        ),
        Rule(
            #"@import[^;]*;"#,
            "left out @import (an EPUB holds one style sheet; imports are not packaged)"),
        Rule(
            #"(?<=[;{])[^;{}]*url\([\t\n\f\r\p{Z}]*['"]?(https?:|//)[^;{}]*;?"#,
            "left out a declaration with a remote url() (e-readers load nothing from the network)"),
    ].compactMap { $0 }

    private static let cautions: [Rule] = [
        Rule(#"var\("#, "uses var(): Adobe's engine (Kobo, PocketBook) drops the whole sheet"),
        Rule(#"calc\("#, "uses calc(): Adobe's engine (Kobo, PocketBook) drops the whole sheet"),
        Rule(
            #"@supports"#, "uses @supports: Adobe's engine (Kobo, PocketBook) drops the whole sheet"
        ),
        Rule(
            #"(^|[;{\t\n\f\r\p{Z}])--[a-z0-9_-]+[\t\n\f\r\p{Z}]*:"#,
            "declares a custom property: Adobe's engine (Kobo, PocketBook) drops the whole sheet"),
    ].compactMap { $0 }

    /// 1-based line of a match (comments were replaced by their line breaks, so lines agree).
    private static func line(of range: Range<String.Index>, in text: String) -> Int {
        text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
}
