import Foundation

/// One text of `../shared/corpus`, decoded by Foundation (not by tobook) for comparisons.
public struct CorpusFile: Sendable, CustomStringConvertible {
    public let name: String
    public let url: URL
    /// The encoding `truth.json` gives; Latin-1 files are read as Windows-1252, as tobook does.
    public let encoding: String.Encoding
    /// Tokens `truth.json` counts (runs of letters and digits after NFKC).
    public let expectedTokens: Int
    /// Line numbers of the true headings (`toc_sequence`).
    public let headingLines: [Int]

    public var description: String { name }

    /// Every corpus file, in name order.
    public static func all() throws -> [CorpusFile] {
        let truthURL = Paths.corpus.appendingPathComponent("truth.json")
        guard
            let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: truthURL))
                as? [String: Any]
        else { throw TestSupportError("truth.json is not an object") }
        return try truth.keys.sorted().map { name in
            guard let entry = truth[name] as? [String: Any],
                let encoding = entry["encoding"] as? String,
                let tokens = entry["tokens"] as? Int,
                let sequence = entry["toc_sequence"] as? [[Any]]
            else { throw TestSupportError("truth.json entry \(name) lacks a field") }
            return CorpusFile(
                name: name, url: Paths.corpus.appendingPathComponent(name),
                encoding: encoding == "latin-1" ? .windowsCP1252 : .utf8, expectedTokens: tokens,
                headingLines: sequence.compactMap { $0.first as? Int })
        }
    }

    /// The text as Foundation decodes it, without a leading BOM.
    public func text() throws -> String {
        guard var text = String(data: try Data(contentsOf: url), encoding: encoding) else {
            throw TestSupportError("\(name) does not decode as \(encoding)")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
