import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// Addresses in the PDF: a link annotation over the words, and never a hyphen inside them.
@Suite("PDF links")
struct PDFLinkTests {
    static let url =
        "https://archive.example.org/documentation/internationalization/characterization/"
        + "representations/understanding-everything.html"

    static let text = """
        Notes on Links

        The archive keeps everything that the committee ever published, and the full list of \
        documents lives at \(url) for anyone who asks. Hyphenation goes on around it: \
        internationalization, characterization, representations.

        Write to office@example.org.

        """

    static func made() throws -> URL {
        let folder = try Paths.scratchFolder("tobook-pdf-links")
        let source = folder.appendingPathComponent("links.txt")
        try Data(text.utf8).write(to: source)
        var options = ConversionOptions(input: .file(source.path))
        options.formats = [.pdf]
        options.outputPath = folder.appendingPathComponent("links.pdf").path
        options.sourceDateEpoch = 1_700_000_000
        return URL(fileURLWithPath: try Converter().convert(options).outputPaths[0])
    }

    @Test("A long URL and an e-mail address get link annotations; qpdf finds no fault")
    func annotations() throws {
        let pdf = try Self.made()
        #expect(try PDFFile(pdf).qpdfProblems() == nil)
        // Uncompressed, without object streams, the annotations' actions are plain text.
        let expanded = pdf.deletingPathExtension().appendingPathExtension("qdf.pdf")
        let outcome = try Subprocess.run(
            "qpdf", ["--qdf", "--object-streams=disable", pdf.path, expanded.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let objects = String(decoding: try Data(contentsOf: expanded), as: UTF8.self)
        #expect(objects.contains("/URI (\(Self.url))"))
        #expect(objects.contains("/URI (mailto:office@example.org)"))
    }

    @Test("The URL is broken across lines without a hyphen; words around it still hyphenate")
    func notHyphenated() throws {
        let lines = try PDFFile(try Self.made()).pageTexts(raw: true).joined().split(
            separator: "\n")
        let start = try #require(lines.firstIndex { $0.contains("https://") })
        let end = try #require(lines.firstIndex { $0.contains(".html") })
        #expect(end > start, "the URL is longer than a line, so it must break")
        var joined = String(lines[start].split(separator: " ").last ?? "")
        for line in lines[(start + 1)...end] {
            joined += line.split(separator: " ").first ?? ""
        }
        #expect(joined == Self.url)
        for line in lines[start..<end] {
            #expect(!line.hasSuffix("-") && !line.hasSuffix("\u{AD}"), "\(line)")
        }
        // The control: the same long words outside the URL may break with a hyphen.
        #expect(lines.contains { $0.hasSuffix("-") || $0.hasSuffix("\u{AD}") })
    }
}
