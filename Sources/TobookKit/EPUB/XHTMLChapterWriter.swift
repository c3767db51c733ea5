/// Renders one planned content document as polyglot XHTML5, or as XHTML 1.1 for an EPUB 2.
struct XHTMLChapterWriter {
    var language: String
    /// The style sheet's path relative to the document.
    var stylesheet: String
    var dialect = XHTMLDialect.xhtml5
    /// Where each footnote lives, to link markers to it across files.
    var notes = NoteIndex(documents: [])
    /// The deepest heading level of the book: with more than one, level 1 headings open parts.
    var depth = 1
    /// A collection's level 1 heading with text right under it is a text without chapters: a
    /// chapter, not a part.
    var collection = false

    func render(_ document: ContentDocument) -> [UInt8] {
        let textSize = document.items.reduce(0) { $0 + ContentDocumentPlanner.estimatedSize($1) }
        var writer = XMLWriter(capacity: textSize + textSize / 8 + 1024)
        XHTMLDocument.begin(
            &writer, language: document.language ?? language, title: document.title,
            stylesheet: stylesheet, dialect: dialect)
        var context = RenderContext(document: document, notes: notes)
        openSection(for: document, at: 0, writer: &writer)
        for (position, item) in document.items.enumerated() {
            if case .chapterBreak = item {
                writer.close("section", in: dialect)
                writer.newline()
                openSection(for: document, at: position + 1, writer: &writer)
                continue
            }
            // The text's own title page: its title line (`BookAssembler.markOwnTitlePage`).
            if let title = document.titleBlock, case .block(title) = item,
                case .paragraph(let title) = title
            {
                writer.raw("<p class=\"title\">")
                write(title, to: &writer, context: &context)
                writer.raw("</p>\n")
                continue
            }
            write(item, to: &writer, context: &context)
        }
        writer.close("section", in: dialect)
        writer.newline()
        XHTMLDocument.end(&writer)
        return writer.bytes
    }

    /// `<section>` with the EPUB structural type and ARIA role of what it holds.
    private func openSection(
        for document: ContentDocument, at position: Int, writer: inout XMLWriter
    ) {
        var attributes: [(String, String)]
        if case .contentsPage(let page, _)? = document.items.dropFirst(position).first {
            attributes = [("class", "contents"), ("epub:type", "toc"), ("role", "doc-toc")]
            if page.label != nil { attributes.append(("aria-labelledby", Self.contentsLabelID)) }
            writer.openTag("section", attributes, in: dialect)
            writer.newline()
            return
        }
        switch document.role {
        case .frontMatter:
            // The text's own title page takes the generated one's look (`.titlepage`), its
            // first block, the title, set large.
            attributes =
                document.isTitlePage
                ? [("class", "frontmatter titlepage"), ("epub:type", "titlepage")]
                : [("class", "frontmatter"), ("epub:type", "frontmatter")]
        case .backMatter: attributes = [("class", "backmatter"), ("epub:type", "backmatter")]
        case .body:
            var isPart = false
            let opening = document.items.dropFirst(position)
            if case .heading(let heading, _)? = opening.first {
                isPart = depth > 1 && heading.level == 1 && heading.listed
                if collection, case .block? = opening.dropFirst().first { isPart = false }
            }
            attributes =
                isPart
                ? [("class", "part"), ("epub:type", "part"), ("role", "doc-part")]
                : [("class", "chapter"), ("epub:type", "chapter"), ("role", "doc-chapter")]
        }
        if case .heading(_, let anchor)? = document.items.dropFirst(position).first {
            attributes.append(("aria-labelledby", anchor))
        }
        writer.openTag("section", attributes, in: dialect)
        writer.newline()
    }

    private func write(
        _ item: ContentDocument.Item, to writer: inout XMLWriter, context: inout RenderContext
    ) {
        switch item {
        case .heading(let heading, let anchor):
            let tag = XHTMLDocument.tag(forLevel: heading.level)
            var attributes = [("id", anchor)]
            if !heading.listed { attributes.append(("class", "minor")) }
            writer.openTag(tag, attributes)
            writeHeadingText(heading.text, to: &writer, context: &context)
            if let subtitle = heading.subtitle {
                writer.raw(" <span class=\"subtitle\">")
                write(subtitle, to: &writer, context: &context)
                writer.raw("</span>")
            }
            writer.close(tag)
            writer.newline()
        case .labelledStart(_, _, let anchor):
            writer.openTag("div", [("id", anchor), ("class", "start")], selfClosing: true)
            writer.newline()
        case .footnote(let note, let anchor):
            writer.openTag(
                "aside", [("id", anchor), ("epub:type", "footnote"), ("role", "doc-footnote")],
                in: dialect)
            writer.raw("<p>")
            write(note.text, to: &writer, context: &context)
            writer.raw("</p>")
            writer.close("aside", in: dialect)
            writer.newline()
        case .block(let block):
            write(block, to: &writer, context: &context)
        case .contentsPage(let page, let links):
            write(page, links: links, to: &writer, context: &context)
        case .chapterBreak:
            break
        }
    }

