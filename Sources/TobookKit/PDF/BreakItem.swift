/// One element of a paragraph as the line breaker sees it (Knuth and Plass's model): a box of
/// fixed width (a word or part of one), glue that stretches and shrinks (a space), or a penalty
/// (a possible break, with a cost and the width it adds when taken, such as a hyphen).
struct BreakItem: Equatable {
    enum Kind: Equatable {
        case box, glue, penalty
    }

    var kind: Kind
    var width: Double
    var stretch = 0.0
    var shrink = 0.0
    var penalty = 0.0
    /// Hyphen breaks are flagged: two in a row cost extra.
    var flagged = false

    /// A penalty at or above this never breaks; at or below `forced`, always.
    static let never = 10_000.0
    static let forced = -10_000.0

    static func box(_ width: Double) -> BreakItem {
        BreakItem(kind: .box, width: width)
    }

    static func glue(_ width: Double, stretch: Double, shrink: Double) -> BreakItem {
        BreakItem(kind: .glue, width: width, stretch: stretch, shrink: shrink)
    }

    static func penalty(_ width: Double, cost: Double, flagged: Bool = false) -> BreakItem {
        BreakItem(kind: .penalty, width: width, penalty: cost, flagged: flagged)
    }
}
