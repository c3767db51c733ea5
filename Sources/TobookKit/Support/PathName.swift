/// The parts of a path's last component, as `NSString`'s path methods gave them (tested
/// against them): `NSString` belongs to the Foundation tobook no longer links.
public enum PathName {
    /// The last component, trailing slashes ignored (`a/b.epub` → `b.epub`, `/` → `/`).
    public static func lastComponent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard trimmed != "/" else { return "/" }
        return String(trimmed.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
    }

    /// The last component's extension without its dot; empty for none, for a name that only
    /// starts with a dot (`.epub`) and for a name ending in one (`b.`).
    public static func pathExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// The path without its last component's extension and dot (`a/b.tar.gz` → `a/b.tar`,
    /// `a/b.` → `a/b`, `.epub` kept).
    public static func deletingPathExtension(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        let nameStart =
            trimmed.lastIndex(of: "/").map { trimmed.index(after: $0) }
            ?? trimmed.startIndex
        guard let dot = trimmed[nameStart...].lastIndex(of: "."), dot != nameStart else {
            return String(trimmed)
        }
        return String(trimmed[..<dot])
    }
}
