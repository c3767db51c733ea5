import Foundation

/// Plain text with web and e-mail addresses, which become links.
extension Fixture {
    /// Plain text (no Markdown) with a URL ending a sentence, an e-mail address and `www.`.
    public static let addresses = Fixture(
        name: "addresses.txt",
        bytes: Data(
            """
            Notes on the Annual Report

            The full report is at https://example.org/reports/2024/summary.html. Questions go
            to office@example.org, and the old site (www.example.com) stays up for a year.

            """.utf8),
        encoding: .utf8)
}
