import Foundation

/// A look for the book: one CSS file, either built in (from `styles/`, embedded at build time so
/// the installed binary needs no resource folder) or the user's own file.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var css: String

    public init(name: String, css: String) {
        self.name = name
        self.css = css
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
        return Theme(name: name, css: String(decoding: bytes, as: UTF8.self))
    }
}
