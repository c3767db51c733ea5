/// A typed contents page in the XHTML: the section `openSection` opens (epub:type `toc`) holds
/// the label, the entries as an ordered list without numbers, and the lines of text in place.
extension XHTMLChapterWriter {
    /// The id of a contents page's label, which names its section.
    static let contentsLabelID = "contents-label"

    /// A typed contents page: its label, then its entries as a list, each linked to the heading
    /// it names, with the page number the source printed set apart; its lines of text as
    /// paragraphs, in place.
    func write(
        _ page: ContentsPage, links: [String?], to writer: inout XMLWriter,
        context: inout RenderContext
    ) {
        if let label = page.label {
            writer.openTag("p", [("class", "contents-label"), ("id", Self.contentsLabelID)])
            write(label, to: &writer, context: &context)
            writer.raw("</p>\n")
        }
        var entryIndex = 0
        var listOpen = false
        for item in page.items {
            switch item {
            case .entry(let entry):
                if !listOpen { writer.raw("<ol>\n") }
                listOpen = true
                let link = entryIndex < links.count ? links[entryIndex] : nil
                entryIndex += 1
                writer.raw(entry.indent > 0 ? "<li class=\"i\(entry.indent)\">" : "<li>")
                // Note markers stay text: a link may not hold another.
                let text = entry.text.withoutNoteLinks
                if let link {
                    writer.openTag("a", [("href", link)])
                    write(text, to: &writer, context: &context)
                    writer.raw("</a>")
                } else {
                    write(text, to: &writer, context: &context)
                }
                if let number = entry.pageNumber {
                    writer.raw(" <span class=\"page\">")
                    writer.text(number)
                    writer.raw("</span>")
                }
                writer.raw("</li>\n")
            case .text(let text):
                if listOpen { writer.raw("</ol>\n") }
                listOpen = false
                writer.raw("<p>")
                write(text, to: &writer, context: &context)
                writer.raw("</p>\n")
            }
        }
        if listOpen { writer.raw("</ol>\n") }
    }
}
