import Dispatch

/// Draws the generated cover on the other core: it loads the fonts while the text is decoded
/// and parsed, then draws as soon as the metadata is final, beside the chapters' typography and
/// packaging. The cover then costs a small book almost no time instead of about 80 ms.
final class CoverJob: @unchecked Sendable {
    private let group = DispatchGroup()
    private let metadataArrived = DispatchSemaphore(value: 0)
    /// Written before `metadataArrived` is signalled, read by the job after it.
    private var metadata: BookMetadata?
    /// Written by the job before it leaves the group, read only after `wait()`.
    private var image: CoverImage?
    private var isDelivered = false

    /// Starts the job (warming the fonts up); call at most once, then `deliver` exactly once.
    func start(_ renderer: CoverRenderer) {
        DispatchQueue.global().async(group: group) {
            renderer.warmUp()
            self.metadataArrived.wait()
            if let metadata = self.metadata { self.image = renderer.render(metadata) }
        }
    }

    /// Hands the final metadata over (nil: no cover after all, the job just ends).
    func deliver(_ metadata: BookMetadata?) {
        guard !isDelivered else { return }
        isDelivered = true
        self.metadata = metadata
        metadataArrived.signal()
    }

    /// The cover, once drawn (nil when none was started or it could not be drawn).
    func wait() -> CoverImage? {
        group.wait()
        return image
    }
}
