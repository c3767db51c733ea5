/// The generated cover's look, from the theme: the print font families, and the colours of the
/// `.cover` rule inside `@media print` (which readers skip): `background-color`, `color` for the
/// text and `border-color` for the frame and rule.
struct CoverStyle: Equatable, Sendable {
    var fontFamilies: [String]
    var background = RGB(0x1F, 0x33, 0x4A)
    var ink = RGB(0xF4, 0xEC, 0xD8)
    var accent = RGB(0xC9, 0xA2, 0x4D)

    struct RGB: Equatable, Sendable {
        var red, green, blue: Double

        init(_ red: Int, _ green: Int, _ blue: Int) {
            self.red = Double(red) / 255
            self.green = Double(green) / 255
            self.blue = Double(blue) / 255
        }

        /// `#rgb` or `#rrggbb`.
        init?(css: String) {
            var hex = css.filter { $0 != " " }
            guard hex.first == "#" else { return nil }
            hex.removeFirst()
            if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
            guard hex.count == 6, let value = Int(hex, radix: 16) else { return nil }
            self.init((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
        }
    }

    init(css: String) {
        fontFamilies = PDFStyle(css: css).fontFamilies
        let text = PDFStyle.strippingComments(css)
        for rule in PDFStyle.rules(in: text, media: true) where rule.selectors.contains(".cover") {
            if let value = rule.declarations["background-color"].flatMap(RGB.init(css:)) {
                background = value
            }
            if let value = rule.declarations["color"].flatMap(RGB.init(css:)) { ink = value }
            if let value = rule.declarations["border-color"].flatMap(RGB.init(css:)) {
                accent = value
            }
        }
    }
}
