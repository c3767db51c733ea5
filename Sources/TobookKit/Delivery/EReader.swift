import FoundationEssentials

/// A mounted e-reader, known by the folders its firmware keeps on its storage, and where and in
/// which format a book goes on it.
public struct EReader: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case kindle = "Kindle"
        case kobo = "Kobo"
        case pocketBook = "PocketBook"
        /// A device whose only sign is KOReader's own folder (Cervantes, reMarkable, a tablet's
        /// storage): KOReader opens EPUB wherever it lies.
        case koreader = "KOReader"
    }

    public var kind: Kind
    /// The mount point: the storage's top folder.
    public var root: String
    /// KOReader is installed beside the maker's reading software.
    public var hasKOReader: Bool

    /// The folder books go into: a Kindle's `documents/`; PocketBook's `Books/`; the top
    /// folder of a Kobo (its library scans the whole storage, as calibre places books there).
    public var folder: String {
        switch kind {
        case .kindle: return root + "/documents"
        case .pocketBook: return root + "/Books"
        case .kobo, .koreader: return root
        }
    }

    /// What reads best there: Kobo's own kepub; on a Kindle without KOReader the PDF, since a
    /// Kindle opens no EPUB copied over USB (Send to Kindle converts EPUB; `--send-to`).
    public var format: ConversionOptions.Format {
        switch kind {
        case .kobo: return .kepub
        case .kindle: return hasKOReader ? .epub : .pdf
        case .pocketBook, .koreader: return .epub
        }
    }

    /// "Kobo at /media/ann/KOBOeReader".
    public var description: String { "\(kind.rawValue) at \(root)" }

    /// The reader whose folders lie at `root`, if any: Kobo's `.kobo/`; a Kindle's
    /// `documents/` beside `system/`; PocketBook's `system/` beside `applications/` (or its
    /// library database `system/explorer-3/`); else KOReader's own `koreader/` folder.
    public static func at(_ root: String) -> EReader? {
        let root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        let has = { (path: String) -> Bool in
            var isDirectory = false
            return FileManager.default.fileExists(
                atPath: root + "/" + path, isDirectory: &isDirectory)
                && isDirectory
        }
        let koreader =
            has("koreader") || has(".adds/koreader") || has("applications/koreader")
        if has(".kobo") { return EReader(kind: .kobo, root: root, hasKOReader: koreader) }
        if has("documents") && has("system") {
            return EReader(kind: .kindle, root: root, hasKOReader: koreader)
        }
        if has("system") && (has("applications") || has("system/explorer-3")) {
            return EReader(kind: .pocketBook, root: root, hasKOReader: koreader)
        }
        if koreader { return EReader(kind: .koreader, root: root, hasKOReader: true) }
        return nil
    }
}

extension EReader {
    /// Makes the books folder where the firmware has none yet (a PocketBook's `Books/`).
    public func makeFolder() throws(TobookError) {
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .outputUnwritable(path: folder, reason: "cannot make the reader's book folder")
        }
    }
}
