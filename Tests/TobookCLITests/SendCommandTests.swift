import Foundation
import TestSupport
import Testing

/// `--send-to`: the book mailed through a real SMTP server on 127.0.0.1 (aiosmtpd), over
/// STARTTLS or TLS with a throwaway certificate, or to a relay without either; the message
/// read back as a mail program reads it.
@Suite("tobook command line: --send-to mails the book")
struct SendCommandTests {
    static let text = "Válka s mloky — a Test\n\nBy Karel Čapek\n\nShe said \"yes\" -- and left.\n"

    /// A folder with the text, and the options that point tobook at `server`.
    static func setUp(_ server: SMTPTestServer, security: String) throws -> (URL, [String]) {
        let folder = try Paths.scratchFolder("tobook-send")
        try Data(text.utf8).write(to: folder.appendingPathComponent("note.txt"))
        let options = [
            "--smtp-host", "127.0.0.1", "--smtp-port", String(server.port), "--smtp-security",
            security, "--smtp-from", "Ann Lee <ann@example.org>", "--smtp-ca-file",
            server.certificate.path,
        ]
        return (folder, options)
    }

    static func sha256(_ file: URL) throws -> String {
        let outcome = try Subprocess.run("sha256sum", [file.path])
        return String(outcome.stdoutText.prefix { $0 != " " })
    }

    @Test("STARTTLS with a login: one message, the right headers, the book's exact bytes")
    func startTLS() throws {
        let server = try SMTPTestServer(security: .starttls, user: "ann", password: "s3cret")
        defer { server.stop() }
        let (folder, options) = try Self.setUp(server, security: "starttls")
        let outcome = try CommandLineTests.tobook(
            ["note.txt", "--send-to", "reader@example.com", "--smtp-user", "ann"] + options,
            in: folder, environment: ["TOBOOK_SMTP_PASSWORD": "s3cret"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("sent note.epub to reader@example.com"))
        let messages = try server.messages()
        try #require(messages.count == 1)
        let message = messages[0]
        #expect(message["tls"] as? Bool == true)
        #expect(message["authenticated"] as? Bool == true)
        #expect(message["mail_from"] as? String == "ann@example.org")
        #expect(message["rcpt_tos"] as? [String] == ["reader@example.com"])
        let headers = message["headers"] as? [String: String] ?? [:]
        // The title as the book has it: a no-break space before the dash.
        #expect(headers["Subject"] == "Válka s mloky\u{A0}— a Test")
        #expect(headers["From"] == "Ann Lee <ann@example.org>")
        #expect(headers["To"] == "reader@example.com")
        #expect(headers["Date"] != nil && headers["Message-ID"] != nil)
        let attachments = message["attachments"] as? [[String: Any]] ?? []
        try #require(attachments.count == 1)
        #expect(attachments[0]["filename"] as? String == "Válka s mloky — a Test.epub")
        #expect(attachments[0]["content_type"] as? String == "application/epub+zip")
        let book = folder.appendingPathComponent("note.epub")
        #expect(attachments[0]["sha256"] as? String == (try Self.sha256(book)))
        #expect((message["text"] as? String)?.contains("Karel Čapek") == true)
        let check = try EPUBCheck.check([book])
        #expect(check.failures.isEmpty, "\(check.output)")
    }

    @Test("TLS from the first byte, a name from the config's [address], the password by command")
    func implicitTLSWithConfig() throws {
        let server = try SMTPTestServer(security: .tls, user: "ann", password: "pa ss")
        defer { server.stop() }
        let (folder, options) = try Self.setUp(server, security: "tls")
        let config = folder.appendingPathComponent("config.toml")
        try Data(
            """
            smtp-user = "ann"
            smtp-password-command = "printf 'pa ss\\\\n'"

            [address]
            kindle = "ann_42@kindle.com"

            """.utf8
        ).write(to: config)
        let outcome = try CommandLineTests.tobook(
            ["note.txt", "--pdf", "--send", "kindle"] + options, in: folder,
            environment: ["TOBOOK_CONFIG": config.path, "TOBOOK_SMTP_PASSWORD": nil])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("warning"), "\(outcome.stderr)")
        let messages = try server.messages()
        try #require(messages.count == 1)
        #expect(messages[0]["tls"] as? Bool == true)
        #expect(messages[0]["authenticated"] as? Bool == true)
        #expect(messages[0]["rcpt_tos"] as? [String] == ["ann_42@kindle.com"])
        let attachments = messages[0]["attachments"] as? [[String: Any]] ?? []
        try #require(attachments.count == 1)
        #expect(attachments[0]["content_type"] as? String == "application/pdf")
        let book = folder.appendingPathComponent("note.pdf")
        #expect(attachments[0]["sha256"] as? String == (try Self.sha256(book)))
        #expect(try Subprocess.run("qpdf", ["--check", book.path]).status == 0)
    }

