/// Places laid-out blocks on pages and draws them as it goes, so a page is written as soon as it
/// is full and memory stays flat. Enforces the page rules:
/// - no single line of a multi-line paragraph alone at the foot (orphan) or head (widow) of a
///   page: the break moves so that at least two lines stand on each side;
/// - a heading stays with at least two lines of what follows it;
/// - space before a block is dropped at the top of a page.
/// Without a canvas (the measuring pass) it only counts pages.
final class PageComposer {
    let geometry: PageGeometry
    let canvas: PageCanvas?
    let furniture: PageFurniture?
    /// Makes the glyphs of set lines as they are drawn.
    let setter: ParagraphSetter
    let recordsPageMap: Bool
    private(set) var report = PDFReport()
    /// The page being filled.
    private(set) var pageNumber: Int
    private var y = 0.0
    private var pageHasContent = false
    private var pageIsOpening = false
    private var currentHead: String?
    private var headAtPageStart: String?
    private var pending: [LaidBlock] = []
    private var slices: [PDFReport.Slice] = []

    init(
        geometry: PageGeometry, canvas: PageCanvas?, furniture: PageFurniture?,
        setter: ParagraphSetter, firstPage: Int, recordsPageMap: Bool = false
    ) {
        self.setter = setter
        self.recordsPageMap = recordsPageMap
        self.geometry = geometry
        self.canvas = canvas
        self.furniture = furniture
        pageNumber = firstPage
    }

    func add(_ block: LaidBlock) {
        if block.keepWithNext {
            pending.append(block)
            return
        }
        if !pending.isEmpty {
            let group = pending
            pending = []
            keepTogether(group, with: block)
            for heading in group { place(heading) }
        }
        place(block)
    }

    /// Ends the last page; returns the report.
    func finish() -> PDFReport {
        for heading in pending { place(heading) }
        pending = []
        if pageHasContent { endPage() }
        canvas?.finish()
        return report
    }

    /// Starts a new page first when the headings and the first lines of the block after them
    /// would not fit on this one.
    private func keepTogether(_ headings: [LaidBlock], with block: LaidBlock) {
        guard pageHasContent, headings.first?.pageBreak == LaidBlock.Break.none else { return }
        var needed = headings.reduce(0.0) {
            $0 + $1.spaceBefore + $1.lines.reduce(0) { $0 + $1.advance } + $1.spaceAfter
        }
        needed += block.spaceBefore + block.lines.prefix(2).reduce(0) { $0 + $1.advance }
        if y + needed > geometry.textHeight { endPage() }
    }

    private func place(_ block: LaidBlock) {
        if case .newPage(let sunk) = block.pageBreak {
            if pageHasContent || pageIsOpening { endPage() }
            pageIsOpening = true
            y = geometry.textHeight * sunk
        } else if pageHasContent {
            y += block.spaceBefore
        }
        if let head = block.runningHead {
            currentHead = head
            if !pageHasContent { headAtPageStart = head }
        }
        var index = 0
        let count = block.lines.count
        while index < count {
            var fit = 0
            var height = y
            while index + fit < count,
                height + block.lines[index + fit].advance <= geometry.textHeight + 0.01
            {
                height += block.lines[index + fit].advance
                fit += 1
            }
            var take = fit
            if fit < count - index {
                let rest = count - index
                if block.isHeading || block.lines.count < 2 {
                    take = 0
                } else {
                    if rest - take < 2 { take = rest - 2 }
                    if index == 0 && take < 2 { take = 0 }
                    take = max(0, take)
                }
                if take == 0 && !pageHasContent { take = max(1, fit) }
            }
            if take > 0 {
                draw(block, lines: index..<(index + take))
                index += take
            }
            if index < count { endPage() }
        }
        y += block.spaceAfter
    }

    private func draw(_ block: LaidBlock, lines range: Range<Int>) {
        let left = geometry.inner
        if let destination = block.destination, range.lowerBound == 0 {
            report.headingPages[destination] = pageNumber
            canvas?.beginTag(
                "cairo.dest", "name='\(destination)' x=\(Int(left)) y=\(Int(geometry.top + y))")
            canvas?.endTag("cairo.dest")
        }
        if let link = block.link { canvas?.beginTag("Link", "dest='\(link)'") }
        canvas?.beginTag(block.tag)
        for index in range {
            let line = block.lines[index]
            let baseline = geometry.top + y + line.baseline
            if let canvas {
                switch line.content {
                case .layout(_, let pangoLine):
                    canvas.draw(pangoLine, x: left + line.x, baseline: baseline)
                case .set(let paragraph, let number):
                    canvas.draw(paragraph, line: number, x: left + line.x, baseline: baseline)
                }
            }
            if let companion = line.companion {
                canvas?.draw(companion.line, x: left + companion.x, baseline: baseline)
            }
            y += line.advance
        }
        canvas?.endTag(block.tag)
        if block.link != nil { canvas?.endTag("Link") }
        pageHasContent = true
        guard recordsPageMap else { return }
        slices.append(
            PDFReport.Slice(
                block: block.id, firstLine: range.lowerBound, lastLine: range.upperBound - 1,
                lineCount: block.lines.count, isHeading: block.isHeading))
    }

    private func endPage() {
        let head = pageIsOpening ? nil : headAtPageStart ?? currentHead
        let folio = furniture?.folio(forPage: pageNumber)
        if let canvas, let furniture {
            furniture.draw(on: canvas, head: head, folio: folio)
        }
        if recordsPageMap {
            report.furniture.append(PDFReport.Furniture(head: head, folio: folio))
            report.pages.append(slices)
        }
        canvas?.showPage()
        report.pageCount += 1
        slices = []
        pageNumber += 1
        y = 0
        pageHasContent = false
        pageIsOpening = false
        headAtPageStart = currentHead
    }
}
