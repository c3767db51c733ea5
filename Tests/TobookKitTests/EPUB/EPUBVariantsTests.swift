import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// The four ways an EPUB leaves tobook (generated cover, the user's PNG, no cover, EPUB 2.0.1),
/// each for an article and a corpus book: all EPUBCheck-clean, all with the same words.
@Suite("EPUB variants")
struct EPUBVariantsTests {
    enum Variant: String, CaseIterable {
        case generated, png, none, epub2
    }

    static let made: Result<[String: URL], TestSupportError> = {
        do {
            let folder = try Paths.scratchFolder("tobook-variants")
            let png = folder.appendingPathComponent("cover.png")
            try PNGFixture.solid(width: 1000, height: 1600, rgb: (90, 20, 40)).write(to: png)
            let sources = [
                Paths.packageRoot.appendingPathComponent("examples/article.txt"),
                Paths.corpus.appendingPathComponent("pride-and-prejudice.txt"),
            ]
            var books: [String: URL] = [:]
            for source in sources {
                for variant in Variant.allCases {
                    let name =
                        source.deletingPathExtension().lastPathComponent + "-" + variant.rawValue
                    var options = ConversionOptions(input: .file(source.path))
                    options.outputPath = folder.appendingPathComponent(name + ".epub").path
                    options.sourceDateEpoch = 1_700_000_000
                    switch variant {
                    case .generated: break
                    case .png: options.cover = .file(png.path)
                    case .none: options.cover = .none
                    case .epub2: options.epub2 = true
                    }
                    books[name] = URL(fileURLWithPath: try Converter().convert(options).outputPath)
                }
            }
            return .success(books)
        } catch {
            return .failure(TestSupportError("could not make the books: \(error)"))
        }
    }()

    @Test("Default, --cover PNG, --no-cover and --epub2 pass EPUBCheck on an article and a novel")
    func epubCheck() throws {
        let books = try Self.made.get()
        #expect(books.count == 8)
        let report = try EPUBCheck.check(books.values.sorted { $0.path < $1.path })
        #expect(report.failures.isEmpty, "\(report.output)")
    }

    @Test("--epub2: an OPF 2.0 package with a guide, no navigation document, XHTML 1.1")
    func epub2Package() throws {
        let books = try Self.made.get()
        for source in ["article", "pride-and-prejudice"] {
            let book = try EPUBContents(try #require(books[source + "-epub2"]))
            let package = book.package
            #expect(package.root.attributes["version"] == "2.0")
            #expect(!book.entryNames.contains { $0.hasSuffix("nav.xhtml") })
            #expect(
                package.root.all(named: "item").allSatisfy { $0.attributes["properties"] == nil })
            let guide = package.root.all(named: "reference").compactMap { $0.attributes["type"] }
            #expect(guide == ["cover", "title-page", "text"])
            #expect(package.root.all(named: "dc:creator").first?.attributes["opf:file-as"] != nil)
            for (href, _) in try book.spineDocuments() {
                let text = String(
                    decoding: try book.read(book.entryName(forHref: href)), as: UTF8.self)
                #expect(text.contains("-//W3C//DTD XHTML 1.1//EN"), "\(href)")
                #expect(!text.contains("epub:type") && !text.contains("<section"), "\(href)")
            }
            // The same words as the EPUB 3 book.
            let epub3 = try EPUBContents(try #require(books[source + "-generated"]))
            #expect(try book.spineWords() == epub3.spineWords())
        }
    }
}
