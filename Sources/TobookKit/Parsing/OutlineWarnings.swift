/// Outliers worth a look in the detected structure: each a hint that detection went wrong.
enum OutlineWarnings {
    static func check(_ chapters: [Chapter], decisions: [HeadingDecision]) -> [String] {
        var warnings: [String] = []
        for decision in decisions where decision.isHeading {
            if let reason = decision.reasons.first(where: { $0.text.hasPrefix("out of sequence") })
            {
                warnings.append(
                    "line \(decision.candidate.line.number): ‘\(decision.candidate.text)’ is \(reason.text)"
                )
            }
        }
        let body = chapters.filter { $0.role == .body && $0.heading != nil }
        let deepest = body.compactMap(\.heading?.level).max() ?? 1
        let leaves = body.filter { $0.heading?.level == deepest }
        let sizes = leaves.map { words(in: $0.blocks) }
        for (chapter, size) in zip(leaves, sizes) where size <= 12 {
            warnings.append(
                "chapter ‘\(chapter.heading?.label ?? "")’ has almost no text (\(size) words)")
        }
        let sorted = sizes.sorted()
        if let median = sorted.isEmpty ? nil : sorted[sorted.count / 2], median > 0 {
            for (chapter, size) in zip(leaves, sizes) where size > median * 20 && size > 2000 {
                warnings.append(
                    "chapter ‘\(chapter.heading?.label ?? "")’ is \(size / median)× the median length: a heading may have been missed"
                )
            }
        }
        return warnings
    }

    private static func words(in blocks: [Block]) -> Int {
        blocks.reduce(0) { total, block in
            switch block {
            case .paragraph(let inlines): total + inlines.plainText.wordCount
            case .verse(let lines):
                total + lines.reduce(0) { $0 + $1.text.plainText.wordCount }
            case .blockQuote(let inner): total + words(in: inner)
            case .list(let list):
                total + list.items.reduce(0) { $0 + $1.text.plainText.wordCount }
            case .preformatted(let text): total + text.wordCount
            case .footnote(let note): total + note.text.plainText.wordCount
            case .contentsPage(let page): total + page.plainText.wordCount
            case .table(let table): total + table.plainText.wordCount
            case .caption(let inlines): total + inlines.plainText.wordCount
            case .heading, .sceneBreak: total
            }
        }
    }
}
