/// One file of an EPUB container, built by pure code and only written by the ZIP layer.
public struct EPUBEntry: Equatable, Sendable {
    public enum Compression: Equatable, Sendable {
        /// Required for `mimetype`: readers find it at a fixed offset.
        case stored
        case deflated
    }

    /// Path inside the container, ASCII only.
    public var path: String
    public var bytes: [UInt8]
    public var compression: Compression

    public init(path: String, bytes: [UInt8], compression: Compression = .deflated) {
        self.path = path
        self.bytes = bytes
        self.compression = compression
    }

    public init(path: String, text: String, compression: Compression = .deflated) {
        self.init(path: path, bytes: Array(text.utf8), compression: compression)
    }
}
