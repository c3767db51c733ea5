import FoundationEssentials

/// A look for the book: one CSS file, either built in (from `styles/`, embedded at build time so
/// the installed binary needs no resource folder) or the user's own file.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var css: String
    /// The CSS file a user's theme came from; nil for a built-in one.
    public var path: String?

    public init(name: String, css: String, path: String? = nil) {
        self.name = name
        self.css = css
        self.path = path
    }

    /// What the theme looks like, in a line: the first sentence of the sheet's opening comment,
    /// after "tobook NAME:" (`--list-styles` prints it).
    public var summary: String {
        let text = css.drop { $0.isWhitespace }
        guard text.hasPrefix("/*"), let end = text.firstRange(of: "*/") else { return "" }
        var comment = text[text.index(text.startIndex, offsetBy: 2)..<end.lowerBound]
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let colon = comment.firstIndex(of: ":"), comment.hasPrefix("tobook ") {
            comment = String(comment[comment.index(after: colon)...].drop { $0 == " " })
        }
        if let stop = comment.firstRange(of: ". ") { comment = String(comment[..<stop.lowerBound]) }
        if comment.hasSuffix(".") { comment.removeLast() }
        return comment
    }

    /// The theme used when none is asked for.
    public static let defaultName = "default"

    /// Names of the built-in themes, in order.
    public static var builtInNames: [String] {
        EmbeddedStyles.sheets.map(\.name)
    }

    /// A built-in theme by name.
    public static func builtIn(named name: String) -> Theme? {
        EmbeddedStyles.sheets.first { $0.name == name }.map { Theme(name: $0.name, css: $0.css) }
    }

    /// `--style NAME|FILE.css`: a built-in name, or a path to a UTF-8 CSS file.
    public static func resolve(_ reference: String) throws(TobookError) -> Theme {
        if let theme = builtIn(named: reference) { return theme }
        guard reference.hasSuffix(".css") || reference.contains("/") else {
            let names = builtInNames.joined(separator: ", ")
            throw .styleUnavailable(
                name: reference, reason: "no such built-in style (available: \(names))")
        }
        let file: InputFile
        do {
            file = try InputFile.read(path: reference)
        } catch {
            let reason =
                switch error {
                case .inputNotFound: "no such file"
                case .inputIsDirectory: "is a directory"
                case .inputUnreadable(_, let reason): reason
                default: error.message
                }
            throw .styleUnavailable(name: reference, reason: reason)
        }
        var bytes = file.bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.withUnsafeBufferPointer({ UTF8Validator.firstInvalidOffset(in: $0) }) == nil
        else {
            throw .styleUnavailable(name: reference, reason: "the file is not UTF-8")
        }
        let name = URL(fileURLWithPath: reference).deletingPathExtension().lastPathComponent
        return Theme(name: name, css: String(decoding: bytes, as: UTF8.self), path: reference)
    }
}
