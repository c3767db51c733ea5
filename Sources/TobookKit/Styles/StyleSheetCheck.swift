import Foundation

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
            let matches = rule.expression.matches(
                in: cleaned, range: NSRange(cleaned.startIndex..., in: cleaned))
            guard let first = matches.first else { continue }
            warnings.append("\(file):\(line(of: first.range, in: cleaned)): \(rule.problem)")
            cleaned = rule.expression.stringByReplacingMatches(
                in: cleaned, range: NSRange(cleaned.startIndex..., in: cleaned),
                withTemplate: rule.template)
            removedAny = true
        }
        for rule in cautions {
            guard
                let first = rule.expression.firstMatch(
                    in: cleaned, range: NSRange(cleaned.startIndex..., in: cleaned))
            else { continue }
            warnings.append("\(file):\(line(of: first.range, in: cleaned)): \(rule.problem)")
        }
        return Review(css: removedAny ? cleaned : css, warnings: warnings)
    }

    private struct Rule: @unchecked Sendable {
        let expression: NSRegularExpression
        let template: String
        let problem: String

        /// Nil only for a pattern that does not compile: the patterns are constants, and the
        /// tests see every rule's warning.
        init?(_ pattern: String, template: String = "", _ problem: String) {
            guard
                let expression = try? NSRegularExpression(
                    pattern: pattern, options: [.caseInsensitive])
            else { return nil }
            self.expression = expression
            self.template = template
            self.problem = problem
        }
    }

    private static let removals: [Rule] = [
        Rule(
            #"(^|[;{\s])(direction|unicode-bidi)\s*:[^;}]*;?"#, template: "$1",
            "left out 'direction'/'unicode-bidi' (EPUB forbids them in CSS; --language sets the direction)"
        ),
        Rule(
            #"@import[^;]*;"#,
            "left out @import (an EPUB holds one style sheet; imports are not packaged)"),
        Rule(
            #"(?<=[;{])[^;{}]*url\(\s*['"]?(https?:|//)[^;{}]*;?"#,
            "left out a declaration with a remote url() (e-readers load nothing from the network)"),
    ].compactMap { $0 }

    private static let cautions: [Rule] = [
        Rule(#"var\("#, "uses var(): Adobe's engine (Kobo, PocketBook) drops the whole sheet"),
        Rule(#"calc\("#, "uses calc(): Adobe's engine (Kobo, PocketBook) drops the whole sheet"),
        Rule(
            #"@supports"#, "uses @supports: Adobe's engine (Kobo, PocketBook) drops the whole sheet"
        ),
        Rule(
            #"(^|[;{\s])--[a-z0-9_-]+\s*:"#,
            "declares a custom property: Adobe's engine (Kobo, PocketBook) drops the whole sheet"),
    ].compactMap { $0 }

    /// 1-based line of a match (comments were replaced by their line breaks, so lines agree).
    private static func line(of range: NSRange, in text: String) -> Int {
        guard let start = Range(range, in: text)?.lowerBound else { return 1 }
        return text[..<start].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
}
