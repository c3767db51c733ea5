/// A block of body text. Unknown shapes always fall back to `.paragraph`, so nothing is dropped.
public enum Block: Equatable, Sendable {
    case paragraph([Inline])
    /// A heading inside a chapter (a section of an article, say).
    case heading(Heading)
    /// A break between scenes, typed as `* * *` or similar.
    case sceneBreak
}
