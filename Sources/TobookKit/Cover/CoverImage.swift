/// The cover an EPUB carries: an image's bytes and what they are, with the text that describes
/// it to a reader who cannot see it.
public struct CoverImage: Equatable, Sendable {
    public enum Format: String, Sendable {
        case jpeg, png

        var mediaType: String { self == .jpeg ? "image/jpeg" : "image/png" }
        var fileExtension: String { self == .jpeg ? "jpg" : "png" }
    }

    public var bytes: [UInt8]
    public var format: Format
    public var width: Int
    public var height: Int
    /// The image's alternative text ("Cover of Emma, by Jane Austen").
    public var altText: String

    public init(bytes: [UInt8], format: Format, width: Int, height: Int, altText: String) {
        self.bytes = bytes
        self.format = format
        self.width = width
        self.height = height
        self.altText = altText
    }

    /// "Cover of TITLE, by AUTHOR and AUTHOR".
    static func altText(for metadata: BookMetadata) -> String {
        let authors = metadata.authors
        let by =
            authors.isEmpty
            ? ""
            : ", by "
                + (authors.count == 1
                    ? authors[0]
                    : authors.dropLast().joined(separator: ", ") + " and " + authors.last!)
        return "Cover of \(metadata.title)\(by)"
    }
}
