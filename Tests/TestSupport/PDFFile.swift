import Foundation

/// A PDF read back with independent tools: poppler's `pdftotext`, `pdfinfo` and `pdffonts`, and
/// `qpdf` for the structure check and the outline.
public struct PDFFile: Sendable {
    public let url: URL

    public init(_ url: URL) {
        self.url = url
    }

    /// `qpdf --check`: nil when clean, else its output.
    public func qpdfProblems() throws -> String? {
        let outcome = try Subprocess.run("qpdf", ["--check", url.path])
        let text = outcome.stdoutText + outcome.stderr
        let clean =
            outcome.status == 0 && text.contains("No syntax or stream encoding errors found")
        return clean ? nil : text
    }

    /// `pdfinfo` as a dictionary ("Title", "Author", "Page size", …).
    public func info() throws -> [String: String] {
        let outcome = try Subprocess.run("pdfinfo", [url.path])
        guard outcome.status == 0 else {
            throw TestSupportError("pdfinfo failed: \(outcome.stderr)")
        }
        var result: [String: String] = [:]
        for line in outcome.stdoutText.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            result[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return result
    }

    public struct Font: Sendable {
        public let name: String
        public let embedded: Bool
        public let subset: Bool
        public let unicode: Bool
    }

    /// `pdffonts`: every font the pages use.
    public func fonts() throws -> [Font] {
        let outcome = try Subprocess.run("pdffonts", [url.path])
        guard outcome.status == 0 else {
            throw TestSupportError("pdffonts failed: \(outcome.stderr)")
        }
        return outcome.stdoutText.split(separator: "\n").dropFirst(2).map { line in
            let fields = line.split(separator: " ")
            // The last five columns: emb sub uni object-number generation.
            let flags = fields.suffix(5).prefix(3).map { $0 == "yes" }
            return Font(
                name: String(fields.first ?? ""), embedded: flags[0], subset: flags[1],
                unicode: flags[2])
        }
    }

    /// The text of each page (`pdftotext`, UTF-8), split at form feeds: in reading order, or with
    /// `raw` in the order it was drawn (which keeps a hyphen that ends a line; reading order
    /// joins "well-" and "known" into "wellknown").
    public func pageTexts(raw: Bool = false) throws -> [String] {
        let outcome = try Subprocess.run(
            "pdftotext", ["-enc", "UTF-8"] + (raw ? ["-raw"] : []) + [url.path, "-"])
        guard outcome.status == 0 else {
            throw TestSupportError("pdftotext failed: \(outcome.stderr)")
        }
        var pages = outcome.stdoutText.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true {
            pages.removeLast()
        }
        return pages
    }

    public struct OutlineEntry: Sendable {
        public let title: String
        public let depth: Int
        public let page: Int
    }

    /// The bookmarks, depth first, from `qpdf --json`.
    public func outline() throws -> [OutlineEntry] {
        let outcome = try Subprocess.run("qpdf", ["--json", "--json-key=outlines", url.path])
        guard outcome.status == 0,
            let root = try JSONSerialization.jsonObject(with: outcome.stdout) as? [String: Any],
            let top = root["outlines"] as? [[String: Any]]
        else { throw TestSupportError("qpdf --json failed: \(outcome.stderr)") }
        var result: [OutlineEntry] = []
        func walk(_ entries: [[String: Any]], depth: Int) {
            for entry in entries {
                result.append(
                    OutlineEntry(
                        title: entry["title"] as? String ?? "", depth: depth,
                        page: entry["destpageposfrom1"] as? Int ?? 0))
                walk(entry["kids"] as? [[String: Any]] ?? [], depth: depth + 1)
            }
        }
        walk(top, depth: 1)
        return result
    }
}

extension PDFFile {
    public struct WordBox: Sendable {
        public let page: Int
        public let text: String
        public let xMin: Double
        public let xMax: Double
        /// The top of the word's box: words of one line share it.
        public let yMin: Double
    }

    /// Every word with its horizontal extent, from `pdftotext -bbox`.
    public func wordBoxes() throws -> [WordBox] {
        let outcome = try Subprocess.run("pdftotext", ["-bbox", "-enc", "UTF-8", url.path, "-"])
        guard outcome.status == 0 else {
            throw TestSupportError("pdftotext -bbox failed: \(outcome.stderr)")
        }
        var boxes: [WordBox] = []
        var page = 0
        for line in outcome.stdoutText.split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            guard line.contains("<word "), let open = line.firstIndex(of: ">"),
                let close = line.range(of: "</word>")
            else { continue }
            func number(_ name: String) -> Double {
                guard let start = line.range(of: name + "=\"") else { return .nan }
                let rest = line[start.upperBound...]
                return Double(rest.prefix { $0 != "\"" }) ?? .nan
            }
            boxes.append(
                WordBox(
                    page: page, text: String(line[line.index(after: open)..<close.lowerBound]),
                    xMin: number("xMin"), xMax: number("xMax"), yMin: number("yMin")))
        }
        return boxes
    }
}
