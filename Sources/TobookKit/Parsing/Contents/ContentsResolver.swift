/// Links the entries of a typed contents list to the headings they name, and decides whether
/// the list is confidently a contents list.
///
/// - An entry names a heading by keyword and number ("CHAPTER III" a heading of keyword
///   chapter, number 3: when both have such a marker, it alone decides), by its number alone
///   when the heading is a number and nothing more ("I. THE EVE OF THE WAR" names "I."), or
///   else by its words
///   (lower case, letters and digits, as `ContentsList.normalised` gives them): the entry, or
///   its title after the marker, is the heading's text, its subtitle or its title after the
///   marker; or one of them starts with the other's words, or the heading's text ends with the
///   entry's (two words or more, so that "Chapter" over a column of numbers names nothing).
/// - Entries map to distinct headings in increasing order, as many as can (a longest common
///   subsequence), so a heading that detection missed costs its own entry's link, not those of
///   every entry after it. Beyond a million entry and heading pairs, each entry takes the
///   first match among the next 64 headings instead.
/// - An entry that names no heading, has no marker and no page number is not confidently an
///   entry: it stays a line of text on the page.
/// - The list is confidently a contents list when one entry or more links and the list has its
///   label, or half its entries or more link; otherwise it stays text, as typed.
enum ContentsResolver {
    /// A linked contents page, and how many of its entries link.
    struct Resolution: Equatable {
        var page: ContentsPage
        var linked: Int
        var entries: Int
    }

    /// Links the first contents page of the chapters to the headings after it. Nil when the
    /// chapters have none, or it is not confidently a contents list (the chapters unchanged).
    static func link(_ chapters: inout [Chapter]) -> Resolution? {
        for chapterIndex in chapters.indices {
            for (blockIndex, block) in chapters[chapterIndex].blocks.enumerated() {
                guard case .contentsPage(let page) = block else { continue }
                var headings: [Heading] = []
                for later in chapters[chapterIndex].blocks[(blockIndex + 1)...] {
                    if case .heading(let heading) = later { headings.append(heading) }
                }
                for chapter in chapters[(chapterIndex + 1)...] {
                    if let heading = chapter.heading { headings.append(heading) }
                    for case .heading(let heading) in chapter.blocks { headings.append(heading) }
                }
                guard let resolution = resolve(page, headings: headings) else { return nil }
                chapters[chapterIndex].blocks[blockIndex] = .contentsPage(resolution.page)
                return resolution
            }
        }
        return nil
    }

    /// The page with each entry's target set, or nil when it is not confidently a contents list.
    static func resolve(_ page: ContentsPage, headings: [Heading]) -> Resolution? {
        let entries = page.entries
        let entryNames = entries.map { Names(text: $0.text.plainText, subtitle: nil) }
        let headingNames = headings.map {
            Names(text: $0.text.plainText, subtitle: $0.subtitle?.plainText)
        }
        let targets = match(entryNames, headingNames)
        let linked = targets.compactMap { $0 }.count
        guard linked > 0, page.label != nil || linked * 2 >= entries.count else { return nil }
        var resolved = ContentsPage(label: page.label, items: [])
        var position = 0
        for item in page.items {
            guard case .entry(var entry) = item else {
                resolved.items.append(item)
                continue
            }
            entry.target = targets[position]
            let names = entryNames[position]
            position += 1
            if entry.target == nil && !names.isMarked && entry.pageNumber == nil {
                resolved.items.append(.text(entry.text))
            } else {
                resolved.items.append(.entry(entry))
            }
        }
        return Resolution(page: resolved, linked: linked, entries: resolved.entries.count)
    }

    /// For each entry, the index of the heading it names, if any.
    static func match(_ entries: [Names], _ headings: [Names]) -> [Int?] {
        var targets = [Int?](repeating: nil, count: entries.count)
        guard !entries.isEmpty, !headings.isEmpty else { return targets }
        guard entries.count * headings.count <= 1_000_000 else {
            var cursor = 0
            for (index, entry) in entries.enumerated() {
                let window = cursor..<min(headings.count, cursor + 64)
                if let found = window.first(where: { entry.weight(naming: headings[$0]) > 0 }) {
                    targets[index] = found
                    cursor = found + 1
                }
            }
            return targets
        }
        // best[i * columns + j]: the most weight entries i... can link with headings j...
        let columns = headings.count + 1
        var best = [Int32](repeating: 0, count: (entries.count + 1) * columns)
        var weights = [Int32](repeating: 0, count: entries.count * headings.count)
        for i in entries.indices.reversed() {
            for j in headings.indices.reversed() {
                let weight = entries[i].weight(naming: headings[j])
                weights[i * headings.count + j] = weight
                var value = max(best[(i + 1) * columns + j], best[i * columns + j + 1])
                if weight > 0 { value = max(value, best[(i + 1) * columns + j + 1] + weight) }
                best[i * columns + j] = value
            }
        }
        // Forward, each entry to the earliest heading that keeps the most weight.
        var i = 0
        var j = 0
        while i < entries.count && j < headings.count {
            let here = best[i * columns + j]
            let weight = weights[i * headings.count + j]
            if weight > 0 && here == best[(i + 1) * columns + j + 1] + weight {
                targets[i] = j
                i += 1
                j += 1
            } else if best[i * columns + j + 1] == here {
                j += 1
            } else {
                i += 1
            }
        }
        return targets
    }
}
