import TobookKit

/// `--series-index`: the book's number in its series, as written (`2`, `2.5`).
struct SeriesIndex: OptionValue {
    var text: String

    init(parsing argument: String) throws(TobookError) {
        guard Double(argument) != nil,
            argument.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
        else {
            throw .usage("--series-index '\(argument)' is not a number (such as 2 or 2.5)")
        }
        text = argument
    }
}
