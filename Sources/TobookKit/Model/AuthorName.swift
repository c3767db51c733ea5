/// An author's name as a library sorts it (`file-as`): "Leo Tolstoy" files as "Tolstoy, Leo",
/// "Ludwig van Beethoven" as "Beethoven, Ludwig van", "Martin Luther King Jr." as "King, Martin
/// Luther, Jr.". A name that already has a comma, or a single word, is kept as it is.
public enum AuthorName {
    public static func fileAs(_ name: String) -> String {
        let trimmed = String(name.trimmingTextWhitespace())
        guard !trimmed.contains(",") else { return trimmed }
        var words = trimmed.split(separator: " ").map(String.init)
        var suffix: String?
        if words.count > 2, let last = words.last, suffixes.contains(last.lowercased()) {
            suffix = last
            words.removeLast()
        }
        guard words.count > 1, let surname = words.last else { return trimmed }
        let given = words.dropLast().joined(separator: " ")
        return [surname, given, suffix].compactMap { $0 }.joined(separator: ", ")
    }

    private static let suffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]
}
