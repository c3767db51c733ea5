import CPangoCairo

/// A block after layout: its lines, each with the layout that owns it, and how the block sits
/// on the page (space around it, page breaks, what it must stay with).
final class LaidBlock {
    enum Break: Equatable {
        case none
        /// A new page, the block set this far down (a fraction of the text height).
        case newPage(sunk: Double)
    }

    /// One line to draw: its Pango line, where it goes, and an optional second line drawn at
    /// the same baseline (a table of contents entry's page number).
    struct Line {
        /// What draws the line: a line of a Pango layout, or a line of a set paragraph.
        enum Content {
            case layout(PangoTextLayout, UnsafeMutablePointer<PangoLayoutLine>)
            case set(SetParagraph, Int)
        }

        let content: Content
        let x: Double
        let baseline: Double
        let advance: Double
        var companion:
            (layout: PangoTextLayout, line: UnsafeMutablePointer<PangoLayoutLine>, x: Double)?
    }

    let id: Int
    var lines: [Line] = []
    var spaceBefore = 0.0
    var spaceAfter = 0.0
    var pageBreak = Break.none
    /// Headings stay with the first lines of what follows them.
    var keepWithNext = false
    /// Structure tag for the PDF ("P", "H1"…).
    var tag = "P"
    /// A named destination at the block's top, for links and bookmarks.
    var destination: String?
    /// A link to a named destination around the whole block.
    var link: String?
    /// The running head from this block on (a chapter's title).
    var runningHead: String?
    var isHeading = false

    init(id: Int) {
        self.id = id
    }

    /// Adds every line of a layout, `x` points in from the text block's left edge.
    func add(_ layout: PangoTextLayout, x: Double, leading: Double) {
        for line in layout.lines {
            lines.append(
                Line(
                    content: .layout(layout, line.line), x: x + line.x, baseline: line.baseline,
                    advance: max(leading, line.height)))
        }
    }

    /// Adds every line of a set paragraph, `x` points in, each `leading` high with its
    /// baseline `baseline` below its top.
    func add(_ paragraph: SetParagraph, x: Double, leading: Double, baseline: Double) {
        for index in paragraph.lines.indices {
            lines.append(
                Line(content: .set(paragraph, index), x: x, baseline: baseline, advance: leading))
        }
    }
}
