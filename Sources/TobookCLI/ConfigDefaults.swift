import FoundationEssentials

/// Defaults for options from `~/.config/tobook/config.toml` (or `$XDG_CONFIG_HOME`, or the file
/// `TOBOOK_CONFIG` names) and from `TOBOOK_*` variables, turned into arguments placed before the
/// user's own: the environment wins over the file, and a flag on the command line over both.
struct ConfigDefaults {
    /// `table`: a TOML table of names and values (`[address]`), given as `--KEY NAME=VALUE`.
    enum Kind { case text, number, flag, list, table }

    /// The options a default may be given for (per-book metadata such as the title is not).
    static let keys: [String: Kind] = [
        "style": .text, "language": .text, "encoding": .text, "format": .text, "page": .text,
        "font-size": .number, "max-input-size": .text, "jobs": .number, "output-dir": .text,
        "publisher": .text, "rights": .text, "author": .list, "subject": .list,
        "heading-pattern": .list, "pdf": .flag, "no-smart": .flag, "no-cover": .flag,
        "epub2": .flag, "quiet": .flag, "no-headings": .flag, "keep-boilerplate": .flag,
        "smtp-host": .text, "smtp-port": .number, "smtp-user": .text, "smtp-from": .text,
        "smtp-security": .text, "smtp-password-command": .text, "smtp-ca-file": .text,
        "address": .table,
    ]

    /// Read by `--send-to` itself, never turned into an argument (which `ps` would show).
    static let passwordVariable = "TOBOOK_SMTP_PASSWORD"

    struct Setting {
        var key: String
        var values: [String]
        /// Where it came from: the file's path or the variable's name.
        var source: String
    }

    var settings: [Setting] = []
    /// What the user should know but need not stop for: a `TOBOOK_*` variable that names no
    /// option (set for another purpose, or misspelt) is left aside.
    var warnings: [String] = []

    struct Failure: Error {
        var message: String
    }

