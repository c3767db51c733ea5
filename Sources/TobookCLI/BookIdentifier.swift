import TobookKit

/// `--identifier`: the book's unique identifier, a UUID or a URN, as given (never blank).
struct BookIdentifier: OptionValue {
    var text: String

    init(parsing argument: String) throws(TobookError) {
        guard !argument.allSatisfy(\.isWhitespace) else {
            throw .usage("--identifier must not be empty")
        }
        text = argument
    }
}
