import TobookKit

/// `--date`: a publication date in the form `dc:date` takes (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
struct PublicationDay: OptionValue {
    /// The date as W3C writes it.
    var w3c: String

    init(parsing argument: String) throws(TobookError) {
        guard let date = PublicationDate.w3c(argument) else {
            throw .usage("--date '\(argument)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        w3c = date
    }
}
