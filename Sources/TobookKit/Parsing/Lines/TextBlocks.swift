/// Runs of non-blank lines, as ranges of line indices: the units structure detection works on.
enum TextBlocks {
    static func split(_ table: LineTable, in range: Range<Int>) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var start: Int?
        for index in range {
            if table.lines.isBlank(at: index) {
                if let open = start {
                    blocks.append(open..<index)
                    start = nil
                }
            } else if start == nil {
                start = index
            }
        }
        if let open = start { blocks.append(open..<range.upperBound) }
        return blocks
    }
}
