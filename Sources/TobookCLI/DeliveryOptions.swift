import ArgumentParser
import FoundationEssentials
import TobookKit

/// Where the book goes besides its file: mailed (`--send-to`, through the `smtp-*` server the
/// config names) or copied onto a plugged-in e-reader (`--to-device`).
struct DeliveryOptions: ParsableArguments {
    @Option(
        name: [.customLong("send-to"), .customLong("send")],
        help: ArgumentHelp(
            "Mail the book to this address, or to a name from the config's [address] table (kindle); repeatable.",
            valueName: "address"))
    var sendTo: [String] = []

    @Option(
        name: .customLong("to-device"),
        help: ArgumentHelp(
            "Copy the book onto the plugged-in e-reader (Kindle, Kobo, PocketBook, KOReader), found among the mounted volumes; --to-device=PATH names its folder.",
            valueName: "path"))
    var toDevice: String?

    @Option(
        name: .customLong("address"),
        help: ArgumentHelp(
            "Name an address for --send-to (usually set in the config's [address] table).",
            valueName: "name=address"))
    var addresses: [String] = []

    @Option(
        name: .customLong("smtp-host"),
        help: ArgumentHelp("The mail server --send-to sends through.", valueName: "host"))
    var smtpHost: String?

    @Option(
        name: .customLong("smtp-port"),
        help: ArgumentHelp(
            "Its port (default: 587 with starttls, 465 with tls, 25 with none).",
            valueName: "port"))
    var smtpPort: Int?

    @Option(
        name: .customLong("smtp-user"),
        help: ArgumentHelp(
            "The login; the password comes from TOBOOK_SMTP_PASSWORD or --smtp-password-command.",
            valueName: "user"))
    var smtpUser: String?

    @Option(
        name: .customLong("smtp-from"),
        help: ArgumentHelp(
            "The sender, an address the reading service accepts (default: the login).",
            valueName: "address"))
    var smtpFrom: String?

    @Option(
        name: .customLong("smtp-security"),
        help: ArgumentHelp(
            "starttls (default), tls, or none for a relay on this machine.", valueName: "kind"))
    var smtpSecurity: MailSettings.Security?

    @Option(
        name: .customLong("smtp-password-command"),
        help: ArgumentHelp(
            "A command that prints the password (pass show mail).", valueName: "command"))
    var smtpPasswordCommand: String?

    @Option(
        name: .customLong("smtp-ca-file"),
        help: ArgumentHelp(
            "Certificates (PEM) to trust for the mail server instead of the system's.",
            valueName: "file"))
    var smtpCAFile: String?

    func validate() throws {
        for entry in addresses where !entry.contains("=") {
            throw ValidationError("--address '\(entry)': give NAME=ADDRESS")
        }
        if let smtpPort, !(1...65535).contains(smtpPort) {
            throw ValidationError("--smtp-port must be 1 to 65535")
        }
    }

    /// The recipients, each name from `[address]` replaced by its address.
    func recipients() throws(TobookError) -> [String] {
        var book: [String: String] = [:]
        for entry in addresses {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            book[parts[0].trimmingBlanks().lowercased()] =
                parts.count > 1 ? parts[1].trimmingBlanks() : ""
        }
        return try sendTo.map { (name: String) throws(TobookError) -> String in
            if name.contains("@") { return name }
            guard let address = book[name.lowercased()], address.contains("@") else {
                throw .usage(
                    "--send-to '\(name)' is neither an address nor a name in the config's"
                        + " [address] table (add: [address] \(name) = \"you@example.com\")")
            }
            return address
        }
    }

    /// The server settings, checked and with the password found, before any book is made.
    func mailSettings(environment: [String: String]) throws(TobookError) -> MailSettings {
        guard let host = smtpHost, !host.isEmpty else {
            throw .mailNotConfigured(
                reason: "no mail server: set smtp-host (and smtp-from) in the config file")
        }
        let sender = smtpFrom ?? smtpUser.flatMap { $0.contains("@") ? $0 : nil }
        guard let sender, !sender.isEmpty else {
            throw .mailNotConfigured(reason: "no sender: set smtp-from in the config file")
        }
        var settings = MailSettings(host: host, from: sender)
        settings.port = smtpPort
        settings.security = smtpSecurity ?? .starttls
        settings.caFile = smtpCAFile
        settings.user = smtpUser
        settings.password = try MailPassword.resolve(
            environment: environment, command: smtpPasswordCommand)
        if settings.user != nil && settings.password == nil {
            throw .mailNotConfigured(
                reason: "no password for smtp-user: set \(MailPassword.variable) or"
                    + " smtp-password-command")
        }
        return settings
    }

    /// What the run does with each book once written.
    func delivery(environment: [String: String]) throws(TobookError) -> Delivery {
        var delivery = Delivery()
        if !sendTo.isEmpty {
            delivery.recipients = try recipients()
            delivery.mailer = BookMailer(settings: try mailSettings(environment: environment))
        }
        if let toDevice {
            let finder = EReaderFinder(user: environment["USER"])
            let reader = try finder.find(at: toDevice.isEmpty ? nil : toDevice)
            try reader.makeFolder()
            delivery.reader = reader
        }
        return delivery
    }

    /// A bare `--to-device` searches the mounted volumes: ArgumentParser's options always take
    /// a value, so it becomes `--to-device=` unless an existing folder follows it.
    static func normalize(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (index, argument) in arguments.enumerated() {
            guard argument == "--to-device" else {
                result.append(argument)
                continue
            }
            var isDirectory = false
            let next: String? = index + 1 < arguments.count ? arguments[index + 1] : nil
            if let next, !next.hasPrefix("-"),
                FileManager.default.fileExists(atPath: next, isDirectory: &isDirectory),
                isDirectory
            {
                result.append(argument)
            } else {
                result.append("--to-device=")
            }
        }
        return result
    }
}

extension MailSettings.Security: ExpressibleByArgument {}
