import Dispatch

/// Draws the generated cover on the other core while the chapters are typeset and packaged:
/// the cover needs only the metadata, which is final before the chapters' typography starts.
/// About 50 ms of a novel's conversion run beside the rest instead of after it.
final class CoverJob: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written by the job before it leaves the group, read only after `wait()`.
    private var image: CoverImage?

    /// Starts drawing; call at most once.
    func start(_ renderer: CoverRenderer, metadata: BookMetadata) {
        DispatchQueue.global().async(group: group) {
            self.image = renderer.render(metadata)
        }
    }

    /// The cover, once drawn (nil when none was started or it could not be drawn).
    func wait() -> CoverImage? {
        group.wait()
        return image
    }
}
