/// A line (or the tail of a by-line) that is only a date, as articles print it under the title:
/// "March 3, 2019", "Nov. 29, 2016", "3. März 2019", "Publié le 14 janvier 2020", "2019-03-03",
/// "04/05/2022", "2019年4月4日", "Published 20 November 2019 / 12:21 AM". Words that are
/// neither part of the date nor a lead word ("Published", "Updated", "le", "am", a time)
/// make the line something else, so a sentence that mentions a date is never one.
struct DateLine: Equatable, Sendable {
    /// The date as `dc:date` wants it (`YYYY-MM-DD`, or `YYYY-MM` when no day is printed);
    /// nil when the printed form is ambiguous (`04/05/2022`).
    var w3c: String?

    init?(_ line: Substring) {
        let tokens = Self.tokens(of: line)
        guard !tokens.isEmpty, tokens.count <= 14 else { return nil }
        var year: Int?
        var month: Int?
        var day: Int?
        var numbers: [Int] = []
        var sawDate = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let folded = token.quickLowercased()
            if let parts = Self.numericDate(token) {
                guard !sawDate else { return nil }
                sawDate = true
                (year, month, day) = parts
            } else if let parts = Self.cjkDate(token) {
                guard !sawDate else { return nil }
                sawDate = true
                (year, month, day) = parts
            } else if let value = Self.monthNames[folded]
                ?? Self.monthNames[
                    String(folded.prefix(3))
                ].flatMap({ folded.count <= 4 || folded.hasSuffix(".") ? $0 : nil })
            {
                guard month == nil, !sawDate else { return nil }
                month = value
            } else if let number = Int(folded.trimmingSuffix(".")), folded.count <= 5 {
                numbers.append(number)
            } else if Self.isTime(folded) || Self.leadWords.contains(folded) {
                // "Published", "le", "12:21", "AM": allowed around the date.
            } else {
                return nil
            }
            index += 1
        }
        if !sawDate {
            guard let month, !numbers.isEmpty else { return nil }
            let years = numbers.filter { $0 >= 1000 && $0 <= 2999 }
            let days = numbers.filter { $0 >= 1 && $0 <= 31 }
            guard years.count == 1, days.count <= 1, numbers.count == years.count + days.count
            else { return nil }
            year = years[0]
            day = days.first
            w3c = Self.w3c(year: years[0], month: month, day: day)
            return
        }
        guard numbers.isEmpty, let year else { return nil }
        w3c = month.map { Self.w3c(year: year, month: $0, day: day) } ?? nil
    }

    private static func w3c(year: Int, month: Int, day: Int?) -> String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(y)-\(m)" }
        return "\(y)-\(m)-" + (day < 10 ? "0\(day)" : "\(day)")
    }

    /// Words split at spaces and at the separators sites print around dates.
    private static func tokens(of line: Substring) -> [Substring] {
        line.split { character in
            character == " " || character == "," || character == "|" || character == "·"
                || character == "•" || character == "\u{A0}" || character == "—"
                || character == "–" || character == "(" || character == ")"
        }.filter { $0 != "/" && $0 != "-" }
    }

    /// `2019-03-03`, `03.03.2019`, `3/3/2019`: (year, month, day). A slashed date whose day
    /// and month could be swapped gives the year only.
    private static func numericDate(_ token: Substring) -> (Int?, Int?, Int?)? {
        for separator: Character in ["-", ".", "/"] {
            let parts = token.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3 || (parts.count == 4 && parts[3].isEmpty) else { continue }
            let numbers = parts.prefix(3).compactMap { Int($0) }
            guard numbers.count == 3 else { return nil }
            if parts[0].count == 4 {
                let (y, m, d) = (numbers[0], numbers[1], numbers[2])
                guard (1...12).contains(m), (1...31).contains(d) else { return nil }
                return (y, m, d)
            }
            guard parts[2].count == 4 || parts[2].count == 2 else { return nil }
            let y = parts[2].count == 4 ? numbers[2] : 2000 + numbers[2]
            let (a, b) = (numbers[0], numbers[1])
            guard (1...31).contains(a), (1...31).contains(b) else { return nil }
            if separator == "." { return (1...12).contains(b) ? (y, b, a) : nil }
            if a > 12 && b <= 12 { return (y, b, a) }
            if b > 12 && a <= 12 { return (y, a, b) }
            return (y, nil, nil)
        }
        return nil
    }

    /// `2019年4月4日`, `2019年04月`.
    private static func cjkDate(_ token: Substring) -> (Int?, Int?, Int?)? {
        guard let yearMark = token.firstIndex(of: "年"),
            let year = Int(token[..<yearMark]), year >= 1000
        else { return nil }
        let rest = token[token.index(after: yearMark)...]
        guard let monthMark = rest.firstIndex(of: "月"), let month = Int(rest[..<monthMark]),
            (1...12).contains(month)
        else { return rest.isEmpty ? (year, nil, nil) : nil }
        let dayPart = rest[rest.index(after: monthMark)...]
        if dayPart.isEmpty { return (year, month, nil) }
        guard dayPart.last == "日", let day = Int(dayPart.dropLast()) else { return nil }
        return (year, month, day)
    }

    private static func isTime(_ token: String) -> Bool {
        if token == "am" || token == "pm" || token == "a.m." || token == "p.m." { return true }
        let core = token.trimmingSuffix("h").trimmingSuffix("uhr")
        let parts = core.split(separator: ":")
        return parts.count == 2 && parts.allSatisfy { $0.count <= 2 && Int($0) != nil }
    }

    /// Words printed around a date: "Published", "Updated", "le", "am", "de", time zones.
    static let leadWords: Set<String> = [
        "published", "updated", "posted", "on", "at", "last", "modified", "date", "dated",
        "publié", "publiée", "le", "mis", "à", "jour", "par", "publicado", "el", "de", "del",
        "actualizado", "pubblicato", "il", "aggiornato", "veröffentlicht", "am", "um",
        "aktualisiert", "uhr", "stand:", "datum:", "opublikowano", "publicado:", "published:",
        "updated:", "posted:", "et", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest",
        "bst", "ist", "em", "às", "a", "las", "alle", "ore", "du", "di", "y", "and", "und",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    ]

    /// Month names and their usual abbreviations, in the languages of the articles seen.
    static let monthNames: [String: Int] = {
        let names: [[String]] = [
            [
                "january", "januar", "janvier", "enero", "janeiro", "gennaio", "stycznia",
                "januari",
                "jänner", "styczeń",
            ],
            [
                "february", "februar", "février", "febrero", "fevereiro", "febbraio", "lutego",
                "februari", "luty",
            ],
            ["march", "märz", "mars", "marzo", "março", "marca", "maart", "marzec"],
            ["april", "avril", "abril", "aprile", "kwietnia", "kwiecień"],
            ["may", "mai", "mayo", "maio", "maggio", "maja", "mei", "maj"],
            ["june", "juni", "juin", "junio", "junho", "giugno", "czerwca", "czerwiec"],
            ["july", "juli", "juillet", "julio", "julho", "luglio", "lipca", "lipiec"],
            ["august", "août", "agosto", "sierpnia", "augustus", "sierpień"],
            [
                "september", "septembre", "septiembre", "setembro", "settembre", "września",
                "wrzesień", "setiembre",
            ],
            [
                "october", "oktober", "octobre", "octubre", "outubro", "ottobre", "października",
                "październik",
            ],
            ["november", "novembre", "noviembre", "novembro", "listopada", "listopad"],
            [
                "december", "dezember", "décembre", "diciembre", "dezembro", "dicembre", "grudnia",
                "grudzień",
            ],
        ]
        var table: [String: Int] = [:]
        for (index, forms) in names.enumerated() {
            for form in forms {
                table[form] = index + 1
                table[form + "."] = index + 1
            }
            // "Jan", "Feb.", "Sept.": the English three-letter forms and "sept".
            table[String(forms[0].prefix(3))] = index + 1
        }
        table["sept"] = 9
        table["sept."] = 9
        table["mär"] = 3
        table["okt"] = 10
        table["dez"] = 12
        table["déc"] = 12
        return table
    }()
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
