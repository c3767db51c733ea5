import FoundationEssentials

/// Sends a written book by e-mail, one message to all the recipients: the book as the
/// attachment named after its title, the title as the subject. A book over a service's limit
/// is refused before anything is sent, naming the limit.
public struct BookMailer: Sendable {
    public var settings: MailSettings

    public init(settings: MailSettings) {
        self.settings = settings
    }

    /// Mails the book at `path`. `date` stamps the message (the sending time: a message is
    /// not an output that must be reproducible).
    public func send(
        book path: String, title: String, authors: [String], to recipients: [String],
        date: Date = Date()
    ) throws(TobookError) {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .inputUnreadable(path: path, reason: "the book to send cannot be read")
        }
        for recipient in recipients {
            if let limit = MailService.limit(for: recipient), bytes.count > limit.bytes {
                throw .bookTooLargeToSend(
                    path: path, size: bytes.count, limit: limit.bytes, service: limit.service)
            }
        }
        let by = authors.isEmpty ? "" : " by " + authors.joined(separator: ", ")
        let message = MailMessage(
            from: settings.from, recipients: recipients, subject: title,
            text: "“\(title)”\(by), made into a book by tobook.\r\n",
            attachment: .init(
                fileName: Self.fileName(title: title, path: path),
                mediaType: Self.mediaType(path), bytes: bytes),
            date: date)
        try SMTPSender(settings: settings).send(
            message.bytes, from: MailMessage.address(of: settings.from),
            to: recipients.map(MailMessage.address(of:)))
    }

    /// The attachment's name: the title, without what file systems refuse, and the book's own
    /// extension (`.epub`, `.kepub.epub`, `.pdf`).
    static func fileName(title: String, path: String) -> String {
        let name = PathName.lastComponent(path).lowercased()
        let ext = name.hasSuffix(".kepub.epub") ? ".kepub.epub" : "." + PathName.pathExtension(name)
        let cleaned = title.unicodeScalars.map { isForbidden($0) ? " " : Character($0) }
        let words = String(cleaned).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let stem = words.isEmpty ? "book" : String(words.prefix(120))
        return stem + ext
    }

    /// What file systems refuse in a name, and control characters (Cc and Cf, as
    /// `CharacterSet.controlCharacters` had them).
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        if "/\\:*?\"<>|".unicodeScalars.contains(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .control, .format: return true
        default: return false
        }
    }

    static func mediaType(_ path: String) -> String {
        path.lowercased().hasSuffix(".pdf") ? "application/pdf" : "application/epub+zip"
    }
}

/// What personal-document services accept by e-mail, known by the address's domain.
enum MailService {
    /// Send to Kindle takes documents up to 50 MB (amazon.com/sendtokindle).
    static func limit(for recipient: String) -> (service: String, bytes: Int)? {
        let address = MailMessage.address(of: recipient).lowercased()
        if address.hasSuffix("@kindle.com") || address.hasSuffix("@free.kindle.com")
            || address.hasSuffix("@kindle.cn")
        {
            return ("Send to Kindle", 50_000_000)
        }
        return nil
    }
}
