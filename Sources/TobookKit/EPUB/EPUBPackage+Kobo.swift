/// A kepub: the same package with Kobo's markup (`KoboMarkup`) on its pages. Kobo reads a
/// book named `.kepub.epub` with its kepub engine, which wants the markup; everything else
/// (cover, navigation, NCX, metadata, identifier) is the EPUB's, so the kepub stays a valid
/// EPUB 3 that any reader opens.
extension EPUBPackage {
    /// `entries` with Kobo's markup on every XHTML page but the navigation document, which
    /// kepubify marks up too: its list items may hold only a link and a list, not a span
    /// around them, and Kobo shows its contents from the NCX and the navigation, not as a page.
    /// The markup is added as each page is made, so the pages still stream one at a time.
    func koboEntries(_ entries: [DeferredEPUBEntry]) -> [DeferredEPUBEntry] {
        let navigation = Self.packageFolder + "/nav.xhtml"
        let dialect = dialect
        return entries.map { entry in
            guard entry.path.hasSuffix(".xhtml"), entry.path != navigation else { return entry }
            var marked = entry
            let page = entry.bytes
            marked.bytes = { KoboMarkup.apply(to: page(), dialect: dialect) }
            return marked
        }
    }
}
