/// Letters with accents taken back to ASCII, as Foundation's `folding(options:
/// [.diacriticInsensitive, .widthInsensitive], locale: nil)` took them for a mailed book's
/// ASCII file name: Foundation (6.5 MB of libraries on every run) is no longer linked.
/// - A scalar whose canonical decomposition starts with an ASCII character becomes that
///   character (`é` → `e`, `Å` U+212B → `A`); the table is Foundation's own answer for every
///   scalar, so nothing is guessed.
/// - Fullwidth forms become their ASCII letters (`Ａ` → `A`).
/// - A combining mark (Mn, Me) after another scalar is dropped, as the decomposed accent was.
/// Anything else stays as it is; the file name's fallback replaces it with `_`.
enum ASCIIFolding {
    static func folded(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0xFF01 && scalar.value <= 0xFF5E {
                result.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            } else if let ascii = table[scalar] {
                result.append(ascii)
            } else if !result.isEmpty && isCombiningMark(scalar) {
                continue
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Each ASCII character and the scalars that fold to it.
    private static let groups: [(Unicode.Scalar, String)] = [
        (";", "\u{37E}"),
        ("<", "\u{226E}"),
        ("=", "\u{2260}"),
        (">", "\u{226F}"),
        ("A", "ÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦḀẠẢẤẦẨẪẬẮẰẲẴẶ\u{212B}"),
        ("B", "ḂḄḆ"),
        ("C", "ÇĆĈĊČḈ"),
        ("D", "ĎḊḌḎḐḒ"),
        ("E", "ÈÉÊËĒĔĖĘĚȄȆȨḔḖḘḚḜẸẺẼẾỀỂỄỆ"),
        ("F", "Ḟ"),
        ("G", "ĜĞĠĢǦǴḠ"),
        ("H", "ĤȞḢḤḦḨḪ"),
        ("I", "ÌÍÎÏĨĪĬĮİǏȈȊḬḮỈỊ"),
        ("J", "Ĵ"),
        ("K", "ĶǨḰḲḴ\u{212A}"),
        ("L", "ĹĻĽḶḸḺḼ"),
        ("M", "ḾṀṂ"),
        ("N", "ÑŃŅŇǸṄṆṈṊ"),
        ("O", "ÒÓÔÕÖŌŎŐƠǑǪǬȌȎȪȬȮȰṌṎṐṒỌỎỐỒỔỖỘỚỜỞỠỢ"),
        ("P", "ṔṖ"),
        ("R", "ŔŖŘȐȒṘṚṜṞ"),
        ("S", "ŚŜŞŠȘṠṢṤṦṨ"),
        ("T", "ŢŤȚṪṬṮṰ"),
        ("U", "ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖṲṴṶṸṺỤỦỨỪỬỮỰ"),
        ("V", "ṼṾ"),
        ("W", "ŴẀẂẄẆẈ"),
        ("X", "ẊẌ"),
        ("Y", "ÝŶŸȲẎỲỴỶỸ"),
        ("Z", "ŹŻŽẐẒẔ"),
        ("`", "\u{1FEF}"),
        ("a", "àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ"),
        ("b", "ḃḅḇ"),
        ("c", "çćĉċčḉ"),
        ("d", "ďḋḍḏḑḓ"),
        ("e", "èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ"),
        ("f", "ḟ"),
        ("g", "ĝğġģǧǵḡ"),
        ("h", "ĥȟḣḥḧḩḫẖ"),
        ("i", "ìíîïĩīĭįǐȉȋḭḯỉị"),
        ("j", "ĵǰ"),
        ("k", "ķǩḱḳḵ"),
        ("l", "ĺļľḷḹḻḽ"),
        ("m", "ḿṁṃ"),
        ("n", "ñńņňǹṅṇṉṋ"),
        ("o", "òóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ"),
        ("p", "ṕṗ"),
        ("r", "ŕŗřȑȓṙṛṝṟ"),
        ("s", "śŝşšșṡṣṥṧṩ"),
        ("t", "ţťțṫṭṯṱẗ"),
        ("u", "ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự"),
        ("v", "ṽṿ"),
        ("w", "ŵẁẃẅẇẉẘ"),
        ("x", "ẋẍ"),
        ("y", "ýÿŷȳẏẙỳỵỷỹ"),
        ("z", "źżžẑẓẕ"),
    ]

    private static let table: [Unicode.Scalar: Unicode.Scalar] = Dictionary(
        groups.flatMap { ascii, scalars in scalars.unicodeScalars.map { ($0, ascii) } },
        uniquingKeysWith: { first, _ in first })
}
