/// Reads the dates people write into the one form `dc:date` accepts (W3C: `YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD`): ISO dates as given, and the English forms Project Gutenberg headers use
/// ("June 17, 2008", "March, 1994", "17 June 2008"), with anything after them ignored.
public enum PublicationDate {
    public static func w3c(_ text: String) -> String? {
        let trimmed = text.split(separator: "[").first.map { $0.trimmingTextWhitespace() } ?? ""
        if let iso = isoDate(trimmed) { return iso }
        let words = trimmed.split { $0 == " " || $0 == "," || $0 == "." }.map(String.init)
        var year: Int?
        var month: Int?
        var day: Int?
        for word in words {
            if let number = Int(word) {
                if word.count == 4, year == nil, (1000...2999).contains(number) {
                    year = number
                } else if day == nil, (1...31).contains(number), word.count <= 2 {
                    day = number
                } else {
                    return nil
                }
            } else if let index = months.firstIndex(where: { word.lowercased().hasPrefix($0) }),
                word.count >= 3, month == nil
            {
                month = index + 1
            } else {
                return nil
            }
        }
        guard let year else { return nil }
        guard let month else { return day == nil ? pad(year, 4) : nil }
        guard let day else { return "\(pad(year, 4))-\(pad(month, 2))" }
        guard day <= daysIn(month: month, year: year) else { return nil }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// `2008`, `2008-06`, `2008-06-17` (checked: a real month and day).
    private static func isoDate(_ text: Substring) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0])
        else { return nil }
        if parts.count >= 2 {
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            if parts.count == 3 {
                guard let day = Int(parts[2]), (1...daysIn(month: month, year: year)).contains(day)
                else { return nil }
            }
        }
        return String(text)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
