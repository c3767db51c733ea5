/// A typed contents page in the planned documents: a file of its own, its entries linked to the
/// anchors the planner gave their headings.
extension ContentDocumentPlanner {
    /// The items cut before and after each contents page, so that it fills a document alone. A
    /// chapter break at a cut goes: the documents themselves part the chapters there.
    static func settingApartContentsPages(_ items: [ContentDocument.Item])
        -> [[ContentDocument.Item]]
    {
        var runs: [[ContentDocument.Item]] = [[]]
        for item in items {
            if case .contentsPage = item {
                runs.append([item])
                runs.append([])
            } else if case .chapterBreak = item, runs[runs.count - 1].isEmpty {
                continue
            } else {
                runs[runs.count - 1].append(item)
            }
        }
        return runs.map { run in
            var run = run
            if case .chapterBreak? = run.last { run.removeLast() }
            return run
        }.filter { !$0.isEmpty }
    }

    /// Sets each contents page's links: an entry's target counts headings from the page on.
    static func linkContentsPages(_ documents: inout [ContentDocument]) {
        var headings: [String] = []
        var pages: [(document: Int, item: Int, firstHeading: Int)] = []
        for (documentIndex, document) in documents.enumerated() {
            let file = document.href.split(separator: "/").last.map(String.init) ?? document.href
            for (itemIndex, item) in document.items.enumerated() {
                switch item {
                case .heading(_, let anchor): headings.append(file + "#" + anchor)
                case .contentsPage: pages.append((documentIndex, itemIndex, headings.count))
                default: break
                }
            }
        }
        for (documentIndex, itemIndex, firstHeading) in pages {
            guard case .contentsPage(let page, _) = documents[documentIndex].items[itemIndex]
            else { continue }
            let links = page.entries.map { entry in
                entry.target.flatMap { target in
                    firstHeading + target < headings.count ? headings[firstHeading + target] : nil
                }
            }
            documents[documentIndex].items[itemIndex] = .contentsPage(page, links: links)
        }
    }
}
