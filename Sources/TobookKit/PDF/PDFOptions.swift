/// How the PDF is set: the page and, optionally, a type size other than the page's own.
public struct PDFOptions: Equatable, Sendable {
    public var page: PageGeometry
    /// Points; nil takes the theme's `@media print` size, else the page's default.
    public var fontSize: Double?
    /// Keep the page map (which lines of which block each page holds, the furniture) in the
    /// report, for tests; off by default so memory does not grow with the book.
    public var recordsPageMap = false
    /// Typeset on the calling thread alone: no measuring thread (`ChapterMeasurer`), no
    /// drawing thread (`PageDrawer`), every line drawn through Pango's renderer. The same
    /// bytes, as the tests check; slower, and a way to tell a threading fault.
    public var singleThreaded = false

    public init(page: PageGeometry = .ereader, fontSize: Double? = nil) {
        self.page = page
        self.fontSize = fontSize
    }
}
