/// The few settings the PDF takes from the theme's CSS, so one edit restyles both outputs:
/// rules inside `@media print` (which e-readers, being screens, ignore) and the paragraph
/// indent from the `p` rule.
struct PDFStyle: Equatable, Sendable {
    var fontFamilies = ["EB Garamond 12", "TeX Gyre Pagella", "DejaVu Serif", "serif"]
    var fontSize: Double?
    var lineHeight = 1.3
    /// CSS's initial value: a sheet that sets no indent gets spaced paragraphs, as in readers.
    var indentEm = 0.0
    var justified = true

    init(css: String) {
        let text = Self.strippingComments(css)
        for rule in Self.rules(in: text, media: false) where rule.selectors.contains("p") {
            if let indent = rule.declarations["text-indent"].flatMap(Self.ems) { indentEm = indent }
        }
        for rule in Self.rules(in: text, media: true) {
            guard rule.selectors.contains("body") || rule.selectors.contains("p") else { continue }
            if let families = rule.declarations["font-family"] {
                fontFamilies = families.split(separator: ",").map {
                    $0.trimmingCharacters(in: [" ", "\"", "'"]).description
                }.filter { !$0.isEmpty }
            }
            if let size = rule.declarations["font-size"].flatMap(Self.points) { fontSize = size }
            if let height = rule.declarations["line-height"].flatMap(Double.init) {
                lineHeight = height
            }
            if let align = rule.declarations["text-align"] { justified = align == "justify" }
            if let indent = rule.declarations["text-indent"].flatMap(Self.ems) { indentEm = indent }
        }
    }

    struct Rule {
        var selectors: Set<String>
        var declarations: [String: String]
    }

    /// Rules at the top level, or inside `@media print` when `media` is set.
    static func rules(in css: String, media: Bool) -> [Rule] {
        var body = Substring(css)
        if media {
            guard let start = css.firstRange(of: "@media print") else { return [] }
            guard let open = css[start.upperBound...].firstIndex(of: "{") else { return [] }
            var depth = 0
            var end = open
            for index in css[open...].indices {
                if css[index] == "{" { depth += 1 }
                if css[index] == "}" {
                    depth -= 1
                    if depth == 0 {
                        end = index
                        break
                    }
                }
            }
            body = css[css.index(after: open)..<end]
        } else if let start = css.firstRange(of: "@media") {
            body = css[..<start.lowerBound]
        }
        var rules: [Rule] = []
        for chunk in body.split(separator: "}") {
            let parts = chunk.split(separator: "{", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let selectors = Set(
                parts[0].split(separator: ",").map {
                    $0.trimmingBlanksAndNewlines()
                })
            var declarations: [String: String] = [:]
            for declaration in parts[1].split(separator: ";") {
                let pair = declaration.split(separator: ":", maxSplits: 1)
                guard pair.count == 2 else { continue }
                declarations[pair[0].trimmingBlanksAndNewlines().lowercased()] =
                    pair[1].trimmingBlanksAndNewlines()
            }
            rules.append(Rule(selectors: selectors, declarations: declarations))
        }
        return rules
    }

    /// The CSS without its comments; `keepingLines` keeps their line breaks, so that line
    /// numbers still point into the file.
    static func strippingComments(_ css: String, keepingLines: Bool = false) -> String {
        var result = ""
        var rest = Substring(css)
        while let start = rest.firstRange(of: "/*") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstRange(of: "*/") else { return result }
            if keepingLines {
                result += String(
                    repeating: "\n",
                    count: rest[start.lowerBound..<end.upperBound].filter { $0 == "\n" }.count)
            }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    static func ems(_ value: String) -> Double? {
        value.hasSuffix("em") ? Double(value.dropLast(2)) : (value == "0" ? 0 : nil)
    }

    static func points(_ value: String) -> Double? {
        if value.hasSuffix("pt") { return Double(value.dropLast(2)) }
        if value.hasSuffix("px") { return Double(value.dropLast(2)).map { $0 * 0.75 } }
        return nil
    }
}
