/// A character encoding tobook can read, either detected or named with `--encoding`.
public enum TextEncoding: Equatable, Sendable, CustomStringConvertible {
    case utf8
    /// UTF-16 whose byte order comes from the BOM or, failing that, from where the zero bytes sit.
    case utf16
    case utf16LittleEndian
    case utf16BigEndian
    case utf32LittleEndian
    case utf32BigEndian
    /// Also what `latin1`, `iso-8859-1` and `ascii` labels mean, as in the WHATWG Encoding
    /// Standard: real files labelled Latin-1 use 0x80–0x9F for Windows quotes and dashes.
    case windows1252
    /// Any other encoding the C library's iconv knows, by its iconv name.
    case iconv(String)

    /// Reads a user's label such as `UTF-8`, `cp1252`, `latin1` or `koi8-r`.
    /// Returns nil when neither tobook nor iconv knows the name.
    public init?(label: String) {
        let key = label.lowercased().replacing("_", with: "-")
        switch key {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16", "ucs-2", "unicode": self = .utf16
        case "utf-16le", "utf16le": self = .utf16LittleEndian
        case "utf-16be", "utf16be": self = .utf16BigEndian
        case "utf-32le", "utf32le": self = .utf32LittleEndian
        case "utf-32be", "utf32be", "utf-32", "utf32": self = .utf32BigEndian
        case "windows-1252", "cp1252", "win1252", "latin1", "latin-1", "iso-8859-1", "iso8859-1",
            "l1", "ascii", "us-ascii":
            self = .windows1252
        default:
            guard IconvConverter.isSupported(label) else { return nil }
            self = .iconv(label.uppercased())
        }
    }

    public var description: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16: return "UTF-16"
        case .utf16LittleEndian: return "UTF-16LE"
        case .utf16BigEndian: return "UTF-16BE"
        case .utf32LittleEndian: return "UTF-32LE"
        case .utf32BigEndian: return "UTF-32BE"
        case .windows1252: return "Windows-1252"
        case .iconv(let name): return name
        }
    }
}