    private func write(_ block: Block, to writer: inout XMLWriter, context: inout RenderContext) {
        switch block {
        case .paragraph(let inlines):
            writer.raw("<p>")
            write(inlines, to: &writer, context: &context)
            writer.raw("</p>\n")
        case .caption(let inlines):
            writer.raw("<p class=\"caption\">")
            write(inlines, to: &writer, context: &context)
            writer.raw("</p>\n")
        case .sceneBreak:
            writer.raw("<hr class=\"scene-break\"/>\n")
        case .heading(let heading):
            let tag = XHTMLDocument.tag(forLevel: heading.level)
            writer.open(tag, ["class": "minor"])
            writeHeadingText(heading.text, to: &writer, context: &context)
            writer.close(tag)
            writer.newline()
        case .verse(let lines):
            writer.raw("<div class=\"verse\">\n")
            for line in lines {
                writer.raw(
                    line.indent > 0 ? "<p class=\"line i\(line.indent)\">" : "<p class=\"line\">")
                write(line.text, to: &writer, context: &context)
                writer.raw("</p>\n")
            }
            writer.raw("</div>\n")
        case .preformatted(let text):
            writer.raw("<pre>")
            writer.text(text)
            writer.raw("</pre>\n")
        case .blockQuote(let inner):
            writer.raw("<blockquote>\n")
            for block in inner { write(block, to: &writer, context: &context) }
            writer.raw("</blockquote>\n")
        case .list(let list):
            writer.raw(
                list.ordered
                    ? "<ol class=\"labelled\">\n" : list.isCast ? "<ul class=\"cast\">\n" : "<ul>\n"
            )
            for item in list.items {
                writer.raw("<li>")
                if let label = item.label {
                    writer.raw("<span class=\"label\">")
                    writer.text(label)
                    writer.raw("</span> ")
                }
                write(item.text, to: &writer, context: &context)
                writer.raw("</li>\n")
            }
            writer.raw(list.ordered ? "</ol>\n" : "</ul>\n")
        case .footnote(let note):
            writer.openTag(
                "aside", [("epub:type", "footnote"), ("role", "doc-footnote")], in: dialect)
            writer.raw("<p>")
            write(note.text, to: &writer, context: &context)
            writer.raw("</p>")
            writer.close("aside", in: dialect)
            writer.newline()
        case .contentsPage(let page):
            // The planner gives a contents page its own item; unlinked, should one come here.
            write(page, links: [], to: &writer, context: &context)
        case .table(let table):
            write(table, to: &writer, context: &context)
        }
    }

    func write(_ inlines: [Inline], to writer: inout XMLWriter, context: inout RenderContext) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                writer.text(text)
            case .emphasis(let inner):
                writer.raw("<em>")
                write(inner, to: &writer, context: &context)
                writer.raw("</em>")
            case .strong(let inner):
                writer.raw("<strong>")
                write(inner, to: &writer, context: &context)
                writer.raw("</strong>")
            case .code(let code):
                writer.raw("<code>")
                writer.text(code)
                writer.raw("</code>")
            case .link(let url, let inner):
                writer.openTag("a", [("href", LinkAddress.href(url))])
                // A note marker cannot link inside a link: `<a>` does not nest.
                write(inner.withoutNoteLinks, to: &writer, context: &context)
                writer.raw("</a>")
            case .speaker(let name):
                writer.raw("<span class=\"speaker\">")
                writer.text(name)
                writer.raw("</span>")
            case .noteReference(let label, let text):
                guard let target = context.notes.target(for: label, from: context.document.href)
                else {
                    writer.text(text)
                    continue
                }
                context.references += 1
                let href =
                    target.href == context.document.href
                    ? "#" + target.anchor : target.link(from: context.document.href)
                writer.openTag(
                    "a",
                    [
                        ("href", href), ("id", "ref\(context.references)"),
                        ("epub:type", "noteref"), ("role", "doc-noteref"),
                    ], in: dialect)
                writer.text(text)
                writer.raw("</a>")
            }
        }
    }

    /// What rendering one document needs to remember: note references get unique ids.
    struct RenderContext {
        let document: ContentDocument
        let notes: NoteIndex
        var references = 0
    }
}
