/// Joins list blocks that continue each other (one item per block is common in plain text) and
/// turns a lone item back into the paragraph it was typed as.
enum ListMerger {
    static func merge(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            // A list of persons given a paragraph to each is one list; groups of several
            // persons (a family, a household) stay apart.
            if case .list(let list) = block, list.isCast, case .list(let previous)? = result.last,
                previous.isCast, previous.items.count == 1 || list.items.count == 1
            {
                result[result.count - 1] = .list(
                    ListBlock(ordered: false, items: previous.items + list.items, isCast: true))
                continue
            }
            // Unmarked lists (one item per line, copied from a page) end at their blank line.
            if case .list(let list) = block, case .list(let previous)? = result.last,
                !list.isCast, !previous.isCast, previous.ordered == list.ordered,
                previous.items.last?.typedMarker != "",
                list.items.first?.typedMarker != "",
                continues(previous, with: list)
            {
                result[result.count - 1] = .list(
                    ListBlock(ordered: list.ordered, items: previous.items + list.items))
            } else {
                result.append(block)
            }
        }
        return result.map { block in
            guard case .list(let list) = block, !list.isCast, list.items.count == 1,
                let item = list.items.first
            else { return block }
            let marker: [Inline] = item.typedMarker.isEmpty ? [] : [.text(item.typedMarker + " ")]
            return .paragraph((marker + item.text).coalesced)
        }
    }

    private static func continues(_ list: ListBlock, with next: ListBlock) -> Bool {
        guard let last = list.items.last?.label, let first = next.items.first?.label else {
            return !list.ordered
        }
        guard let lastMarker = ListMarker(Substring(last + " x")),
            let firstMarker = ListMarker(Substring(first + " x"))
        else { return false }
        return lastMarker.isFollowed(by: firstMarker)
    }
}
