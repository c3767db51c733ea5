import Foundation

/// Headless Chromium (Debian's `chromium`), the Blink engine of many reading apps: a book page
/// laid out at a screen's size, and what a script measured there.
public enum Chromium {
    /// What `Tests/Tools/reading-probe.js` measured on one page, in CSS pixels.
    public struct Measurements: Decodable, Sendable {
        public struct Box: Decodable, Sendable {
            public let left, top, right, bottom: Double
        }
        public struct Line: Decodable, Sendable {
            public let className: String
            public let marginLeft, paddingLeft, textIndent, fontSize, stanzaMargin: Double
        }
        public struct Speaker: Decodable, Sendable {
            public let weight, style, speechWeight, speechStyle: String
        }
        public struct Heading: Decodable, Sendable {
            public let text: String
            public let hyphens: String
        }
        public let width, height: Double
        /// Elements reaching past the viewport's sides.
        public let wide: [String]
        public let images: [Box]
        public let lines: [Line]
        public let speakers: [Speaker]
        public let headings: [Heading]
    }

    /// The browser, or nil when it is not installed (`make test` installs it).
    public static var executable: String? {
        try? Subprocess.resolve("chromium")
    }

    /// Lays out `page` (an XHTML file of an unzipped book) in a `width`×`height` window and
    /// returns what the probe script measured. The probe is copied beside the page.
    public static func measure(_ page: URL, width: Int = 600, height: Int = 800) throws
        -> Measurements
    {
        guard let executable else { throw TestSupportError("chromium is not installed") }
        let folder = page.deletingLastPathComponent()
        let probe = Paths.packageRoot.appendingPathComponent("Tests/Tools/reading-probe.js")
        let probeCopy = folder.appendingPathComponent("tobook-probe.js")
        if !FileManager.default.fileExists(atPath: probeCopy.path) {
            try FileManager.default.copyItem(at: probe, to: probeCopy)
        }
        let probed = folder.appendingPathComponent("probed-" + page.lastPathComponent)
        let xhtml = try String(contentsOf: page, encoding: .utf8)
        try xhtml.replacingOccurrences(
            of: "</head>", with: "<script src=\"tobook-probe.js\"></script></head>"
        ).write(to: probed, atomically: true, encoding: .utf8)
        let result = try Subprocess.run(
            executable,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=\(width),\(height)", "--virtual-time-budget=5000", "--dump-dom",
                probed.absoluteString,
            ])
        let dom = result.stdoutText
        guard let start = dom.range(of: "<pre id=\"tobook-measurements\">"),
            let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
        else {
            throw TestSupportError(
                "chromium gave no measurements for \(page.lastPathComponent): \(result.stderr)")
        }
        let json = dom[start.upperBound..<end.lowerBound]
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Measurements.self, from: Data(json.utf8))
    }
}

/// MuPDF's `mutool draw` (Debian `mupdf-tools`), the engine behind several readers.
public enum MuPDF {
    public struct Rendering: Sendable {
        /// Pages laid out.
        public let pages: Int
        /// MuPDF's error lines (its warnings, such as "unknown epub version", left out).
        public let errors: [String]
    }

    public static var executable: String? {
        try? Subprocess.resolve("mutool")
    }

    /// Renders every page of `book` (an EPUB laid out at `width`×`height` points, or a PDF at
    /// its own page size) to pixels, discarded, and counts the pages from a text pass.
    public static func render(_ book: URL, width: Int = 600, height: Int = 800) throws
        -> Rendering
    {
        guard let executable else { throw TestSupportError("mutool is not installed") }
        let layout =
            book.pathExtension == "epub" ? ["-W", "\(width)", "-H", "\(height)"] : ["-r", "72"]
        let pixels = try Subprocess.run(
            executable, ["draw", "-q"] + layout + ["-F", "pam", "-o", "/dev/null", book.path])
        let text = try Subprocess.run(
            executable, ["draw", "-q"] + layout + ["-F", "txt", "-o", "-", book.path])
        let errors = (pixels.stderr + text.stderr).split(separator: "\n").map(String.init)
            .filter { $0.lowercased().contains("error") }
        let failed =
            pixels.status != 0 || text.status != 0
            ? ["mutool exited \(pixels.status), \(text.status)"] : []
        let pages = text.stdout.reduce(0) { $1 == 0x0C ? $0 + 1 : $0 }
        return Rendering(pages: pages, errors: errors + failed)
    }
}
