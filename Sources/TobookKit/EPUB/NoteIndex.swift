/// Where the footnotes of the book live, so that a marker links to the note with its label in
/// the same file, or else the next one after it, or else the last one before it.
struct NoteIndex: Sendable {
    struct Target: Equatable, Sendable {
        let href: String
        let anchor: String

        /// The link from another document in the same `text/` folder.
        func link(from other: String) -> String {
            (href.split(separator: "/").last.map(String.init) ?? href) + "#" + anchor
        }
    }

    private var notes: [(order: Int, label: String, target: Target)] = []
    private var order: [String: Int] = [:]

    init(documents: [ContentDocument]) {
        for (position, document) in documents.enumerated() {
            order[document.href] = position
            for case .footnote(let note, let anchor) in document.items {
                notes.append((position, note.label, Target(href: document.href, anchor: anchor)))
            }
        }
    }

    func target(for label: String, from href: String) -> Target? {
        let here = order[href] ?? 0
        let matching = notes.filter { $0.label == label }
        return (matching.first { $0.order >= here } ?? matching.last { $0.order < here })?.target
    }
}
