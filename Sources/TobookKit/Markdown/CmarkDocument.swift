import CCmarkGFM
import Synchronization

/// A Markdown text parsed by cmark-gfm (`cmark_parser_new`, `cmark_parser_feed`,
/// `cmark_parser_finish`) with GitHub's table, strikethrough and autolink extensions. Owns the
/// parsed tree and frees it (`cmark_node_free`); its nodes keep it alive.
final class CmarkDocument {
    private let root: OpaquePointer

    /// cmark-gfm is not re-entrant: while a parser with extensions reads inlines it adds their
    /// characters to a table every parser shares, and takes them out when it finishes
    /// (github/cmark-gfm#176). One parse at a time, then, in a process that converts several
    /// books at once (a batch, the tests); reading a finished tree needs no lock.
    private static let parsing = Mutex(())

    /// The extensions register themselves once per process (Swift runs a static initialiser
    /// once, whichever thread gets there first).
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// The extensions read with the CommonMark core: pipe tables, `~~struck~~` text and bare
    /// `www.` / `https://` addresses and e-mail addresses become links.
    static let extensionNames = ["table", "strikethrough", "autolink"]

    /// Parses `text`; nil only when cmark cannot allocate its parser.
    init?(_ text: String) {
        Self.extensionsRegistered
        guard let root = Self.parsing.withLock({ _ in Self.parse(text) }) else { return nil }
        self.root = root
    }

    /// The parsed tree's root, which the caller frees (`cmark_parser_finish`).
    private static func parse(_ text: String) -> OpaquePointer? {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                cmark_parser_feed(parser, characters.baseAddress, characters.count)
            }
        }
        return cmark_parser_finish(parser)
    }

    deinit {
        cmark_node_free(root)
    }

    /// The document node, whose children are the top-level blocks.
    var node: CmarkNode {
        CmarkNode(pointer: root, document: self)
    }
}
