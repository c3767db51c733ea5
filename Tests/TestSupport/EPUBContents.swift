import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An EPUB opened with the `unzip` tool and Foundation's XML parser, independent of tobook's code.
public struct EPUBContents {
    public let url: URL
    public let entryNames: [String]
    /// The package document's path inside the container, from `META-INF/container.xml`.
    public let packagePath: String
    public let package: PackageDocument

    public init(_ url: URL) throws {
        self.url = url
        let listing = try Subprocess.run("unzip", ["-Z1", url.path])
        guard listing.status == 0 else {
            throw TestSupportError("unzip -Z1 failed: \(listing.stderr)")
        }
        entryNames = listing.stdoutText.split(separator: "\n").map(String.init)
        let container = try XMLTree.parse(Self.read("META-INF/container.xml", from: url))
        guard let rootfile = container.first(named: "rootfile")?.attributes["full-path"] else {
            throw TestSupportError("container.xml has no rootfile")
        }
        packagePath = rootfile
        package = try PackageDocument(XMLTree.parse(Self.read(rootfile, from: url)))
    }

    /// One entry's bytes.
    public func read(_ entry: String) throws -> Data {
        try Self.read(entry, from: url)
    }

    /// A path relative to the package document, as a container entry name.
    public func entryName(forHref href: String) -> String {
        let folder = (packagePath as NSString).deletingLastPathComponent
        return folder.isEmpty ? href : folder + "/" + href
    }

    /// The spine's XHTML documents in reading order, parsed.
    public func spineDocuments() throws -> [(href: String, tree: XMLTree.Element)] {
        try package.spineHrefs.map { href in
            (href, try XMLTree.parse(read(entryName(forHref: href))))
        }
    }

    /// The spine without the cover page (an image alone, no words): the title page, then the
    /// text.
    public func readingDocuments() throws -> [(href: String, tree: XMLTree.Element)] {
        try spineDocuments().filter { document in
            !document.tree.all(named: "section").contains { $0.attributes["epub:type"] == "cover" }
        }
    }

    /// All words of the text a reader pages through: every spine document's `<body>`.
    public func spineWords() throws -> [String] {
        try spineDocuments().flatMap { Words.of($0.tree.first(named: "body")?.textContent ?? "") }
    }

    private static func read(_ entry: String, from url: URL) throws -> Data {
        let result = try Subprocess.run("unzip", ["-p", url.path, entry])
        guard result.status == 0 else {
            throw TestSupportError("unzip -p \(entry) failed: \(result.stderr)")
        }
        return result.stdout
    }
}

/// The parts of an OPF package document the tests look at.
public struct PackageDocument {
    public let root: XMLTree.Element
    /// Manifest id → href.
    public let manifest: [String: String]
    public let spineHrefs: [String]

    init(_ root: XMLTree.Element) throws {
        self.root = root
        var manifest: [String: String] = [:]
        for item in root.all(named: "item") {
            if let id = item.attributes["id"], let href = item.attributes["href"] {
                manifest[id] = href
            }
        }
        self.manifest = manifest
        spineHrefs = try root.all(named: "itemref").map { itemref in
            guard let id = itemref.attributes["idref"], let href = manifest[id] else {
                throw TestSupportError("spine itemref without a manifest item")
            }
            return href
        }
    }

    /// The text of the first metadata element with this qualified name (`dc:title`).
    public func metadata(_ name: String) -> String? {
        root.first(named: name)?.textContent
    }
}

extension EPUBContents {
    /// The navigation document's `<nav epub:type="toc">`.
    func tocElement() throws -> XMLTree.Element {
        guard
            let href = package.root.all(named: "item").first(where: {
                $0.attributes["properties"] == "nav"
            })?.attributes["href"]
        else { throw TestSupportError("no navigation document") }
        let nav = try XMLTree.parse(read(entryName(forHref: href)))
        guard let toc = nav.all(named: "nav").first(where: { $0.attributes["epub:type"] == "toc" })
        else { throw TestSupportError("no table of contents") }
        return toc
    }

    /// The labels of the navigation document's table of contents.
    public func navigationLabels() throws -> [String] {
        try tocElement().all(named: "a").map(\.textContent)
    }

    /// The table of contents' top-level entries, each with the labels of the entries under it.
    public func navigationTree() throws -> [(label: String, children: [String])] {
        guard let list = try tocElement().first(named: "ol") else {
            throw TestSupportError("no table of contents list")
        }
        return list.elements.filter { $0.name == "li" }.map { item in
            let children = item.elements.first { $0.name == "ol" }?.elements
                .filter { $0.name == "li" }.map { $0.first(named: "a")?.textContent ?? "" }
            return (item.first(named: "a")?.textContent ?? "", children ?? [])
        }
    }
}
