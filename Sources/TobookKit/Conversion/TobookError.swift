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
    /// `--send-to` without the settings it needs (no server, no sender, a password command
    /// that fails).
    case mailNotConfigured(reason: String)
    case mailLoginRefused(server: String, reason: String)
    case mailServerUnreachable(server: String, reason: String)
    case mailRefused(server: String, reason: String)
    case bookTooLargeToSend(path: String, size: Int, limit: Int, service: String)
    /// `--to-device` found no e-reader where it looked (the places are listed).
    case readerNotFound(searched: [String])
    /// `--to-device` found several; the user names one with `--to-device PATH`.
    case readersAmbiguous(found: [String])
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
            .inputTooLarge(let path, _, _), .bookTooLargeToSend(let path, _, _, _):
            return path
        case .mailLoginRefused(let server, _), .mailServerUnreachable(let server, _),
            .mailRefused(let server, _):
            return server
        case .unknownEncoding, .styleUnavailable, .usage, .internalFailure, .mailNotConfigured,
            .readerNotFound, .readersAmbiguous:
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
        case .mailNotConfigured(let reason):
            return "cannot send the book: \(reason)"
        case .mailLoginRefused(_, let reason):
            return "the mail server refused the login (\(reason)); check smtp-user and the"
                + " password (\(MailPassword.variable) or smtp-password-command)"
        case .mailServerUnreachable(_, let reason):
            return "cannot reach the mail server (\(reason)); check smtp-host, smtp-port and"
                + " smtp-security"
        case .mailRefused(_, let reason):
            return "the mail server did not take the book: \(reason)"
        case .bookTooLargeToSend(_, let size, let limit, let service):
            return "\(ByteCount.describe(size)) is over \(service)'s limit of"
                + " \(ByteCount.describe(limit)); not sent (the book is written)"
        case .readerNotFound(let searched):
            return "no e-reader found (looked for Kindle, Kobo, PocketBook and KOReader folders in "
                + searched.joined(separator: ", ")
                + "); plug it in, or name its folder with --to-device PATH"
        case .readersAmbiguous(let found):
            return "several e-readers found: " + found.joined(separator: ", ")
                + "; name one with --to-device PATH"
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
        case .mailNotConfigured: return 16
        case .mailLoginRefused: return 17
        case .mailServerUnreachable: return 18
        case .mailRefused: return 19
        case .bookTooLargeToSend: return 20
        case .readerNotFound: return 21
        case .readersAmbiguous: return 22
        case .usage: return 64
        case .internalFailure: return 70
        }
    }
}
