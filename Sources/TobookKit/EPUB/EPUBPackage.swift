/// A book as the list of files of an EPUB 3 container (with an NCX for EPUB 2 readers), built by
/// pure code: it can be inspected in tests without unzipping anything.
public struct EPUBPackage: Sendable {
    public var book: Book
    /// The theme's CSS, stored as `EPUB/styles/book.css`.
    public var stylesheet: String
    /// The cover, shown first and on the library shelf; nil makes a book without one.
    public var cover: CoverImage?
    /// EPUB 3 (with an NCX), or EPUB 2.0.1 for very old readers.
    public var version = Version.epub3
    /// Kobo's markup on every page, for a `.kepub.epub` (`EPUBPackage+Kobo.swift`).
    public var kobo = false

    public enum Version: Sendable {
        case epub3, epub2
    }

    static let packageFolder = "EPUB"
    static let stylesheetPath = "styles/book.css"

    public init(book: Book, stylesheet: String, cover: CoverImage? = nil) {
        self.book = book
        self.stylesheet = stylesheet
        self.cover = cover
    }

    /// Where the package's pages are, decided before any is written.
    private struct Layout {
        var documents: [ContentDocument]
        /// The text's own title page is the first document, in place of the generated one.
        var ownTitlePage: Bool
        var titlePageHref: String
        var textStartHref: String
        /// The text's own contents page, which Kindle looks for as the book's HTML contents.
        var contentsPageHref: String?
        var coverImageHref: String?
    }

    static let coverPageHref = "text/cover.xhtml"

    /// The XHTML the pages are written in: XHTML 1.1 in an EPUB 2.
    var dialect: XHTMLDialect { version == .epub3 ? .xhtml5 : .xhtml11 }

    /// Every entry in container order: `mimetype` first and stored, as OCF requires. An EPUB 2
    /// has the same entries but the navigation document, each written as EPUB 2 wants it.
    public func entries() -> [EPUBEntry] {
        deferredEntries().map(\.entry)
    }

    /// The entries in container order, each text page rendered only when its bytes are asked
    /// for (and again on each asking: it costs a few per cent of a run, holding them all costs
    /// the whole book's XHTML).
    func deferredEntries() -> [DeferredEPUBEntry] {
        let layout = layout()
        let metadata = book.metadata
        // The identifier names the text, not its markup: it is derived from the XHTML5 pages,
        // so the EPUB 3 and the EPUB 2 of one text share it. They are hashed one at a time.
        let identifier = metadata.identifier ?? derivedIdentifier(layout)
        let folder = Self.packageFolder + "/"
        var entries = [
            EPUBEntry(path: "mimetype", text: "application/epub+zip", compression: .stored),
            EPUBEntry(path: "META-INF/container.xml", text: Self.containerXML),
            EPUBEntry(
                path: folder + "content.opf",
                bytes: packageDocument(for: layout, identifier: identifier)),
        ]
        entries += navigation(for: layout, identifier: identifier).map {
            EPUBEntry(path: folder + $0.href, bytes: $0.bytes)
        }
        entries.append(EPUBEntry(path: folder + Self.stylesheetPath, text: stylesheet))
        entries += frontPages(for: layout)
        let writer = chapterWriter(layout.documents, dialect)
        let deferred =
            entries.map(DeferredEPUBEntry.init)
            + layout.documents.map { document in
                DeferredEPUBEntry(path: folder + document.href) { writer.render(document) }
            }
        return kobo ? koboEntries(deferred) : deferred
    }

    private func layout() -> Layout {
        var documents = ContentDocumentPlanner(bookTitle: book.metadata.title).plan(
            book.chapters, flowing: book.isShortText)
        // The text's own title page stands where the generated one would.
        let ownTitlePage =
            book.hasOwnTitlePage && documents.first?.role == .frontMatter
            && documents.first?.isContentsPage == false
        if ownTitlePage {
            documents[0].isTitlePage = true
            documents[0].titleBlock = book.chapters[0].titleBlock.map {
                book.chapters[0].blocks[$0]
            }
        }
        let textStart = ownTitlePage ? documents.dropFirst().first : documents.first
        let titlePageHref = ownTitlePage ? documents[0].href : "text/title.xhtml"
        return Layout(
            documents: documents, ownTitlePage: ownTitlePage, titlePageHref: titlePageHref,
            textStartHref: textStart?.href ?? titlePageHref,
            contentsPageHref: book.isCollection
                ? nil : documents.first(where: \.isContentsPage)?.href,
            coverImageHref: cover.map { "images/cover.\($0.format.fileExtension)" })
    }

    /// `derivedIdentifier` of the XHTML5 pages, rendered on two threads ahead of the hash.
    private func derivedIdentifier(_ layout: Layout) -> String {
        let documents = layout.documents
        let writer = chapterWriter(documents, .xhtml5)
        let pages = MadeAhead(count: documents.count) { writer.render(documents[$0]) }
        defer { pages.cancel() }
        return Self.derivedIdentifier(book.metadata, documents.indices.lazy.map(pages.take))
    }

