import Foundation

/// The parts of a Project Gutenberg text, found with the test's own patterns (ebookmaker's
/// markers), so checks do not rely on tobook's code to say where the book is.
public struct GutenbergSplit {
    /// 0-based line indices.
    public let header: Range<Int>
    public let body: Range<Int>
    public let footer: Range<Int>

    public init?(lines: [Substring]) {
        func matches(_ line: Substring, _ pattern: String) -> Bool {
            line.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
        }
        guard
            let start = lines.firstIndex(where: {
                matches($0, #"^\*+ ?START OF TH(E|IS) PROJECT GUTENBERG"#)
            })
        else { return nil }
        let end =
            lines[(start + 1)...].firstIndex {
                matches($0, #"^\** ?END OF TH(E|IS) PROJECT GUTENBERG"#)
                    || matches($0, #"^\** ?END OF (THE )?PROJECT GUTENBERG"#)
            } ?? lines.count
        header = 0..<(start + 1)
        body = (start + 1)..<end
        footer = end..<lines.count
    }
}
