import Foundation

/// A real SMTP server on 127.0.0.1 (aiosmtpd, `Tests/Tools/smtp_server.py`), started for one
/// test and stopped after it; what it receives is read back as decoded JSON records.
public final class SMTPTestServer {
    public enum Security: String { case starttls, tls, none }

    public let folder: URL
    public let port: Int
    private let process: Process
    private let input: Pipe

    /// The server's own certificate, made for this run: the test trusts it with --smtp-ca-file.
    public var certificate: URL { folder.appendingPathComponent("cert.pem") }

    public init(security: Security, user: String? = nil, password: String? = nil) throws {
        folder = try Paths.scratchFolder("tobook-smtp")
        let script = Paths.packageRoot.appendingPathComponent("Tests/Tools/smtp_server.py")
        var arguments = [script.path, folder.path, "--security", security.rawValue]
        if let user, let password { arguments += ["--user", user, "--password", password] }
        process = Process()
        process.executableURL = URL(fileURLWithPath: try Subprocess.resolve("python3"))
        process.arguments = arguments
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line is `ready PORT`, once the server accepts connections.
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line += byte
        }
        let words = String(decoding: line, as: UTF8.self).split(separator: " ")
        guard words.count == 2, words[0] == "ready", let port = Int(words[1]) else {
            process.terminate()
            throw TestSupportError(
                "the test SMTP server did not start: run `make test`, which installs aiosmtpd")
        }
        self.port = port
    }

    /// Every message taken so far, oldest first, each a JSON object (see smtp_server.py).
    public func messages() throws -> [[String: Any]] {
        let names = try Paths.contents(of: folder).filter {
            $0.hasPrefix("message-") && $0.hasSuffix(".json")
        }
        let sorted = names.sorted {
            Int($0.dropFirst(8).dropLast(5)) ?? 0 < Int($1.dropFirst(8).dropLast(5)) ?? 0
        }
        return try sorted.map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        }
    }

    public func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}
