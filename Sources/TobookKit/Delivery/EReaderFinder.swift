import FoundationEssentials

/// Finds the plugged-in e-reader among the mounted volumes, where desktops mount them:
/// `/media/USER/*` and `/run/media/USER/*` (udisks), `/media/*`, `/mnt/*`, and `/Volumes/*`
/// on a Mac.
public struct EReaderFinder: Sendable {
    /// The folders whose subfolders are mount points.
    public var places: [String]

    public init(places: [String]) {
        self.places = places
    }

    /// The usual places for `user` (from `$USER`).
    public init(user: String?) {
        var places: [String] = []
        if let user, !user.isEmpty {
            places += ["/media/\(user)", "/run/media/\(user)"]
        }
        places += ["/media", "/mnt", "/Volumes"]
        self.init(places: places)
    }

    /// The one reader plugged in, or the reader at `path` when the user names it.
    public func find(at path: String? = nil) throws(TobookError) -> EReader {
        if let path {
            guard let reader = EReader.at(path) else { throw .readerNotFound(searched: [path]) }
            return reader
        }
        let readers = all()
        switch readers.count {
        case 0: throw .readerNotFound(searched: places.map { $0 + "/*" })
        case 1: return readers[0]
        default: throw .readersAmbiguous(found: readers.map(\.description))
        }
    }

    /// Every reader mounted in the places, each once (`/media/ann/X` is not also `/media/*`).
    public func all() -> [EReader] {
        var seen = Set<String>()
        var readers: [EReader] = []
        for place in places {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: place)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                let root = place + "/" + name
                let resolved = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
                guard !seen.contains(resolved), let reader = EReader.at(root) else { continue }
                seen.insert(resolved)
                readers.append(reader)
            }
        }
        return readers
    }
}
