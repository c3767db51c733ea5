import TobookKit

/// `--format`: the formats to write from one parse (`epub`, `kepub`, `pdf`, `epub,pdf`).
struct FormatList: OptionValue {
    var formats: [ConversionOptions.Format] = []

    init(parsing argument: String) throws(TobookError) {
        for name in argument.split(separator: ",") {
            let key = name.trimmingBlanks().lowercased()
            guard let format = ConversionOptions.Format(rawValue: key) else {
                throw .usage("--format '\(name)' is not a format (epub, kepub, pdf)")
            }
            if !formats.contains(format) { formats.append(format) }
        }
    }
}
