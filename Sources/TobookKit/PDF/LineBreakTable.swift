import Glibc

/// Where paragraphs' lines end, keyed by all that decides it (the runs, the font, the width,
/// the indent, the alignment). The measuring pass fills it (a `ChapterMeasurer` for the
/// chapters it measures ahead, the composing thread for the others) and needs only each
/// paragraph's line count from it; the drawing pass takes the breaks instead of choosing them
/// again (`LineBreaker`, a tenth of setting a paragraph). A few integers a paragraph.
final class LineBreakTable {
    /// Hashed and compared by the runs' UTF-8 bytes: a String's own hashing normalises any
    /// text beyond ASCII (a curly quote will do) and cost more than the breaks it saved.
    /// Paragraphs equal as text but not as bytes are simply set each on its own. Only each
    /// run's length and its first and last `hashedBytes` are hashed: paragraphs that share
    /// them are told apart by comparing (`memcmp`), and hashing whole paragraphs cost more
    /// than comparing the few that match.
    struct Key: Hashable {
        let runs: [StyledRun]
        let font: String
        let width: Double
        let indent: Double
        let alignment: SetParagraph.Alignment

        func hash(into hasher: inout Hasher) {
            hasher.combine(font)
            hasher.combine(width)
            hasher.combine(indent)
            hasher.combine(alignment)
            hasher.combine(runs.count)
            for run in runs {
                hasher.combine(run.style)
                hasher.combine(run.hyphenate)
                hasher.combine(run.link)
                var text = run.text
                text.withUTF8 { bytes in
                    let raw = UnsafeRawBufferPointer(bytes)
                    hasher.combine(raw.count)
                    hasher.combine(
                        bytes: UnsafeRawBufferPointer(rebasing: raw.prefix(Self.hashedBytes)))
                    hasher.combine(
                        bytes: UnsafeRawBufferPointer(rebasing: raw.suffix(Self.hashedBytes)))
                }
            }
        }

        static let hashedBytes = 32

        static func == (left: Key, right: Key) -> Bool {
            left.font == right.font && left.width == right.width && left.indent == right.indent
                && left.alignment == right.alignment && left.runs.count == right.runs.count
                && zip(left.runs, right.runs).allSatisfy { pair in
                    pair.0.style == pair.1.style && pair.0.hyphenate == pair.1.hyphenate
                        && pair.0.link == pair.1.link && sameBytes(pair.0.text, pair.1.text)
                }
        }

        private static func sameBytes(_ left: String, _ right: String) -> Bool {
            var left = left
            var right = right
            return left.withUTF8 { leftBytes in
                right.withUTF8 { rightBytes in
                    guard leftBytes.count == rightBytes.count else { return false }
                    guard let leftStart = leftBytes.baseAddress,
                        let rightStart = rightBytes.baseAddress
                    else { return true }
                    return memcmp(leftStart, rightStart, leftBytes.count) == 0
                }
            }
        }
    }

    /// A paragraph's breaks (`SetParagraph.ends`) and the lines they set.
    struct Entry {
        let ends: [Int]
        let lineCount: Int
    }

    private var entries: [Key: Entry] = [:]
    /// Entries another thread measured, looked up after this table's own: merged, every key
    /// (a paragraph's whole text) would be hashed again.
    private var taken: [Key: Entry] = [:]

    init() {}

    static func key(
        _ runs: [StyledRun], font: FontDescription, width: Double, indent: Double,
        alignment: SetParagraph.Alignment
    ) -> Key {
        Key(runs: runs, font: font.key, width: width, indent: indent, alignment: alignment)
    }

    subscript(key: Key) -> Entry? {
        entries[key] ?? taken[key]
    }

    /// Keeps a paragraph's breaks, as set in the measuring pass.
    func record(_ paragraph: SetParagraph, for key: Key) {
        entries[key] = Entry(ends: paragraph.ends, lineCount: paragraph.lines.count)
    }

    /// Takes in the entries another thread measured (once).
    func take(_ other: LineBreakTable) {
        taken = other.entries
    }
}
