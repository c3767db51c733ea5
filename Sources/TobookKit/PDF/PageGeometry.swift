/// A page size with its margins and the type size that suits it, in PostScript points.
public struct PageGeometry: Equatable, Sendable {
    public var width: Double
    public var height: Double
    public var top: Double
    public var bottom: Double
    public var inner: Double
    public var outer: Double
    /// Body type size in points.
    public var fontSize: Double

    static let pointsPerMillimetre = 72.0 / 25.4

    /// The default: a 6-inch e-reader screen.
    public static let ereader = PageGeometry(
        millimetres: 90, 120, margins: (8, 8, 5, 5), fontSize: 10)

    /// `ereader` (90×120 mm, a 6-inch screen), `ereader7` (107×142 mm), `a5`, `a4`, `letter`, or
    /// `WxH` in millimetres. Screens get narrow margins (readers add their own) and 10–11 pt type.
    public init?(named name: String) {
        let key = name.lowercased()
        switch key {
        case "ereader": self = .ereader
        case "ereader7": self.init(millimetres: 107, 142, margins: (9, 9, 6, 6), fontSize: 11)
        case "a5": self.init(millimetres: 148, 210, margins: (18, 20, 16, 16), fontSize: 10.5)
        case "a4": self.init(millimetres: 210, 297, margins: (25, 27, 28, 28), fontSize: 11)
        case "letter": self.init(millimetres: 215.9, 279.4, margins: (25, 27, 28, 28), fontSize: 11)
        default:
            let parts = key.split(separator: "x")
            guard parts.count == 2, let width = Double(parts[0]), let height = Double(parts[1]),
                (50...1000).contains(width), (50...1000).contains(height)
            else { return nil }
            let side = max(5, width * 0.06)
            let edge = max(8, height * 0.07)
            self.init(
                millimetres: width, height, margins: (edge, edge, side, side),
                fontSize: width < 120 ? 10 : 11)
        }
    }

    init(
        millimetres width: Double, _ height: Double, margins: (Double, Double, Double, Double),
        fontSize: Double
    ) {
        let scale = Self.pointsPerMillimetre
        self.width = width * scale
        self.height = height * scale
        top = margins.0 * scale
        bottom = margins.1 * scale
        inner = margins.2 * scale
        outer = margins.3 * scale
        self.fontSize = fontSize
    }

    var textWidth: Double { width - inner - outer }

    /// The longest comfortable line in characters, and the one a too-wide page is brought to:
    /// 60–75 characters read best (Bringhurst); A5 and larger pages at their type size gave
    /// 80–90.
    static let measure = (longest: 75.0, target: 66.0)

    /// The same page with its side margins widened, equally, until a line holds about 66
    /// characters of `characterWidth` points, when it held more than 75; else unchanged.
    func fittingMeasure(characterWidth: Double) -> PageGeometry {
        guard characterWidth > 0, textWidth / characterWidth > Self.measure.longest else {
            return self
        }
        let extra = (textWidth - Self.measure.target * characterWidth) / 2
        var page = self
        page.inner += extra
        page.outer += extra
        return page
    }
    var textHeight: Double { height - top - bottom }
}