    private func chapterWriter(_ documents: [ContentDocument], _ dialect: XHTMLDialect)
        -> XHTMLChapterWriter
    {
        XHTMLChapterWriter(
            language: book.metadata.language, stylesheet: "../" + Self.stylesheetPath,
            dialect: dialect, notes: NoteIndex(documents: documents),
            depth: book.chapters.compactMap { $0.heading?.level }.max() ?? 1,
            collection: book.isCollection)
    }

    /// The OPF: version 3.0 for an EPUB 3, 2.0 (without the navigation document) for an EPUB 2.
    private func packageDocument(for layout: Layout, identifier: String) -> [UInt8] {
        var manifest: [OPFWriter.ManifestItem] = []
        if version == .epub3 {
            manifest.append(
                .init(
                    id: "nav", href: "nav.xhtml", mediaType: "application/xhtml+xml",
                    properties: "nav", inSpine: false))
        }
        manifest += [
            .init(
                id: "ncx", href: "toc.ncx", mediaType: "application/x-dtbncx+xml", inSpine: false),
            .init(id: "css", href: Self.stylesheetPath, mediaType: "text/css", inSpine: false),
        ]
        if let cover, let coverImageHref = layout.coverImageHref {
            manifest += [
                .init(
                    id: "cover-image", href: coverImageHref, mediaType: cover.format.mediaType,
                    properties: "cover-image", inSpine: false),
                .init(
                    id: "cover", href: Self.coverPageHref, mediaType: "application/xhtml+xml",
                    inSpine: true),
            ]
        }
        if !layout.ownTitlePage {
            manifest.append(
                .init(
                    id: "titlepage", href: layout.titlePageHref,
                    mediaType: "application/xhtml+xml", inSpine: true))
        }
        manifest += layout.documents.map {
            .init(id: $0.id, href: $0.href, mediaType: "application/xhtml+xml", inSpine: true)
        }
        let coverID = cover.map { _ in "cover-image" }
        let guide = guide(for: layout)
        switch version {
        case .epub3:
            return OPFWriter(metadata: book.metadata, identifier: identifier, cover: coverID)
                .render(manifest, guide: guide)
        case .epub2:
            return OPF2Writer(metadata: book.metadata, identifier: identifier, cover: coverID)
                .render(manifest, guide: guide)
        }
    }

    /// The cover page and the generated title page, when the book has them.
    private func frontPages(for layout: Layout) -> [EPUBEntry] {
        let folder = Self.packageFolder + "/"
        let language = book.metadata.language
        var entries: [EPUBEntry] = []
        if let cover, let coverImageHref = layout.coverImageHref {
            let page = CoverPageWriter(
                language: language, stylesheet: "../" + Self.stylesheetPath, dialect: dialect)
            entries += [
                // Already compressed: stored, not deflated again.
                EPUBEntry(path: folder + coverImageHref, bytes: cover.bytes, compression: .stored),
                EPUBEntry(
                    path: folder + Self.coverPageHref,
                    bytes: page.render(cover, imageHref: "../" + coverImageHref)),
            ]
        }
        if !layout.ownTitlePage {
            let titlePage = TitlePageWriter(
                language: language, stylesheet: "../" + Self.stylesheetPath, dialect: dialect)
            entries.append(
                EPUBEntry(
                    path: folder + layout.titlePageHref, bytes: titlePage.render(book.metadata)))
        }
        return entries
    }

    /// Deflate level 4, by measurement on War and Peace's 3.5 MB of XHTML (zlib, this machine):
    /// level 6 gives 1.532 MB in 102 ms, level 4 1.557 MB (+1.6 %) in 74 ms, level 3 1.608 MB
    /// (+4.9 %) in 65 ms, level 1 1.664 MB in 72 ms. Level 4 keeps the size and saves a quarter.
    public static let deflateLevel: Int32 = 4

    /// The ZIP container's bytes.
    public func archive(compressionLevel: Int32 = EPUBPackage.deflateLevel) throws(TobookError)
        -> [UInt8]
    {
        do {
            return try zipArchive(compressionLevel: compressionLevel).finish()
        } catch {
            throw .internalFailure(reason: "writing the EPUB container: \(error.message)")
        }
    }

    /// Writes the ZIP container to `descriptor` (the output file `path`) as it is read back
    /// from libzip, without a copy of the whole; returns its size in bytes.
    public func write(
        to descriptor: Int32, path: String, compressionLevel: Int32 = EPUBPackage.deflateLevel
    ) throws(TobookError) -> Int {
        var failure: TobookError?
        do throws(ZipError) {
            return try zipArchive(compressionLevel: compressionLevel).finish {
                (chunk) throws(ZipError) in
                do throws(TobookError) {
                    try AtomicFile.writeAll(chunk, to: descriptor, path: path)
                } catch {
                    failure = error
                    throw ZipError(message: error.message)
                }
            }
        } catch {
            throw failure
                ?? .internalFailure(reason: "writing the EPUB container: \(error.message)")
        }
    }

