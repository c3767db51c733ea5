/// A number as written in a heading: arabic, roman, spelled out, or CJK.
struct Numeral: Equatable, Sendable {
    enum Style: String, Equatable, Sendable {
        case arabic, roman, word, cjk
    }

    let value: Int
    let style: Style
    /// How many numbers a decimal section number has: 1 for "3", 2 for "3.1", 3 for "3.1.4".
    var depth = 1

    /// Reads a whole token ("12", "XIV", "iv", "ONE", "Twelfth", "二十三") as a numeral.
    /// Roman numerals must be canonical (so "MIX" is 1009 but "IIII" is not one), which keeps
    /// ordinary capitalised words out.
    init?(_ token: Substring) {
        guard let first = token.unicodeScalars.first, token.utf8.count <= 40 else { return nil }
        if first.isASCII && first.properties.numericType != nil {
            if let value = Int(token), value >= 0, value < 100_000 {
                self.init(value: value, style: .arabic)
            } else if let decimal = Self.decimal(token) {
                self = decimal
            } else {
                return nil
            }
        } else if "IVXLCDMivxlcdm".unicodeScalars.contains(first), let value = Self.roman(token) {
            self.init(value: value, style: .roman)
        } else if first.properties.isAlphabetic && first.isASCII == false && first.value >= 0x3000 {
            guard let value = Self.cjk(token) else { return nil }
            self.init(value: value, style: .cjk)
        } else if let value = Self.spelled[token.quickLowercased()] {
            self.init(value: value, style: .word)
        } else {
            return nil
        }
    }

    init(value: Int, style: Style, depth: Int = 1) {
        self.value = value
        self.style = style
        self.depth = depth
    }

    /// A decimal section number, "3.1" or "2.4.1" (up to four parts of up to three digits):
    /// its last part is the value, its number of parts the depth.
    static func decimal(_ token: Substring) -> Numeral? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 4,
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) }),
            let last = parts.last.flatMap({ Int($0) }),
            parts.dropLast().allSatisfy({ Int($0) != nil })
        else { return nil }
        return Numeral(value: last, style: .arabic, depth: parts.count)
    }

    /// Whether an ASCII byte is one of the seven letters, in either case.
    private static func isRomanLetter(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "l"),
            UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "m"):
            true
        default: false
        }
    }

    /// Canonical roman numerals up to 3999, in either case (not mixed).
    static func roman(_ token: Substring) -> Int? {
        // An ASCII byte other than the seven letters can't be in one (its upper case is no
        // roman letter either): most capitalised words end here, before any case mapping.
        guard
            !token.utf8.contains(where: { $0 < 0x80 && !Self.isRomanLetter($0) })
        else { return nil }
        if token.utf8.allSatisfy({ $0 < 0x80 }) { return asciiRoman(token.utf8) }
        guard !token.isEmpty, token.count <= 15 else { return nil }
        let upper = token.uppercased()
        guard token == upper || token == token.quickLowercased() else { return nil }
        let values: [Character: Int] = [
            "I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000,
        ]
        var total = 0
        var previous = 0
        for character in upper.reversed() {
            guard let value = values[character] else { return nil }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        guard total > 0, canonicalRoman(total) == upper else { return nil }
        return total
    }

    /// `roman` for a token of the seven letters in ASCII, on its bytes: "I" alone is in most
    /// lines of a novel.
    private static func asciiRoman(_ bytes: Substring.UTF8View) -> Int? {
        guard let first = bytes.first, bytes.count <= 15 else { return nil }
        let isUpper = first < 0x60
        guard bytes.allSatisfy({ ($0 < 0x60) == isUpper }) else { return nil }
        var total = 0
        var previous = 0
        for byte in bytes.reversed() {
            let value =
                switch byte | 0x20 {
                case UInt8(ascii: "i"): 1
                case UInt8(ascii: "v"): 5
                case UInt8(ascii: "x"): 10
                case UInt8(ascii: "l"): 50
                case UInt8(ascii: "c"): 100
                case UInt8(ascii: "d"): 500
                default: 1000
                }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        guard total > 0, canonicalRoman(total).utf8.elementsEqual(bytes.lazy.map { $0 & 0xDF })
        else { return nil }
        return total
    }

    static func canonicalRoman(_ value: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
            (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var result = ""
        for (amount, symbol) in table {
            while rest >= amount {
                result += symbol
                rest -= amount
            }
        }
        return result
    }

    /// Spelled cardinals and ordinals in the languages tobook reads headings in.
    static let spelled: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            [
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen", "twenty",
            ],
            [
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                "sixteenth",
                "seventeenth", "eighteenth", "nineteenth", "twentieth",
            ],
            [
                "erstes", "zweites", "drittes", "viertes", "fünftes", "sechstes", "siebentes",
                "achtes",
                "neuntes", "zehntes",
            ],
            [
                "erster", "zweiter", "dritter", "vierter", "fünfter", "sechster", "siebenter",
                "achter",
                "neunter", "zehnter",
            ],
            [
                "premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième",
                "huitième", "neuvième", "dixième",
            ],
            ["première", "seconde"],
            ["primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava"],
            ["prima", "seconda", "terza", "quarta", "quinta", "sesta", "settima", "ottava"],
            ["primeira", "segunda", "terceira", "quarta", "quinta", "sexta", "sétima", "oitava"],
            ["erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebente", "achte"],
            [
                "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo",
                "noveno", "décimo",
            ],
            [
                "primo", "secondo", "terzo", "quarto", "quinto", "sesto", "settimo", "ottavo",
                "nono",
                "decimo",
            ],
            [
                "первая", "вторая", "третья", "четвертая", "пятая", "шестая", "седьмая", "восьмая",
                "девятая", "десятая",
            ],
            [
                "первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой",
                "девятый", "десятый",
            ],
        ]
        for list in lists {
            for (index, word) in list.enumerated() where table[word] == nil {
                table[word] = index + 1
            }
        }
        table["seventh"] = 7
        table["siebtes"] = 7
        table["siebter"] = 7
        // English tens and their compounds: "thirty", "twenty-one", "forty-second".
        let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        let unitOrdinals = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        ]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        let tenOrdinals = [
            "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
            "eightieth", "ninetieth",
        ]
        for (offset, ten) in tens.enumerated() {
            let value = (offset + 2) * 10
            table[ten] = value
            table[tenOrdinals[offset]] = value
            for (unit, name) in units.enumerated() {
                table["\(ten)-\(name)"] = value + unit + 1
                table["\(ten)-\(unitOrdinals[unit])"] = value + unit + 1
            }
        }
        return table
    }()

    /// Chinese numerals up to 9999 (一 … 九千九百九十九, with 〇/零 and 两).
    static func cjk(_ token: Substring) -> Int? {
        let digits: [Character: Int] = [
            "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
            "八": 8, "九": 9,
        ]
        let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
        guard !token.isEmpty else { return nil }
        var total = 0
        var pending = 0
        var sawUnit = false
        for character in token {
            if let digit = digits[character] {
                pending = digit
            } else if let unit = units[character] {
                total += (pending == 0 && !sawUnit && total == 0 ? 1 : pending) * unit
                pending = 0
                sawUnit = true
            } else {
                return nil
            }
        }
        let value = total + pending
        return value > 0 ? value : nil
    }
}
