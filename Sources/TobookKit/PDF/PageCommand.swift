/// One drawing call of a page, recorded by `PageCanvas` on the composing thread and made by
/// `PageDrawer` on the drawing thread, in the order recorded.
enum PageCommand {
    case beginTag(String, String)
    case endTag(String)
    /// A line of text in Cairo's glyphs.
    case text(CairoTextLine, x: Double, baseline: Double)
    case showPage

    /// Makes the call on the document.
    func draw(on document: CairoPDFDocument) {
        switch self {
        case .beginTag(let name, let attributes): document.beginTag(name, attributes)
        case .endTag(let name): document.endTag(name)
        case .text(let line, let x, let baseline): document.show(line, x: x, baseline: baseline)
        case .showPage: document.showPage()
        }
    }
}
