import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// The drawing thread draws Cairo's glyphs made without Pango's renderer (`CairoTextLine`), and
/// a second thread measures the later chapters with Pango objects of its own: the PDF must be
/// byte for byte the one made on one thread, every line drawn through Pango's renderer.
@Suite("PDF threads")
struct PDFDrawingThreadTests {
    /// Chapters and a contents page (layout lines, grey numbers), italics, bold, small capitals,
    /// a linked address, hyphenation, and lines only Pango's renderer draws: Hebrew (right to
    /// left) and a character no font has (a box of hex digits).
    static let text = """
        A Test of Drawing

        CHAPTER I. The First

        The committee met on a cold morning, and _everything_ that was said there, \
        **considerable** as it was, went into the minutes, which live at \
        https://archive.example.org/minutes/understanding-everything.html for anyone.

        HAMLET. To be, or not to be: that is the question.

        CHAPTER II. The Second

        The word שלום stood on the page, right to left, beside an unknown \u{10FFFD} sign; \
        internationalization and characterization went on around them, line after line, \
        until the paragraph was long enough to break more than once across the measure.

        """

    static func pdf(oneThread: Bool, from source: URL, in folder: URL) throws -> Data {
        var options = ConversionOptions(input: .file(source.path))
        options.formats = [.pdf]
        options.pdf.singleThreaded = oneThread
        options.outputPath = folder.appendingPathComponent("drawn-\(oneThread).pdf").path
        options.sourceDateEpoch = 1_700_000_000
        let path = try Converter().convert(options).outputPaths[0]
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test("With its threads or on one thread through Pango's renderer, the bytes are the same")
    func sameBytes() throws {
        let folder = try Paths.scratchFolder("tobook-pdf-drawing")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("drawing.txt")
        try Data(Self.text.utf8).write(to: source)
        let threaded = try Self.pdf(oneThread: false, from: source, in: folder)
        let pango = try Self.pdf(oneThread: true, from: source, in: folder)
        #expect(threaded.count > 1000)
        #expect(threaded == pango)
    }

    @Test("Frankenstein (long enough for the measuring thread): the same bytes either way")
    func sameBytesForABook() throws {
        let folder = try Paths.scratchFolder("tobook-pdf-drawing-book")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try #require(try CorpusFile.all().first { $0.name == "frankenstein.txt" }).url
        #expect(
            try Self.pdf(oneThread: false, from: source, in: folder)
                == Self.pdf(oneThread: true, from: source, in: folder))
    }
}
