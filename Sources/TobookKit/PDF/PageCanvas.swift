import CPangoCairo

/// The document as the page composer draws on it: each page's calls recorded and sent to the
/// `PageDrawer`, every line turned into Cairo's glyphs here, where Pango may be called (and
/// where the shaped words were just read: the drawing thread shares no object with this one
/// but the pages it is sent). A line only Pango's renderer can
/// draw is drawn here, once the drawing thread has caught up. Without the thread
/// (`PDFOptions.singleThreaded`) every call is made here, every line through Pango.
/// Used on the composing thread.
final class PageCanvas {
    private let document: CairoPDFDocument
    private let drawer: PageDrawer?
    private let fonts = CairoFontKeeper()
    private var page: [PageCommand] = []

    init(document: CairoPDFDocument, threaded: Bool = true) {
        self.document = document
        drawer = threaded ? PageDrawer(document: document) : nil
    }

    func beginTag(_ name: String, _ attributes: String = "") {
        record(.beginTag(name, attributes))
    }

    func endTag(_ name: String) {
        record(.endTag(name))
    }

    /// A laid-out line of a Pango layout, its baseline at (x, y); the layout must live until
    /// this returns.
    func draw(_ line: UnsafeMutablePointer<PangoLayoutLine>, x: Double, baseline y: Double) {
        if drawer != nil, let text = CairoTextLine(layoutLine: line, fonts: fonts) {
            record(.text(text, x: x, baseline: y))
        } else {
            drawNow { $0.draw(line, x: x, baseline: y) }
        }
    }

    /// A line of a set paragraph, its baseline at (x, y).
    func draw(_ paragraph: SetParagraph, line number: Int, x: Double, baseline y: Double) {
        if drawer != nil, CairoTextLine.drawsWithCairo(paragraph, line: number) {
            record(.text(CairoTextLine(paragraph, line: number), x: x, baseline: y))
        } else {
            drawNow { $0.draw(GlyphLine(paragraph, line: number), x: x, baseline: y) }
        }
    }

    func showPage() {
        record(.showPage)
        guard let drawer else { return }
        drawer.send(page)
        page = []
    }

    /// Sends what is left and waits for the drawing thread to end: the document is then the
    /// caller's again.
    func finish() {
        guard let drawer else { return }
        if !page.isEmpty { drawer.send(page) }
        page = []
        drawer.finish()
    }

    /// Keeps a call for the drawing thread, or makes it now without one.
    private func record(_ command: PageCommand) {
        if drawer == nil {
            command.draw(on: document)
        } else {
            page.append(command)
        }
    }

    /// Draws on the document here, in order: what was recorded is sent first, and the drawing
    /// thread has drawn it all before `body` runs.
    private func drawNow(_ body: (CairoPDFDocument) -> Void) {
        if let drawer {
            if !page.isEmpty { drawer.send(page) }
            page = []
            drawer.waitUntilIdle()
        }
        body(document)
    }
}
