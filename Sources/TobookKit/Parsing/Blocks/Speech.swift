/// How a play's speeches open: the speaker's name in capitals and a full stop (`HAMLET.`), a
/// short form of it (`Hor.`), and the unbracketed stage directions between speeches.
enum Speech {
    /// A stage direction printed without brackets ("Enter Ghost.", "Exeunt all but Hamlet."):
    /// set in italics, as printed plays set them, so it does not read as a line of the speech
    /// above it.
    static func isStageDirection(_ text: String) -> Bool {
        guard var word = text.split(separator: " ", maxSplits: 1).first else { return false }
        while let last = word.last, ".,;:".contains(last) { word = word.dropLast() }
        return stageWords.contains(word) && text.count <= 300
    }

    private static let stageWords: Set<Substring> = [
        "Enter", "Enters", "Re-enter", "Reenter", "Exit", "Exeunt", "Manet", "Manent",
    ]

    /// Words that open a play's scene settings and directions, never a speaker's name
    /// ("SCENE. Elsinore.", "ENTER HAMLET.").
    private static let notSpeakers: Set<Substring> = [
        "SCENE", "SCENES", "ACT", "ENTER", "EXIT", "EXEUNT", "FINIS", "END", "SZENE", "SCÈNE",
        "ESCENA", "SCENA", "AKT", "ACTE",
    ]

    /// A speech opened by short forms of the play's speakers, or by `Both.`/`All.`: `Mar. and
    /// BARNARDO. We do, my lord.`, `Hor. Most like.` Each name is a known speaker or the first
    /// three letters or more of one, joined by `and` or `&`.
    static func shortOpening(of text: String, speakers: Set<String>) -> (
        speaker: String, rest: String
    )? {
        guard !speakers.isEmpty else { return nil }
        // The longest run of names that ends in ". ": `Mar.` alone is a name too.
        var found: Range<String.Index>?
        for end in text.prefix(40).ranges(of: ". ")
        where isSpeakers(text[..<end.lowerBound], speakers: speakers) {
            found = end
        }
        guard let found else { return nil }
        return (String(text[..<found.lowerBound]) + ".", " " + String(text[found.upperBound...]))
    }

    /// `Mar`, `Mar. and BARNARDO`, `Both`: names or short forms joined by `and` or `&`.
    private static func isSpeakers(_ text: Substring, speakers: Set<String>) -> Bool {
        let words = text.split(separator: " ")
        guard words.count % 2 == 1, words.first?.first?.isUppercase == true else { return false }
        for (index, word) in words.enumerated() {
            if index % 2 == 1 {
                guard word == "and" || word == "&" else { return false }
                continue
            }
            let name = (word.last == "." ? word.dropLast() : word).uppercased()
            guard
                groupNames.contains(name)
                    || (name.count >= 3 && !honorifics.contains(name)
                        && speakers.contains(where: { $0.hasPrefix(name) }))
            else { return false }
        }
        return true
    }

    /// `Mrs. Higgins comes in`: a title before a name opens a sentence, not a speech.
    private static let honorifics: Set<String> = ["MRS", "MME", "MLLE", "SIR", "MISS", "LADY"]

    /// Speeches said by more than one: `Both.`, `All.`, `Omnes.`
    private static let groupNames: Set<String> = ["BOTH", "ALL", "OMNES", "AMBO"]

    /// "HAMLET. To be…" → ("HAMLET.", " To be…"): a speaker name of capitals and a full stop.
    /// A title's full stop is part of the name: `MRS. MARCHMONT. Going on…`, and a title
    /// alone (`MR. MONTFORD` in a list of persons) opens no speech.
    /// Whether a line may open with a speaker's name, on its first two bytes. A name is two or
    /// more characters, all capitals: a small ASCII letter first or second ("Well, Prince")
    /// rules one out, as it does nearly every line of prose, before the line is copied.
    /// An opening quotation mark or dash first, standing alone (ASCII next, which never joins
    /// it), is no capital either: most lines of dialogue.
    static func mayOpen(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard let first = bytes.first, bytes.count >= 2 else { return false }
        let isSmall = { (byte: UInt8) in byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        if isSmall(first) || first < 0x80 && isSmall(bytes[bytes.index(after: bytes.startIndex)]) {
            return false
        }
        for mark in openingMarks where bytes.starts(with: mark) {
            let next = bytes.dropFirst(mark.count).first
            if next.map({ $0 < 0x80 }) ?? true { return false }
        }
        return true
    }

    /// “ ‘ „ « and the em dash, in UTF-8.
    private static let openingMarks: [[UInt8]] = [
        "\u{201C}", "\u{2018}", "\u{201E}", "\u{AB}", "\u{2014}",
    ]
    .map { Array($0.utf8) }

    static func opening(of text: String) -> (speaker: String, rest: String)? {
        var from = text.startIndex
        var stop = nameStop(in: text, from: from)
        while let found = stop, abbreviatedTitles.contains(lastWord(of: text[..<found])) {
            from = text.index(after: found)
            stop = nameStop(in: text, from: from)
        }
        guard let stop else { return nil }
        let name = text[..<stop]
        guard name.count >= 2, name.first?.isUppercase == true,
            name.allSatisfy({
                $0.isUppercase || $0 == " " || $0 == "’" || $0 == "'" || $0 == "-" || $0 == "."
            }),
            name.contains(where: \.isLetter),
            !notSpeakers.contains(name.split(separator: " ").first ?? "")
        else { return nil }
        let rest = text[text.index(after: stop)...]
        guard rest.isEmpty || rest.first == " " else { return nil }
        return (String(text[...stop]), String(rest))
    }

    /// The full stop that may end a speaker's name, at most 30 characters in.
    private static func nameStop(in text: String, from start: String.Index) -> String.Index? {
        // A speaker's name is at most 30 characters (so at most 124 UTF-8 bytes): the full
        // stop is looked for on the bytes, and characters are counted only past 30 bytes.
        let bytes = text.utf8[start...].prefix(125)
        guard let stop = bytes.firstIndex(of: UInt8(ascii: ".")),
            text.utf8.distance(from: text.startIndex, to: stop) <= 30
                || text.distance(from: text.startIndex, to: stop) <= 30
        else { return nil }
        return stop
    }

    private static func lastWord(of name: Substring) -> Substring {
        name.split(separator: " ").last ?? name
    }

    /// Titles whose full stop belongs to the name that follows them.
    private static let abbreviatedTitles: Set<Substring> = [
        "MR", "MRS", "MESSRS", "DR", "ST", "MME", "MLLE", "MM", "MONS", "REV", "CAPT", "COL",
        "GEN", "LT", "SGT", "PROF", "JR", "SR",
    ]
}
