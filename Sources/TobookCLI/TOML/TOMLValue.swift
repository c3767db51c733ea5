/// A value of the config file, as `TOMLReader` reads it: the kinds tobook's options take.
enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    case array([TOMLValue])
    case table([String: TOMLValue])

    var string: String? {
        if case .string(let value) = self { value } else { nil }
    }

    var integer: Int? {
        if case .integer(let value) = self { value } else { nil }
    }

    var float: Double? {
        if case .float(let value) = self { value } else { nil }
    }

    var boolean: Bool? {
        if case .boolean(let value) = self { value } else { nil }
    }

    var array: [TOMLValue]? {
        if case .array(let value) = self { value } else { nil }
    }

    var table: [String: TOMLValue]? {
        if case .table(let value) = self { value } else { nil }
    }
}

/// Why the config file is not the TOML tobook reads, and on which line (1-based).
struct TOMLError: Error, Equatable {
    var line: Int
    var message: String
}
