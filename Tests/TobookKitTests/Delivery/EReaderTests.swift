import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// E-readers known by the folders their firmware keeps, and where and how a book goes on each.
@Suite("E-readers: found by their folders")
struct EReaderTests {
    /// A folder laid out like a reader's storage, with these subfolders.
    static func storage(_ folders: [String], in parent: URL? = nil, name: String = "READER")
        throws -> URL
    {
        let root = try (parent ?? Paths.scratchFolder("tobook-reader")).appendingPathComponent(
            name)
        for folder in folders {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        if folders.isEmpty {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
        return root
    }

    @Test(
        "Each layout: its kind, its books folder, its format",
        arguments: [
            ([".kobo", "Digital Editions"], EReader.Kind.kobo, "", ConversionOptions.Format.kepub),
            (["documents", "system"], .kindle, "/documents", .pdf),
            (["documents", "system", "koreader"], .kindle, "/documents", .epub),
            (["system/explorer-3", "system/config"], .pocketBook, "/Books", .epub),
            (["system", "applications/koreader"], .pocketBook, "/Books", .epub),
            (["koreader"], .koreader, "", .epub),
        ])
    func layouts(
        folders: [String], kind: EReader.Kind, books: String, format: ConversionOptions.Format
    ) throws {
        let root = try Self.storage(folders)
        let reader = try #require(EReader.at(root.path))
        #expect(reader.kind == kind)
        #expect(reader.folder == root.path + books)
        #expect(reader.format == format)
    }

    @Test("A folder that is no reader's, and a Kindle's documents folder alone, are none")
    func notReaders() throws {
        #expect(EReader.at(try Self.storage(["Music", "Photos"]).path) == nil)
        #expect(EReader.at(try Self.storage(["documents"]).path) == nil)
        #expect(EReader.at("/nonexistent/reader") == nil)
    }

    @Test("The finder: one reader among other volumes, none, several, a named one")
    func finder() throws {
        let media = try Paths.scratchFolder("tobook-media")
        let user = media.appendingPathComponent("ann")
        _ = try Self.storage(["DCIM"], in: user, name: "CAMERA")
        _ = try Self.storage([".kobo"], in: user, name: "KOBOeReader")
        let finder = EReaderFinder(places: [user.path, media.path])
        let found = try finder.find()
        #expect(found.kind == .kobo)
        #expect(found.root == user.path + "/KOBOeReader")

        _ = try Self.storage(["documents", "system"], in: user, name: "Kindle")
        #expect(
            throws: TobookError.readersAmbiguous(found: [
                // In the order of their names' bytes.
                "Kobo at \(user.path)/KOBOeReader", "Kindle at \(user.path)/Kindle",
            ])
        ) { try finder.find() }
        // Named, it is taken even with several plugged in.
        #expect(try finder.find(at: user.path + "/Kindle").kind == .kindle)

        let empty = EReaderFinder(places: [media.path + "/nobody"])
        #expect(throws: TobookError.readerNotFound(searched: [media.path + "/nobody/*"])) {
            try empty.find()
        }
        let error = TobookError.readerNotFound(searched: ["/media/ann/*"])
        #expect(error.exitCode == 21)
        #expect(error.message.contains("/media/ann/*"))
    }

    @Test("The usual mount points: udisks' per-user folders first")
    func usualPlaces() {
        #expect(
            EReaderFinder(user: "ann").places == [
                "/media/ann", "/run/media/ann", "/media", "/mnt", "/Volumes",
            ])
        #expect(EReaderFinder(user: nil).places == ["/media", "/mnt", "/Volumes"])
    }
}
