import CPangoCairo

/// The fonts of one PDF, from the theme's family list: the first family fontconfig really has
/// (Pango silently substitutes a sans-serif for an unknown name, so each is checked).
final class TypesetFonts {
    let family: String
    let size: Double
    let body: FontDescription
    let small: FontDescription
    let furniture: FontDescription
    let mono: FontDescription
    /// Monospace against the book face: preformatted text and code in a line.
    static let monoScale = 0.8
    let heading: FontDescription
    let part: FontDescription
    let title: FontDescription
    let minor: FontDescription
    private(set) var warnings: [String] = []

    static let generic: Set<String> = [
        "serif", "sans-serif", "sans", "monospace", "cursive", "fantasy",
    ]

    init(style: PDFStyle, size: Double, context: OpaquePointer) {
        var chosen: String?
        var substitute: String?
        for family in style.fontFamilies {
            let probe = FontDescription(family: family, points: size)
            let resolved = probe.resolvedFamily(in: context) ?? ""
            if Self.generic.contains(family.lowercased()) || Self.matches(family, resolved) {
                chosen = family
                break
            }
            if substitute == nil { substitute = resolved }
        }
        let family = chosen ?? style.fontFamilies.first ?? "serif"
        if chosen == nil || chosen != style.fontFamilies.first, let first = style.fontFamilies.first
        {
            warnings.append(
                "font '\(first)' is not installed; the PDF uses '\(chosen ?? substitute ?? "a fallback")'"
            )
        }
        self.family = family
        self.size = size
        body = FontDescription(family: family, points: size)
        small = FontDescription(family: family, points: size * 0.85)
        furniture = FontDescription(family: family, points: size * 0.75)
        mono = FontDescription(family: "monospace", points: size * Self.monoScale)
        heading = FontDescription(family: family, points: size * 1.4, weight: PANGO_WEIGHT_BOLD)
        part = FontDescription(family: family, points: size * 1.7, weight: PANGO_WEIGHT_BOLD)
        title = FontDescription(family: family, points: size * 2, weight: PANGO_WEIGHT_BOLD)
        minor = FontDescription(family: family, points: size * 1.05, weight: PANGO_WEIGHT_BOLD)
    }

    /// "EB Garamond 12" is matched by "EB Garamond": compare without spaces, digits and case.
    static func matches(_ requested: String, _ resolved: String) -> Bool {
        let key = { (name: String) in name.lowercased().filter { $0.isLetter } }
        let a = key(requested)
        let b = key(resolved)
        return !b.isEmpty && (a.hasPrefix(b) || b.hasPrefix(a))
    }
}
