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

    /// One line, without the `tobook: error:` prefix: `PATH: DETAIL` for a failure about a file.
    public var message: String {
        guard let path else { return detail }
        return "\(path): \(detail)"
    }

    /// The file the failure is about, when there is one.
    public var path: String? {
        switch self {
        case .inputNotFound(let path), .inputIsDirectory(let path), .inputUnreadable(let path, _),
            .inputEmpty(let path), .inputBinary(let path, _), .invalidBytes(let path, _, _, _),
            .outputUnwritable(let path, _), .outputIsInput(let path), .coverUnusable(let path, _),
            .inputTooLarge(let path, _, _):
            return path
        case .unknownEncoding, .styleUnavailable, .usage, .internalFailure:
            return nil
        }
    }

    /// What went wrong, without the file's path: a cover that cannot be read gives its reason.
    public var detail: String {
        switch self {
        case .inputNotFound:
            return "no such file"
        case .inputIsDirectory:
            return "is a directory, not a text file"
        case .inputUnreadable(_, let reason):
            return "cannot read: \(reason)"
        case .inputEmpty:
            return "the file is empty or holds only whitespace"
        case .inputBinary(_, let reason):
            return "looks like binary data, not text (\(reason))"
        case .invalidBytes(_, let encoding, let offset, let line):
            return "invalid \(encoding) at byte \(offset) (line \(line));"
                + " try another --encoding or leave it out to detect the encoding"
        case .unknownEncoding(let name):
            return "unknown encoding '\(name)' (try utf-8, utf-16, windows-1252, iso-8859-15,"
                + " windows-1251, koi8-r, gb18030, shift_jis)"
        case .outputUnwritable(_, let reason):
            return "cannot write: \(reason)"
        case .outputIsInput:
            return "the output would overwrite the input; choose another name with -o"
        case .styleUnavailable(let name, let reason):
            return "style '\(name)': \(reason)"
        case .coverUnusable(_, let reason):
            return "cannot use as the cover: \(reason)"
        case .inputTooLarge(_, let size, let limit):
            return "\(ByteCount.describe(size)) is over the input size limit of"
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
