/// French typography's spaces: a narrow no-break space (U+202F) inside « » and before ; ! ?,
/// and a no-break space (U+00A0) before :, replacing whatever space was typed there.
enum FrenchSpacing {
    static let narrow: Unicode.Scalar = "\u{202F}"
    static let noBreak: Unicode.Scalar = "\u{A0}"

    static func apply(_ scalars: [Unicode.Scalar], protected: [Range<Int>]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count + 8)
        var index = 0
        func dropTrailingSpaces() {
            while let last = output.last, last == " " || last == noBreak || last == narrow {
                output.removeLast()
            }
        }
        let hasProtected = !protected.isEmpty
        while index < scalars.count {
            let scalar = scalars[index]
            if hasProtected && protected.contains(where: { $0.contains(index) }) {
                output.append(scalar)
                index += 1
                continue
            }
            switch scalar {
            case "«":
                output.append(scalar)
                index += 1
                while index < scalars.count,
                    scalars[index] == " " || scalars[index] == noBreak || scalars[index] == narrow
                {
                    index += 1
                }
                output.append(narrow)
                continue
            case "»":
                dropTrailingSpaces()
                if !output.isEmpty { output.append(narrow) }
                output.append(scalar)
            case ";", "!", "?", ":":
                let before = output.last { $0 != Typographer.boundary }
                let after = index + 1 < scalars.count ? scalars[index + 1] : nil
                let endsClause =
                    after == nil || after?.isTextWhitespace == true || after == "»"
                    || after == Typographer.boundary
                    || (scalar != ":" && (after == "!" || after == "?"))
                let afterText =
                    before.map { !"!?;:".unicodeScalars.contains($0) && $0 != "«" } ?? false
                let betweenDigits =
                    scalar == ":" && before?.properties.numericType != nil
                    && after?.properties.numericType != nil
                if endsClause && afterText && !betweenDigits {
                    dropTrailingSpaces()
                    output.append(scalar == ":" ? noBreak : narrow)
                }
                output.append(scalar)
            default:
                output.append(scalar)
            }
            index += 1
        }
        return output
    }
}
