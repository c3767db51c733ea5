import Foundation
import TestSupport
import Testing

@testable import TobookKit

/// The e-mail that carries a book: headers any mail program decodes, the book in base64.
@Suite("Mail: the message that carries a book")
struct MailMessageTests {
    static func message(subject: String, fileName: String, bytes: [UInt8]) -> MailMessage {
        MailMessage(
            from: "Ann Lee <ann@example.org>", recipients: ["a@example.com", "b@example.com"],
            subject: subject, text: "a book\r\n",
            attachment: .init(fileName: fileName, mediaType: "application/epub+zip", bytes: bytes),
            date: Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test("Headers, CRLF lines of at most 78 characters, the attachment's bytes in base64")
    func layout() throws {
        let bytes = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let text = String(
            decoding: Self.message(subject: "A Title", fileName: "A Title.epub", bytes: bytes)
                .bytes, as: UTF8.self)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(lines.contains("Subject: A Title"))
        #expect(lines.contains("To: a@example.com, b@example.com"))
        #expect(lines.contains("Date: Tue, 14 Nov 2023 22:13:20 +0000"))
        #expect(lines.contains { $0.hasPrefix("Message-ID: <") && $0.hasSuffix("@example.org>") })
        // The attachment is the base64 run after the last blank line.
        let body = text.components(separatedBy: "\r\n\r\n").last ?? ""
        let encoded = body.components(separatedBy: "\r\n--").first ?? ""
        let decoded = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters)
        #expect(decoded.map(Array.init) == bytes)
    }

    @Test("A subject and file name in any script: encoded words and RFC 2231, ASCII beside")
    func unicode() {
        let subject = "Война и мир — Лев Толстой, полное издание в четырёх томах"
        let text = String(
            decoding: Self.message(subject: subject, fileName: "Война и мир.epub", bytes: [1])
                .bytes, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        let start = lines.firstIndex { $0.hasPrefix("Subject: ") } ?? 0
        var words: [String] = []
        for line in lines[start...] {
            guard line.hasPrefix("Subject: ") || line.hasPrefix(" ") else { break }
            words.append(
                line.replacingOccurrences(of: "Subject: ", with: "").trimmingCharacters(
                    in: .whitespaces))
        }
        #expect(words.count > 1)
        let decoded = words.map { word -> String in
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
            let base64 = String(word.dropFirst(10).dropLast(2))
            return String(decoding: Data(base64Encoded: base64) ?? Data(), as: UTF8.self)
        }.joined()
        #expect(decoded == subject)
        #expect(
            text.contains(
                "filename*=UTF-8''%D0%92%D0%BE%D0%B9%D0%BD%D0%B0%20%D0%B8%20%D0%BC%D0%B8%D1%80.epub"
            ))
        #expect(text.contains("filename=\"_____ _ ___.epub\""))
    }

    @Test("The attachment's name: the title without what file systems refuse")
    func fileNames() {
        #expect(BookMailer.fileName(title: "A/B: \"C\"?", path: "x/note.epub") == "A B C.epub")
        #expect(BookMailer.fileName(title: "  ", path: "note.pdf") == "book.pdf")
        #expect(BookMailer.fileName(title: "Émile", path: "n.kepub.epub") == "Émile.kepub.epub")
        #expect(MailMessage.address(of: "Ann Lee <ann@example.org>") == "ann@example.org")
    }

    @Test("A book over Send to Kindle's 50 MB is refused before any connection")
    func kindleLimit() throws {
        let folder = try Paths.scratchFolder("tobook-mail")
        let book = folder.appendingPathComponent("big.epub")
        try Data(count: 50_000_001).write(to: book)
        var settings = MailSettings(host: "127.0.0.1", from: "ann@example.org")
        settings.port = 1  // nothing listens: a connection would fail otherwise
        let mailer = BookMailer(settings: settings)
        #expect(
            throws: TobookError.bookTooLargeToSend(
                path: book.path, size: 50_000_001, limit: 50_000_000, service: "Send to Kindle")
        ) {
            try mailer.send(book: book.path, title: "Big", authors: [], to: ["ann@kindle.com"])
        }
        // To another address, the same book goes to the server (which is not there).
        #expect(throws: TobookError.self) {
            try mailer.send(book: book.path, title: "Big", authors: [], to: ["ann@example.com"])
        }
        do {
            try mailer.send(book: book.path, title: "Big", authors: [], to: ["ann@example.com"])
        } catch {
            #expect(error.exitCode == 18)
        }
    }
}