    @Test("A relay on this machine: no TLS, no login, two recipients in one message")
    func plainRelay() throws {
        let server = try SMTPTestServer(security: .none)
        defer { server.stop() }
        let (folder, options) = try Self.setUp(server, security: "none")
        let outcome = try CommandLineTests.tobook(
            ["note.txt", "--send-to", "a@example.com", "--send-to", "b@example.com"] + options,
            in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let messages = try server.messages()
        try #require(messages.count == 1)
        #expect(messages[0]["tls"] as? Bool == false)
        #expect(messages[0]["rcpt_tos"] as? [String] == ["a@example.com", "b@example.com"])
        #expect(
            (messages[0]["headers"] as? [String: String])?["To"]
                == "a@example.com, b@example.com")
    }

    @Test("A wrong password: one error line, exit 17, the book kept, nothing delivered")
    func wrongPassword() throws {
        let server = try SMTPTestServer(security: .starttls, user: "ann", password: "s3cret")
        defer { server.stop() }
        let (folder, options) = try Self.setUp(server, security: "starttls")
        let outcome = try CommandLineTests.tobook(
            ["note.txt", "--send-to", "reader@example.com", "--smtp-user", "ann"] + options,
            in: folder, environment: ["TOBOOK_SMTP_PASSWORD": "guess"])
        #expect(outcome.status == 17, "\(outcome.stderr)")
        let errors = outcome.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == 1, "\(outcome.stderr)")
        #expect(errors.first?.hasPrefix("tobook: error: 127.0.0.1:\(server.port):") == true)
        #expect(errors.first?.contains("refused the login") == true)
        #expect(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("note.epub").path))
        #expect(try server.messages().isEmpty)
    }

    @Test("No server, an untrusted certificate, missing settings: each its own exit status")
    func unreachableAndUnconfigured() throws {
        let server = try SMTPTestServer(security: .starttls)
        defer { server.stop() }
        let (folder, options) = try Self.setUp(server, security: "starttls")
        // The system's certificates do not vouch for the throwaway one.
        let untrusted = options.filter { $0 != "--smtp-ca-file" && $0 != server.certificate.path }
        let tls = try CommandLineTests.tobook(
            ["note.txt", "--send-to", "r@example.com"] + untrusted, in: folder)
        #expect(tls.status == 18, "\(tls.stderr)")
        #expect(tls.stderr.contains("cannot reach the mail server"))
        let closed = try CommandLineTests.tobook(
            [
                "note.txt", "--send-to", "r@example.com", "--smtp-host", "127.0.0.1", "--smtp-port",
                "1", "--smtp-from", "a@example.org",
            ], in: folder)
        #expect(closed.status == 18, "\(closed.stderr)")
        let bare = try CommandLineTests.tobook(
            ["note.txt", "--send-to", "r@example.com"], in: folder)
        #expect(bare.status == 16, "\(bare.stderr)")
        #expect(bare.stderr.contains("smtp-host"))
        let unnamed = try CommandLineTests.tobook(
            ["note.txt", "--send-to", "kindle"] + options, in: folder)
        #expect(unnamed.status == 64, "\(unnamed.stderr)")
        #expect(unnamed.stderr.contains("[address]"))
        #expect(try server.messages().isEmpty)
    }

    @Test("A password in the config file is refused; TOBOOK_SMTP_PASSWORD warns of nothing")
    func passwordNeverInConfig() throws {
        let folder = try Paths.scratchFolder("tobook-send")
        try Data(Self.text.utf8).write(to: folder.appendingPathComponent("note.txt"))
        let config = folder.appendingPathComponent("config.toml")
        try Data("smtp-password = \"hunter2\"\n".utf8).write(to: config)
        let refused = try CommandLineTests.tobook(
            ["note.txt"], in: folder, environment: ["TOBOOK_CONFIG": config.path])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("smtp-password-command"))
        let quiet = try CommandLineTests.tobook(
            ["note.txt"], in: folder, environment: ["TOBOOK_SMTP_PASSWORD": "x"])
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("warning"), "\(quiet.stderr)")
    }
}
