import Foundation

/// Where the SMTP password comes from: `TOBOOK_SMTP_PASSWORD`, else the first line a
/// `smtp-password-command` prints (`pass show mail`, `secret-tool lookup ...`), so it is never
/// typed on a command line that `ps` shows, nor stored in the config in clear.
public enum MailPassword {
    public static let variable = "TOBOOK_SMTP_PASSWORD"

    /// The password, or nil when neither source is set (a server without login).
    public static func resolve(
        environment: [String: String], command: String?
    ) throws(TobookError) -> String? {
        if let password = environment[variable], !password.isEmpty { return password }
        guard let command, !command.isEmpty else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .mailNotConfigured(
                reason: "smtp-password-command could not start: \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .mailNotConfigured(
                reason:
                    "smtp-password-command failed (exit status \(process.terminationStatus))")
        }
        let text = String(decoding: data, as: UTF8.self)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        let password = line.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        guard !password.isEmpty else {
            throw .mailNotConfigured(reason: "smtp-password-command printed no password")
        }
        return password
    }
}
