import FoundationEssentials

/// One e-mail carrying one book as its attachment, as RFC 5322 and MIME bytes with CRLF line
/// ends: a short text part, then the book in base64. Personal-document services (Send to
/// Kindle, PocketBook's Send-to-PocketBook) read the attachment; the subject is the title.
public struct MailMessage: Sendable {
    public var from: String
    public var recipients: [String]
    public var subject: String
    public var text: String
    public var attachment: Attachment
    public var date: Date
    /// Separates the parts; "=_" cannot occur in base64 text, so no content can end a part.
    var boundary = "=_tobook_" + UUID().uuidString.replacing("-", with: "")

    public struct Attachment: Sendable {
        public var fileName: String
        public var mediaType: String
        public var bytes: [UInt8]

        public init(fileName: String, mediaType: String, bytes: [UInt8]) {
            self.fileName = fileName
            self.mediaType = mediaType
            self.bytes = bytes
        }
    }

    public init(
        from: String, recipients: [String], subject: String, text: String,
        attachment: Attachment, date: Date
    ) {
        self.from = from
        self.recipients = recipients
        self.subject = subject
        self.text = text
        self.attachment = attachment
        self.date = date
    }

    /// The whole message, ready for SMTP's DATA.
    public var bytes: [UInt8] {
        var lines = [
            "From: " + from,
            "To: " + recipients.joined(separator: ", "),
            MIMEHeader.encoded(name: "Subject", value: subject),
            "Date: " + MailDate.string(from: date),
            "Message-ID: <\(UUID().uuidString.lowercased())@\(Self.domain(of: from))>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed;\r\n boundary=\"\(boundary)\"",
            "",
            "--" + boundary,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            Self.base64(Array(text.utf8)),
            "--" + boundary,
            "Content-Type: \(attachment.mediaType);\r\n "
                + MIMEHeader.parameter("name", attachment.fileName),
            "Content-Disposition: attachment;\r\n "
                + MIMEHeader.parameter("filename", attachment.fileName),
            "Content-Transfer-Encoding: base64",
            "",
        ]
        lines.append(Self.base64(attachment.bytes))
        lines.append("--" + boundary + "--")
        lines.append("")
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    /// The address alone, for SMTP's envelope: `Ann Lee <ann@example.org>` gives the part in
    /// angle brackets.
    public static func address(of mailbox: String) -> String {
        guard let open = mailbox.lastIndex(of: "<"), let close = mailbox.lastIndex(of: ">"),
            open < close
        else { return mailbox.trimmingBlanks() }
        return String(mailbox[mailbox.index(after: open)..<close])
    }

    static func domain(of mailbox: String) -> String {
        let address = address(of: mailbox)
        guard let at = address.lastIndex(of: "@") else { return "tobook.invalid" }
        let domain = address[address.index(after: at)...]
        return domain.isEmpty ? "tobook.invalid" : String(domain)
    }

    static func base64(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString(options: [
            .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
        ])
    }
}
