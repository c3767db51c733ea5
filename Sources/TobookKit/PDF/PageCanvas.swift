import CPangoCairo

/// The document as the page composer draws on it: each page's calls recorded and sent to the
/// `PageDrawer`, a layout's lines turned into Cairo's glyphs here, where Pango may be called;
/// a set paragraph's lines are sent as they are, their shaped runs read only by the drawing
/// thread (which shares no other object with this one). A line only Pango's renderer can
/// draw is drawn here, once the drawing thread has caught up. Without the thread
/// (`PDFOptions.singleThreaded`) every call is made here, every line through Pango.
/// Used on the composing thread.
final class PageCanvas {
    private let document: CairoPDFDocument
    private let drawer: PageDrawer?
    private let fonts = CairoFontKeeper()
    private var page: [PageCommand] = []
    /// Whether this thread turns set lines into glyphs itself: only while the drawing thread
    /// has `drawerBehind` pages or more to draw. Either thread may be the slower, by the book
    /// and the machine; the bytes are the same whichever makes a line.
    private var makesSetLines = false
    static let drawerBehind = 3

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

    /// A line of a set paragraph, its baseline at (x, y): turned into glyphs here while the
    /// drawing thread is behind, else left to it.
    func draw(_ paragraph: SetParagraph, line number: Int, x: Double, baseline y: Double) {
        if drawer != nil, CairoTextLine.drawsWithCairo(paragraph, line: number) {
            record(
                makesSetLines
                    ? .text(CairoTextLine(paragraph, line: number), x: x, baseline: y)
                    : .setLine(paragraph, number, x: x, baseline: y))
        } else {
            drawNow { $0.draw(GlyphLine(paragraph, line: number), x: x, baseline: y) }
        }
    }

    func showPage() {
        record(.showPage)
        guard let drawer else { return }
        makesSetLines = drawer.send(page) >= Self.drawerBehind
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
