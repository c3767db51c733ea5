/// The SMTP server a book is sent through (`smtp-*` in the config), with the password found
/// for it. The password never comes from the command line or the config file in clear: the
/// caller takes it from `TOBOOK_SMTP_PASSWORD` or runs `smtp-password-command` (`MailPassword`).
public struct MailSettings: Sendable, Equatable {
    /// How the connection is secured.
    public enum Security: String, Sendable, CaseIterable {
        /// Plain SMTP upgraded with STARTTLS, refused if the server does not offer it (587).
        case starttls
        /// TLS from the first byte, "SMTPS" (465).
        case tls
        /// No encryption at all: only for a relay on the same machine or network (25).
        case none
    }

    public var host: String
    /// Nil takes the port that goes with the security.
    public var port: Int?
    public var user: String?
    public var password: String?
    /// The sender: also the account a personal-document service must have approved.
    public var from: String
    public var security = Security.starttls
    /// A PEM file of certificates to trust instead of the system's (a private server's).
    public var caFile: String?

    public init(host: String, from: String) {
        self.host = host
        self.from = from
    }

    public var effectivePort: Int {
        if let port { return port }
        switch security {
        case .starttls: return 587
        case .tls: return 465
        case .none: return 25
        }
    }

    /// `host:port`, as messages name the server.
    public var server: String { "\(host):\(effectivePort)" }

    /// libcurl's URL: `smtps://` makes TLS start at once; STARTTLS is asked for separately.
    var url: String {
        let scheme = security == .tls ? "smtps" : "smtp"
        let name = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(name):\(effectivePort)"
    }
}
