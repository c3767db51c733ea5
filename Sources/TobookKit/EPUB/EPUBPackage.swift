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

    /// Every entry in container order: `mimetype` first and stored, as OCF requires.
    public func entries() -> [EPUBEntry] {
        let metadata = book.metadata
        var documents = ContentDocumentPlanner(bookTitle: metadata.title).plan(
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
        let depth = book.chapters.compactMap { $0.heading?.level }.max() ?? 1
        let chapterWriter = XHTMLChapterWriter(
            language: metadata.language, stylesheet: "../" + Self.stylesheetPath,
            notes: NoteIndex(documents: documents), depth: depth,
            collection: book.isCollection)
        let renderedDocuments = documents.map(chapterWriter.render)
        let identifier = metadata.identifier ?? Self.derivedIdentifier(metadata, renderedDocuments)

        let titlePageHref = ownTitlePage ? documents[0].href : "text/title.xhtml"
        let coverPageHref = "text/cover.xhtml"
        let coverImageHref = cover.map { "images/cover.\($0.format.fileExtension)" }
        let outline = book.outline
        let links = Self.outlineLinks(documents, titlePageHref: titlePageHref)
        let href = { (target: Outline.Target) in links[target] ?? titlePageHref }
        var landmarks = [
            NavDocumentWriter.Landmark(
                type: "titlepage", label: "Title page", target: titlePageHref),
            NavDocumentWriter.Landmark(
                type: "bodymatter", label: "Start of text",
                target: textStart?.href ?? titlePageHref),
        ]
        // The text's own contents page, which Kindle looks for as the book's HTML contents.
        let contentsPage = book.isCollection ? nil : documents.first(where: \.isContentsPage)
        if let contentsPage {
            landmarks.insert(
                .init(type: "toc", label: "Contents", target: contentsPage.href), at: 1)
        }
        if cover != nil {
            landmarks.insert(.init(type: "cover", label: "Cover", target: coverPageHref), at: 0)
        }
        // The landmarks again as a guide, in EPUB 3 too: calibre (the usual road to a Kindle)
        // reads only the guide to know the first spine page is the cover page, and otherwise
        // keeps it beside the cover it makes from the image, so the cover showed twice.
        var guide = [
            OPF2Writer.Reference(type: "title-page", title: "Title page", href: titlePageHref),
            OPF2Writer.Reference(
                type: "text", title: "Start of text",
                href: textStart?.href ?? titlePageHref),
        ]
        if let contentsPage {
            guide.insert(.init(type: "toc", title: "Contents", href: contentsPage.href), at: 1)
        }
        if cover != nil {
            guide.insert(.init(type: "cover", title: "Cover", href: coverPageHref), at: 0)
        }
        let nav = NavDocumentWriter(language: metadata.language, stylesheet: Self.stylesheetPath)
        let titlePage = TitlePageWriter(
            language: metadata.language, stylesheet: "../" + Self.stylesheetPath)
        let ncx = NCXWriter(
            identifier: identifier, title: metadata.title, language: metadata.language)

        var manifest: [OPFWriter.ManifestItem] = [
            .init(
                id: "nav", href: "nav.xhtml", mediaType: "application/xhtml+xml", properties: "nav",
                inSpine: false),
            .init(
                id: "ncx", href: "toc.ncx", mediaType: "application/x-dtbncx+xml", inSpine: false),
            .init(id: "css", href: Self.stylesheetPath, mediaType: "text/css", inSpine: false),
        ]
        if let cover, let coverImageHref {
            manifest += [
                .init(
                    id: "cover-image", href: coverImageHref, mediaType: cover.format.mediaType,
                    properties: "cover-image", inSpine: false),
                .init(
                    id: "cover", href: coverPageHref, mediaType: "application/xhtml+xml",
                    inSpine: true),
            ]
        }
        if !ownTitlePage {
            manifest += [
                .init(
                    id: "titlepage", href: titlePageHref, mediaType: "application/xhtml+xml",
                    inSpine: true)
            ]
        }
        manifest += documents.map {
            .init(id: $0.id, href: $0.href, mediaType: "application/xhtml+xml", inSpine: true)
        }

        let folder = Self.packageFolder + "/"
        var entries = [
            EPUBEntry(path: "mimetype", text: "application/epub+zip", compression: .stored),
            EPUBEntry(path: "META-INF/container.xml", text: Self.containerXML),
            EPUBEntry(
                path: folder + "content.opf",
                bytes: OPFWriter(
                    metadata: metadata, identifier: identifier,
                    cover: cover.map { _ in "cover-image" }
                ).render(manifest, guide: guide)),
            EPUBEntry(path: folder + "toc.ncx", bytes: ncx.render(outline, href: href)),
            EPUBEntry(
                path: folder + "nav.xhtml",
                bytes: nav.render(outline, href: href, landmarks: landmarks)),
            EPUBEntry(path: folder + Self.stylesheetPath, text: stylesheet),
        ]
        if let cover, let coverImageHref {
            let page = CoverPageWriter(
                language: metadata.language, stylesheet: "../" + Self.stylesheetPath)
            entries += [
                // Already compressed: stored, not deflated again.
                EPUBEntry(path: folder + coverImageHref, bytes: cover.bytes, compression: .stored),
                EPUBEntry(
                    path: folder + coverPageHref,
                    bytes: page.render(cover, imageHref: "../" + coverImageHref)),
            ]
        }
        if !ownTitlePage {
            entries.append(
                EPUBEntry(path: folder + titlePageHref, bytes: titlePage.render(metadata)))
        }
        for (document, bytes) in zip(documents, renderedDocuments) {
            entries.append(EPUBEntry(path: folder + document.href, bytes: bytes))
        }
        guard version == .epub2 else { return entries }
        // EPUB 2.0.1: an OPF 2.0 package with a guide, no navigation document, XHTML 1.1.
        let package = OPF2Writer(
            metadata: metadata, identifier: identifier, cover: cover.map { _ in "cover-image" })
        return entries.compactMap { entry in
            switch entry.path {
            case folder + "nav.xhtml": return nil
            case folder + "content.opf":
                return EPUBEntry(
                    path: entry.path,
                    bytes: package.render(manifest.filter { $0.id != "nav" }, guide: guide))
            case let path where path.hasSuffix(".xhtml"):
                return EPUBEntry(path: path, bytes: XHTML11Downgrade.apply(entry.bytes))
            default: return entry
            }
        }
    }

    /// Deflate level 4, by measurement on War and Peace's 3.5 MB of XHTML (zlib, this machine):
    /// level 6 gives 1.532 MB in 102 ms, level 4 1.557 MB (+1.6 %) in 74 ms, level 3 1.608 MB
    /// (+4.9 %) in 65 ms, level 1 1.664 MB in 72 ms. Level 4 keeps the size and saves a quarter.
    public static let deflateLevel: Int32 = 4

    /// The ZIP container's bytes.
    public func archive(compressionLevel: Int32 = EPUBPackage.deflateLevel) throws(TobookError)
        -> [UInt8]
    {
        let timestamp = DOSTimestamp(secondsSince1970: book.metadata.modified)
        do {
            let archive = try ZipArchive()
            for entry in entries() {
                try archive.add(entry, modified: timestamp, level: compressionLevel)
            }
            return try archive.finish()
        } catch {
            throw .internalFailure(reason: "writing the EPUB container: \(error.message)")
        }
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
    static func derivedIdentifier(_ metadata: BookMetadata, _ documents: [[UInt8]]) -> String {
        let title = Array(metadata.title.utf8) + [0]
        let uuid = NameBasedUUID(
            namespace: NameBasedUUID.bookNamespace, nameParts: [title] + documents)
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
