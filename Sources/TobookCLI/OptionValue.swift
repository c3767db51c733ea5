import ArgumentParser
import TobookKit

/// The value of a command-line option, parsed once, when the arguments are read. Each option
/// names `init(parsing:)` as its transform, so a value that does not parse is refused with
/// tobook's own message and exit code; `Tobook.main` finds that error inside ArgumentParser's.
protocol OptionValue: ExpressibleByArgument, Sendable {
    init(parsing argument: String) throws(TobookError)
}

extension OptionValue {
    public init?(argument: String) {
        guard let value = try? Self(parsing: argument) else { return nil }
        self = value
    }

    /// The value a library initialiser made of the argument, or `error` when it made none.
    static func value(_ value: Self?, or error: @autoclosure () -> TobookError)
        throws(TobookError) -> Self
    {
        guard let value else { throw error() }
        return value
    }
}

extension TobookError {
    /// The error an option value's `init(parsing:)` threw, found inside the error ArgumentParser
    /// throws for it, which keeps it as the reason the value was refused in types it does not
    /// make public (hence the reflection); nil for any other error.
    static func thrown(within error: Any, depth: Int = 0) -> TobookError? {
        if let error = error as? TobookError { return error }
        guard depth < 8 else { return nil }
        for child in Mirror(reflecting: error).children {
            if let found = thrown(within: child.value, depth: depth + 1) { return found }
        }
        return nil
    }
}

extension PageGeometry: OptionValue {
    init(parsing argument: String) throws(TobookError) {
        self = try .value(
            PageGeometry(named: argument),
            or: .usage(
                "--page '\(argument)' is not a page size (ereader, ereader7, a5, a4, letter or WxH in mm)"
            ))
    }
}

extension HeadingPattern: OptionValue {
    init(parsing argument: String) throws(TobookError) {
        self = try .value(
            HeadingPattern(argument),
            or: .usage("--heading-pattern '\(argument)' is not a valid regular expression"))
    }
}

extension LanguageTag: OptionValue {
    init(parsing argument: String) throws(TobookError) {
        self = try .value(
            LanguageTag(argument),
            or: .usage(
                "'\(argument)' is not a BCP 47 language tag (examples: en, en-GB, de, pt-BR)"))
    }
}

extension TextEncoding: OptionValue {
    /// An unknown encoding has an exit code of its own, not a usage error's.
    init(parsing argument: String) throws(TobookError) {
        self = try .value(TextEncoding(label: argument), or: .unknownEncoding(name: argument))
    }
}

extension ByteCount: OptionValue {
    init(parsing argument: String) throws(TobookError) {
        self = try .value(
            ByteCount(argument),
            or: .usage(
                "--max-input-size '\(argument)' is not a size (such as 200M, 2G or 1000000)"))
    }
}
