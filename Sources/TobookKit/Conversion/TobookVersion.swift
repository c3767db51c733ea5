/// The version `tobook --version` prints and the EPUB's generator note names.
public enum TobookVersion {
    public static let current = "0.1.0"
}