    /// The config file's path: `TOBOOK_CONFIG`, else `$XDG_CONFIG_HOME/tobook/config.toml`, else
    /// `~/.config/tobook/config.toml`.
    static func path(_ environment: [String: String]) -> String? {
        if let path = environment["TOBOOK_CONFIG"], !path.isEmpty { return path }
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty {
            return base + "/tobook/config.toml"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/tobook/config.toml"
    }

    static func load(_ environment: [String: String]) throws(Failure) -> ConfigDefaults {
        var defaults = ConfigDefaults()
        if let path = path(environment), FileManager.default.fileExists(atPath: path) {
            defaults.settings = try readFile(path)
        } else if let path = environment["TOBOOK_CONFIG"], !path.isEmpty {
            throw Failure(message: "\(path): no such config file (named by TOBOOK_CONFIG)")
        }
        for (name, value) in environment.sorted(by: { $0.key < $1.key })
        where name.hasPrefix("TOBOOK_")
            && !["TOBOOK_CONFIG", "TOBOOK_FUZZ", passwordVariable].contains(name)
        {
            let key = name.dropFirst("TOBOOK_".count).lowercased().replacing("_", with: "-")
            guard let kind = keys[key] else {
                defaults.warnings.append("\(name): tobook has no option --\(key) to set; ignored")
                continue
            }
            let values: [String]
            switch kind {
            case .flag:
                switch value.lowercased() {
                case "1", "true", "yes", "on": values = []
                case "0", "false", "no", "off", "":
                    // Off wins over the file's `true`.
                    defaults.settings.removeAll { $0.key == key }
                    continue
                default: throw Failure(message: "\(name)=\(value): give 1 or 0 (true or false)")
                }
            case .text, .number, .list, .table: values = [value]
            }
            defaults.settings.removeAll { $0.key == key }
            defaults.settings.append(Setting(key: key, values: values, source: name))
        }
        return defaults
    }

    private static func readFile(_ path: String) throws(Failure) -> [Setting] {
        var isDirectory = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory {
            throw Failure(message: "\(path): cannot read the config file: it is a directory")
        }
        // Read to the end, which also takes /dev/null ("no defaults").
        let bytes: [UInt8]?
        do {
            bytes = try FileBytes.read(path)
        } catch {
            throw Failure(message: "\(path): cannot read the config file (\(error.message))")
        }
        guard let bytes else { throw Failure(message: "\(path): cannot read the config file") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure(message: "\(path): the config file is not UTF-8")
        }
        let table: [String: TOMLValue]
        do {
            table = try TOMLReader.table(from: text)
        } catch {
            throw Failure(message: "\(path):\(error.line): \(error.message)")
        }
        var settings: [Setting] = []
        for key in table.keys.sorted() {
            if key == "smtp-password" {
                throw Failure(
                    message:
                        "\(path): keep no password in the config file: set smtp-password-command"
                        + " (a command that prints it) or \(passwordVariable)")
            }
            guard let value = table[key], let kind = keys[key] else {
                throw Failure(message: "\(path): tobook has no option --\(key) to set")
            }
            let wrong = Failure(message: "\(path): \(key) must be \(describe(kind))")
            guard let values = try values(of: value, kind: kind, wrong: wrong) else { continue }
            settings.append(Setting(key: key, values: values, source: path))
        }
        return settings
    }

    /// A file value as arguments for its option's kind; nil for a flag set to false.
    private static func values(
        of value: TOMLValue, kind: Kind, wrong: Failure
    ) throws(Failure) -> [String]? {
        let values: [String]
        switch kind {
        case .text:
            guard let string = value.string else { throw wrong }
            values = [string]
        case .number:
            if let int = value.integer {
                values = [String(int)]
            } else if let double = value.float {
                values = [String(double)]
            } else {
                throw wrong
            }
        case .flag:
            guard let bool = value.boolean else { throw wrong }
            guard bool else { return nil }
            values = []
        case .list:
            if let string = value.string {
                values = [string]
            } else if let array = value.array {
                let strings = array.compactMap(\.string)
                guard strings.count == array.count else { throw wrong }
                values = strings
            } else {
                throw wrong
            }
        case .table:
            guard let entries = value.table else { throw wrong }
            values = try entries.keys.sorted().map { (name: String) throws(Failure) in
                guard let text = entries[name]?.string else { throw wrong }
                return name + "=" + text
            }
        }
        return values
    }

    private static func describe(_ kind: Kind) -> String {
        switch kind {
        case .text: "a string"
        case .number: "a number"
        case .flag: "true or false"
        case .list: "a string or a list of strings"
        case .table: "a table of names and strings ([address] kindle = \"you@kindle.com\")"
        }
    }

    /// Defaults set aside by a user's option that contradicts them, where both together would
    /// be a usage error: `--verbose` beside a configured `quiet`, `-o` beside `output-dir`.
    static let contradictions: [String: Set<String>] = [
        "quiet": ["verbose"], "output-dir": ["output"], "no-cover": ["cover"],
        "pdf": ["format", "output.epub"], "format": ["pdf", "output.epub", "output.pdf"],
    ]

    /// The arguments these defaults add before `userArguments`: none for an option the user
    /// gave (so a list option such as `--author` is replaced, not added to) or contradicts.
    func arguments(before userArguments: [String]) -> [String] {
        var given = Set<String>()
        for (index, argument) in userArguments.enumerated() {
            var name: String
            var value: String?
            if argument == "-q" {
                name = "quiet"
            } else if argument.hasPrefix("-o") && !argument.hasPrefix("--") {
                name = "output"
                value = argument.count > 2 ? String(argument.dropFirst(2)) : nil
            } else if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2).prefix { $0 != "=" })
                if let equals = argument.firstIndex(of: "=") {
                    value = String(argument[argument.index(after: equals)...])
                }
            } else {
                continue
            }
            given.insert(name)
            if name == "output" {
                // `-o PATH.pdf` names its format: a configured format must not contradict it.
                let path = (value ?? userArguments.dropFirst(index + 1).first ?? "").lowercased()
                for format in ["epub", "pdf"] where path.hasSuffix("." + format) {
                    given.insert("output." + format)
                }
            }
        }
        let setAside = { (setting: Setting) in
            given.contains(setting.key)
                || !(Self.contradictions[setting.key] ?? []).isDisjoint(with: given)
        }
        return settings.filter { !setAside($0) }.flatMap { setting in
            setting.values.isEmpty
                ? ["--" + setting.key] : setting.values.flatMap { ["--" + setting.key, $0] }
        }
    }

    /// `--print-config`: the defaults in force, as TOML, each with where it came from.
    var description: String {
        guard !settings.isEmpty else { return "# no defaults set (tobook's own apply)\n" }
        return settings.map { setting in
            let value: String
            switch Self.keys[setting.key] {
            case .flag: value = "true"
            case .number: value = setting.values.first ?? ""
            case .list:
                value = "[" + setting.values.map(Self.quoted).joined(separator: ", ") + "]"
            case .table:
                value =
                    "{ "
                    + setting.values.map { entry in
                        let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                        return Self.quoted(parts[0]) + " = " + Self.quoted(parts.last ?? "")
                    }.joined(separator: ", ") + " }"
            default: value = Self.quoted(setting.values.first ?? "")
            }
            return "\(setting.key) = \(value)  # from \(setting.source)\n"
        }.joined()
    }

    private static func quoted(_ text: String) -> String {
        "\""
            + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
