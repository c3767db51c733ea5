import CPangoCairo

/// The running head (the chapter's title) and the page number, drawn in the margins.
final class PageFurniture {
    let geometry: PageGeometry
    let context: OpaquePointer
    let font: FontDescription
    private var lastHead: (text: String, layout: PangoTextLayout)?

    init(geometry: PageGeometry, context: OpaquePointer, font: FontDescription) {
        self.geometry = geometry
        self.context = context
        self.font = font
    }

    /// The page number printed on a page: none on the title page.
    func folio(forPage page: Int) -> String? {
        page > 1 ? String(page) : nil
    }

    /// The running head laid out, kept while it stays the same: a chapter's pages share it,
    /// and laying it out again for each page was 3% of the drawing pass.
    private func headLayout(_ head: String) -> PangoTextLayout {
        if let last = lastHead, last.text == head { return last.layout }
        let layout = PangoTextLayout(
            context: context, text: head, font: font, width: geometry.textWidth,
            alignment: .centre,
            attributes: [TextAttribute(kind: .italic, start: 0, end: head.utf8.count)],
            ellipsize: true)
        lastHead = (head, layout)
        return layout
    }

    /// The head and the page number, when given.
    func draw(on canvas: PageCanvas, head: String?, folio number: String?) {
        if let head {
            let layout = headLayout(head)
            if let line = layout.lines.first {
                canvas.draw(line.line, x: geometry.inner + line.x, baseline: geometry.top * 0.62)
            }
        }
        guard let number else { return }
        let folio = PangoTextLayout(
            context: context, text: number, font: font, width: geometry.textWidth,
            alignment: .centre)
        if let line = folio.lines.first {
            canvas.draw(
                line.line, x: geometry.inner + line.x,
                baseline: geometry.height - geometry.bottom * 0.45)
        }
    }
}
