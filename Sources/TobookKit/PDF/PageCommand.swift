/// One drawing call of a page, recorded by `PageCanvas` on the composing thread and made by
/// `PageDrawer` on the drawing thread, in the order recorded.
enum PageCommand {
    case beginTag(String, String)
    case endTag(String)
    /// A line of text in Cairo's glyphs.
    case text(CairoTextLine, x: Double, baseline: Double)
    /// A line of a set paragraph, turned into Cairo's glyphs where it is drawn: a third of
    /// the composing thread's work in the drawing pass was this, with the drawing thread idle
    /// half the time. It reads only shaped runs, which nothing changes once made.
    case setLine(SetParagraph, Int, x: Double, baseline: Double)
    case showPage

    /// Makes the call on the document.
    func draw(on document: CairoPDFDocument) {
        switch self {
        case .beginTag(let name, let attributes): document.beginTag(name, attributes)
        case .endTag(let name): document.endTag(name)
        case .text(let line, let x, let baseline): document.show(line, x: x, baseline: baseline)
        case .setLine(let paragraph, let number, let x, let baseline):
            document.show(CairoTextLine(paragraph, line: number), x: x, baseline: baseline)
        case .showPage: document.showPage()
        }
    }
}
