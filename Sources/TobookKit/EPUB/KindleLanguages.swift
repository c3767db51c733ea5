/// The languages Kindle lists (kindlegen's table, with the ones KDP adds for eBooks: Irish,
/// Scottish Gaelic, Welsh, Galician, Latin, Luxembourgish, Breton, Cornish, Corsican, Frisian,
/// Manx, Occitan, Norwegian Bokmål and Nynorsk). Send to Kindle refuses or garbles a book whose
/// `dc:language` is not among them (EREADER-CHECKLIST item 22), so tobook warns.
enum KindleLanguages {
    static let primarySubtags: Set<String> = [
        "af", "sq", "ar", "hy", "az", "eu", "be", "bn", "bg", "ca", "zh", "hr", "cs", "da", "nl",
        "en", "et", "fo", "fa", "fi", "fr", "ka", "de", "el", "gu", "he", "hi", "hu", "is", "id",
        "it", "ja", "kn", "kk", "ko", "lv", "lt", "mk", "ms", "ml", "mt", "mr", "ne", "no", "nb",
        "nn", "or", "pl", "pt", "pa", "rm", "ro", "ru", "sa", "sr", "sk", "sl", "es", "sw", "sv",
        "ta", "tt", "te", "th", "ts", "tn", "tr", "uk", "ur", "uz", "vi", "xh", "zu", "ga", "gd",
        "cy", "gl", "la", "lb", "br", "kw", "co", "fy", "gv", "oc",
    ]

    static func lists(_ language: String) -> Bool {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return primarySubtags.contains(primary)
    }
}
