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
        let output: ShellCommand.Output
        do {
            output = try ShellCommand(command: command).run()
        } catch {
            throw .mailNotConfigured(
                reason: "smtp-password-command could not start: \(error.message)")
        }
        guard output.status == 0 else {
            throw .mailNotConfigured(
                reason: "smtp-password-command failed (exit status \(output.status))")
        }
        let text = String(decoding: output.bytes, as: UTF8.self)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        let password = line.trimmingScalars(in: "\r")
        guard !password.isEmpty else {
            throw .mailNotConfigured(reason: "smtp-password-command printed no password")
        }
        return password
    }
}