    /// The entries added to a libzip archive in memory, ready for `zip_close`.
    private func zipArchive(compressionLevel: Int32) throws(ZipError) -> ZipArchive {
        let timestamp = DOSTimestamp(secondsSince1970: book.metadata.modified)
        let archive = try ZipArchive()
        let entries = deferredEntries()
        // Each entry is made and deflated on two threads ahead of libzip, which copies it.
        let contents = MadeAhead(count: entries.count) { index -> ZipEntryReader.Contents in
            let entry = entries[index]
            let plain = entry.bytes()
            guard entry.compression == .deflated, !plain.isEmpty,
                let deflated = DeflatedEntry(plain, level: compressionLevel)
            else { return .plain(plain) }
            return .deflated(deflated)
        }
        archive.onFinish { contents.cancel() }
        for (index, entry) in entries.enumerated() {
            try archive.add(
                path: entry.path, stored: entry.compression == .stored, modified: timestamp,
                level: compressionLevel
            ) { contents.take(index) }
        }
        return archive
    }

    /// The book's outline (`Book.outline`) as the NCX and, in an EPUB 3, as the navigation
    /// document with its landmarks: each file's path in the package folder and its bytes.
    private func navigation(for layout: Layout, identifier: String)
        -> [(href: String, bytes: [UInt8])]
    {
        let metadata = book.metadata
        let outline = book.outline
        let links = Self.outlineLinks(layout.documents, titlePageHref: layout.titlePageHref)
        let href = { (target: Outline.Target) in links[target] ?? layout.titlePageHref }
        let ncx = NCXWriter(
            identifier: identifier, title: metadata.title, language: metadata.language)
        var files = [(href: "toc.ncx", bytes: ncx.render(outline, href: href))]
        guard version == .epub3 else { return files }
        var landmarks = [
            NavDocumentWriter.Landmark(
                type: "titlepage", label: "Title page", target: layout.titlePageHref),
            NavDocumentWriter.Landmark(
                type: "bodymatter", label: "Start of text", target: layout.textStartHref),
        ]
        if let contents = layout.contentsPageHref {
            landmarks.insert(.init(type: "toc", label: "Contents", target: contents), at: 1)
        }
        if cover != nil {
            landmarks.insert(
                .init(type: "cover", label: "Cover", target: Self.coverPageHref), at: 0)
        }
        let nav = NavDocumentWriter(language: metadata.language, stylesheet: Self.stylesheetPath)
        files.append(("nav.xhtml", nav.render(outline, href: href, landmarks: landmarks)))
        return files
    }

    /// The landmarks again as a guide, in EPUB 3 too: calibre (the usual road to a Kindle)
    /// reads only the guide to know the first spine page is the cover page, and otherwise
    /// keeps it beside the cover it makes from the image, so the cover showed twice.
    private func guide(for layout: Layout) -> [OPF2Writer.Reference] {
        var guide = [
            OPF2Writer.Reference(
                type: "title-page", title: "Title page", href: layout.titlePageHref),
            OPF2Writer.Reference(type: "text", title: "Start of text", href: layout.textStartHref),
        ]
        if let contents = layout.contentsPageHref {
            guide.insert(.init(type: "toc", title: "Contents", href: contents), at: 1)
        }
        if cover != nil {
            guide.insert(.init(type: "cover", title: "Cover", href: Self.coverPageHref), at: 0)
        }
        return guide
    }

    /// Where each entry of the book's outline (`Book.outline`) points in the package: the
    /// anchors the planner gave the listed headings and the labelled divisions, in reading
    /// order, which is the order the outline counts them in.
    static func outlineLinks(_ documents: [ContentDocument], titlePageHref: String)
        -> [Outline.Target: String]
    {
        var links: [Outline.Target: String] = [.titlePage: titlePageHref]
        var headings = 0
        var divisions = 0
        for document in documents {
            for item in document.items {
                switch item {
                case .heading(let heading, let anchor) where heading.listed:
                    links[.heading(headings)] = "\(document.href)#\(anchor)"
                    headings += 1
                case .labelledStart(_, _, let anchor):
                    links[.division(divisions)] = "\(document.href)#\(anchor)"
                    divisions += 1
                default:
                    break
                }
            }
        }
        return links
    }

    /// `urn:uuid:` plus a version 5 UUID of the title and the text documents, so the same book
    /// gets the same identifier on every run and a changed text gets a new one.
    static func derivedIdentifier<Documents: Sequence<[UInt8]>>(
        _ metadata: BookMetadata, _ documents: Documents
    ) -> String {
        let title = Array(metadata.title.utf8) + [0]
        let uuid = NameBasedUUID(
            namespace: NameBasedUUID.bookNamespace,
            nameParts: [AnySequence([title]), AnySequence(documents)].joined())
        return "urn:uuid:" + uuid.description
    }

    static let containerXML = """
        <?xml version="1.0" encoding="utf-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles>
        <rootfile full-path="\(packageFolder)/content.opf" media-type="application/oebps-package+xml"/>
        </rootfiles>
        </container>

        """
}
