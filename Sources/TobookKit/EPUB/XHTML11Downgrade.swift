/// Rewrites tobook's own XHTML5 content documents as XHTML 1.1 for `--epub2`: the XHTML 1.1
/// doctype, `xml:lang` only, no `epub:type`, `role` or ARIA attributes, and `div` for the HTML5
/// sectioning elements. Safe as a byte rewrite because tobook wrote the input: every attribute
/// is `name="value"` with `"` and `<` escaped, so these patterns occur only as markup.
enum XHTML11Downgrade {
    static let doctype =
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">"

    static func apply(_ bytes: [UInt8]) -> [UInt8] {
        var text = String(decoding: bytes, as: UTF8.self)
        text = text.replacingOccurrences("<!DOCTYPE html>", with: doctype)
        text = text.replacingOccurrences(" xmlns:epub=\"http://www.idpf.org/2007/ops\"", with: "")
        for attribute in [
            " epub:type=\"", " role=\"", " lang=\"", " aria-labelledby=\"", " aria-label=\"",
            " aria-describedby=\"",
        ] {
            text = removingAttributes(attribute, from: text)
        }
        for element in ["section", "aside", "nav", "header", "footer", "figure"] {
            text = text.replacingOccurrences("<\(element)>", with: "<div>")
            text = text.replacingOccurrences("<\(element) ", with: "<div ")
            text = text.replacingOccurrences("</\(element)>", with: "</div>")
        }
        return Array(text.utf8)
    }

    /// Drops every ` name="…"` whose opening is `prefix` (which ends with the quote).
    private static func removingAttributes(_ prefix: String, from text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.firstRange(of: prefix) {
            result += rest[..<range.lowerBound]
            let afterValue = rest[range.upperBound...]
            guard let close = afterValue.firstIndex(of: "\"") else { break }
            rest = afterValue[afterValue.index(after: close)...]
        }
        return result + rest
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
