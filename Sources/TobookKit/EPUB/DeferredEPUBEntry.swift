/// One file of an EPUB container whose bytes are made only when asked for: the ZIP layer asks
/// while it writes the entry, so a long book's pages are rendered and deflated one at a time
/// instead of all being held at once.
struct DeferredEPUBEntry {
    var path: String
    var compression: EPUBEntry.Compression
    var bytes: () -> [UInt8]

    init(
        path: String, compression: EPUBEntry.Compression = .deflated,
        bytes: @escaping () -> [UInt8]
    ) {
        self.path = path
        self.compression = compression
        self.bytes = bytes
    }

    /// An entry already made (small files: the OPF, the navigation, the stylesheet).
    init(_ entry: EPUBEntry) {
        let bytes = entry.bytes
        self.init(path: entry.path, compression: entry.compression) { bytes }
    }

    /// The entry made now, for code that inspects the package without zipping it.
    var entry: EPUBEntry {
        EPUBEntry(path: path, bytes: bytes(), compression: compression)
    }
}
