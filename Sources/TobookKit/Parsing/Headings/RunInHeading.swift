/// A numbered heading that runs into its paragraph, as licences write sections:
/// "2. Grant of Copyright License. Subject to the terms…" is the heading "2. Grant of Copyright
/// License." and a paragraph that begins "Subject to the terms…".
enum RunInHeading {
    /// The heading and the rest of the line, split at the first full stop after the title's
    /// first word that is followed by a space and a capital; nil when there is none.
    static func split(_ line: Substring) -> (heading: Substring, rest: Substring)? {
        let scalars = Array(line.unicodeScalars)
        guard let firstSpace = scalars.firstIndex(of: " ") else { return nil }
        var index = firstSpace + 2
        while index + 2 < scalars.count {
            if scalars[index] == ".", scalars[index + 1] == " ",
                scalars[index + 2].properties.isUppercase
            {
                let headingEnd = line.unicodeScalars.index(
                    line.unicodeScalars.startIndex, offsetBy: index + 1)
                let heading = Substring(line.unicodeScalars[..<headingEnd])
                return (
                    heading, Substring(line.unicodeScalars[headingEnd...]).trimmingTextWhitespace()
                )
            }
            index += 1
        }
        return nil
    }
}
