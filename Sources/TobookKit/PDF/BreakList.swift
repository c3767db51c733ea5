/// A paragraph as the line breaker sees it (`BreakItem`s), with the origin of every item, so
/// that the breaks it chooses can be turned back into the words, or parts of words, on each line.
struct BreakList {
    /// What an item stands for: a box, the bytes `start..<end` of word `word`; a break inside a
    /// word, its offset as `start` and `end` -1 (a hyphen is drawn) or -2 (none); the space after
    /// a word, `start` and `end` -1; the paragraph's end or a tie, all -1. In 32 bits, so a
    /// long paragraph's list stays small.
    typealias Origin = (word: Int32, start: Int32, end: Int32)

    static let noOrigin: Origin = (-1, -1, -1)

    private(set) var items: [BreakItem] = []
    private(set) var origins: [Origin] = []

    init(capacity: Int) {
        items.reserveCapacity(capacity)
        origins.reserveCapacity(capacity)
    }

    mutating func append(_ item: BreakItem, from origin: Origin) {
        items.append(item)
        origins.append(origin)
    }

    /// Where each line's items start and end, from the breaks: a line starts at the first box
    /// after the break before it (the glue and penalties there vanish) and ends at its break.
    func lines(ending ends: [Int]) -> [(start: Int, end: Int)] {
        var result: [(start: Int, end: Int)] = []
        result.reserveCapacity(ends.count)
        var start = 0
        for end in ends {
            result.append((start, end))
            start = end + 1
            while start < items.count, items[start].kind != .box { start += 1 }
        }
        return result
    }

    /// Whether the items `start..<end` hold a box: a line without one sets nothing.
    func holdsBox(from start: Int, to end: Int) -> Bool {
        items[start..<max(start, end)].contains { $0.kind == .box }
    }

    /// The words and parts of words whose boxes stand in `start..<end`, with the parts of one
    /// word that meet (split at breaks not taken) joined again; no runs attached yet.
    func pieces(from start: Int, to end: Int) -> [SetParagraph.Piece] {
        var pieces: [SetParagraph.Piece] = []
        var index = start
        while index < end {
            if items[index].kind == .box {
                let origin = origins[index]
                let word = Int(origin.word)
                if let last = pieces.last, last.word == word, last.end == Int(origin.start) {
                    pieces[pieces.count - 1] = SetParagraph.Piece(
                        word: word, start: last.start, end: Int(origin.end))
                } else {
                    pieces.append(
                        SetParagraph.Piece(
                            word: word, start: Int(origin.start), end: Int(origin.end)))
                }
            }
            index += 1
        }
        return pieces
    }

    /// Whether the break at `index` falls at a hyphenation point inside a word, so the line
    /// ending there ends with a drawn hyphen.
    func breaksWithHyphen(at index: Int) -> Bool {
        items[index].kind == .penalty && origins[index].word >= 0 && origins[index].end == -1
    }
}
