/// Lines a web page wraps around its article that a browser copies with it: advertising
/// labels, newsletter prompts, share and comment counters, "Continue reading". In a text that
/// reads as a web paste they are left out of the book (each listed by `--outline` with its
/// reason; `--keep-boilerplate` keeps them). Only whole lines that are nothing but such a
/// prompt match: a sentence that mentions a newsletter is text.
enum SiteChrome {
    /// Why the line is site chrome, or nil.
    static func reason(_ line: Substring) -> String? {
        guard line.count <= 120 else { return nil }
        let folded = line.quickLowercased().trimmingScalars(in: " .:!»›")
        if advertisingLabels.contains(folded) { return "advertising label" }
        let words = folded.split(separator: " ")
        if let prompt = prompts.first(where: { folded.hasPrefix($0.prefix) }),
            words.count <= prompt.maximumWords
        {
            return prompt.reason
        }
        // "5 min read", "Tempo de leitura: 1 minuto", "Lesezeit: 3 Minuten".
        if words.count <= 6, folded.contains(where: \.isNumber),
            readingTimeLabels.contains(where: { folded.hasPrefix($0) })
                || folded.hasSuffix("min read") || folded.hasSuffix("minute read")
        {
            return "reading time"
        }
        // "Comments (12)", "12 Comments", "Kommentare (3)".
        if words.count <= 3, words.contains(where: { commentWords.contains($0) }),
            folded.contains(where: \.isNumber)
        {
            return "comment counter"
        }
        return nil
    }

    private static let advertisingLabels: Set<String> = [
        "advertisement", "advertising", "sponsored", "anzeige", "werbung", "publicité",
        "publicidad", "pubblicità", "reklama", "скрыть рекламу", "広告", "pr",
        "skip advertisement", "story continues below advertisement",
    ]

    private struct Prompt {
        var prefix: String
        var maximumWords: Int
        var reason: String
    }

    private static let prompts: [Prompt] = [
        Prompt(prefix: "continue reading", maximumWords: 8, reason: "continue-reading link"),
        Prompt(prefix: "sign up for our newsletter", maximumWords: 12, reason: "newsletter prompt"),
        Prompt(
            prefix: "subscribe to our newsletter", maximumWords: 12, reason: "newsletter prompt"),
        Prompt(prefix: "sign up for our", maximumWords: 8, reason: "newsletter prompt"),
        Prompt(prefix: "get our newsletter", maximumWords: 8, reason: "newsletter prompt"),
        Prompt(prefix: "newsletter abonnieren", maximumWords: 6, reason: "newsletter prompt"),
        Prompt(
            prefix: "abonnez-vous à notre newsletter", maximumWords: 10, reason: "newsletter prompt"
        ),
        Prompt(prefix: "share this article", maximumWords: 6, reason: "share prompt"),
        Prompt(prefix: "share this story", maximumWords: 6, reason: "share prompt"),
        Prompt(prefix: "share on facebook", maximumWords: 6, reason: "share prompt"),
        Prompt(prefix: "share on twitter", maximumWords: 6, reason: "share prompt"),
        Prompt(prefix: "partager sur", maximumWords: 4, reason: "share prompt"),
        Prompt(prefix: "teilen auf", maximumWords: 4, reason: "share prompt"),
        Prompt(prefix: "follow us on", maximumWords: 8, reason: "follow prompt"),
        Prompt(prefix: "click here to get the", maximumWords: 12, reason: "app prompt"),
        Prompt(prefix: "skip to main content", maximumWords: 4, reason: "page navigation"),
        Prompt(prefix: "skip to content", maximumWords: 3, reason: "page navigation"),
        Prompt(prefix: "related:", maximumWords: 16, reason: "related-article link"),
        Prompt(prefix: "read more:", maximumWords: 16, reason: "related-article link"),
        Prompt(prefix: "lesen sie auch:", maximumWords: 16, reason: "related-article link"),
        Prompt(prefix: "à lire aussi", maximumWords: 16, reason: "related-article link"),
        Prompt(prefix: "leer más:", maximumWords: 16, reason: "related-article link"),
        Prompt(prefix: "lire aussi", maximumWords: 16, reason: "related-article link"),
        Prompt(prefix: "for more, read:", maximumWords: 20, reason: "related-article link"),
        Prompt(prefix: "related photos:", maximumWords: 20, reason: "related-article link"),
        Prompt(prefix: "related video:", maximumWords: 20, reason: "related-article link"),
        Prompt(prefix: "see also:", maximumWords: 16, reason: "related-article link"),
        Prompt(prefix: "mehr zum thema", maximumWords: 16, reason: "related-article link"),
    ]

    private static let readingTimeLabels = [
        "reading time", "read time", "lesezeit", "lesedauer", "temps de lecture",
        "tiempo de lectura", "tempo de leitura", "tempo di lettura", "czas czytania",
        "leestijd",
    ]

    private static let commentWords: Set<Substring> = [
        "comments", "comment", "kommentare", "kommentar", "commentaires", "comentarios",
        "commenti", "(comments)",
    ]
}
