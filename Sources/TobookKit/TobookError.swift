/// Every failure a user can meet, each with the message printed after `tobook: error:` and the
/// exit code documented in the README, so scripts can tell the kinds apart.
public enum TobookError: Error, Equatable, Sendable {
    case inputNotFound(path: String)
    case inputIsDirectory(path: String)
    case inputUnreadable(path: String, reason: String)
    case inputEmpty(path: String)
    case inputBinary(path: String, reason: String)
    case invalidBytes(path: String, encoding: String, offset: Int, line: Int)
    case unknownEncoding(name: String)
    case outputUnwritable(path: String, reason: String)
    case outputIsInput(path: String)
    case styleUnavailable(name: String, reason: String)
    case coverUnusable(path: String, reason: String)
    case inputTooLarge(path: String, size: Int, limit: Int)
    case usage(String)
    case internalFailure(reason: String)

    /// One line, without the `tobook: error:` prefix.
    public var message: String {
        switch self {
        case .inputNotFound(let path):
            return "\(path): no such file"
        case .inputIsDirectory(let path):
            return "\(path): is a directory, not a text file"
        case .inputUnreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .inputEmpty(let path):
            return "\(path): the file is empty or holds only whitespace"
        case .inputBinary(let path, let reason):
            return "\(path): looks like binary data, not text (\(reason))"
        case .invalidBytes(let path, let encoding, let offset, let line):
            return "\(path): invalid \(encoding) at byte \(offset) (line \(line));"
                + " try another --encoding or leave it out to detect the encoding"
        case .unknownEncoding(let name):
            return "unknown encoding '\(name)' (try utf-8, utf-16, windows-1252, iso-8859-15,"
                + " windows-1251, koi8-r, gb18030, shift_jis)"
        case .outputUnwritable(let path, let reason):
            return "\(path): cannot write: \(reason)"
        case .outputIsInput(let path):
            return "\(path): the output would overwrite the input; choose another name with -o"
        case .styleUnavailable(let name, let reason):
            return "style '\(name)': \(reason)"
        case .coverUnusable(let path, let reason):
            return "\(path): cannot use as the cover: \(reason)"
        case .inputTooLarge(let path, let size, let limit):
            return "\(path): \(ByteCount.describe(size)) is over the input size limit of"
                + " \(ByteCount.describe(limit)); raise it with --max-input-size"
        case .usage(let message):
            return message
        case .internalFailure(let reason):
            return "internal failure: \(reason)"
        }
    }

    /// Distinct per kind of failure; 64 is left to usage errors, as in sysexits.h.
    public var exitCode: Int32 {
        switch self {
        case .inputNotFound: return 3
        case .inputIsDirectory: return 4
        case .inputUnreadable: return 5
        case .inputEmpty: return 6
        case .inputBinary: return 7
        case .invalidBytes: return 8
        case .unknownEncoding: return 9
        case .outputUnwritable: return 10
        case .outputIsInput: return 11
        case .styleUnavailable: return 12
        case .coverUnusable: return 13
        case .inputTooLarge: return 14
        case .usage: return 64
        case .internalFailure: return 70
        }
    }
}
