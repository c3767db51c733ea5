/// A web or e-mail address typed in the text, which the book makes a link: `https://…`,
/// `http://…`, `ftp://…`, `www.…` (linked as `http://www.…`) and `name@host.tld` (linked as
/// `mailto:`). The spans are the ones smart punctuation leaves alone (`ProtectedSpans`):
/// punctuation after an address ends the sentence, not the address.
struct WebAddress: Equatable, Sendable {
    /// Scalar offsets of the address in the text it was found in.
    let range: Range<Int>
    /// Where the link goes.
    let url: String

    /// The addresses in `text`, in order; none, quickly, in text without `@`, `:/` or `www.`.
    static func find(in text: String) -> [WebAddress] {
        guard mayHoldAddress(text) else { return [] }
        let scalars = Array(text.unicodeScalars)
        return ProtectedSpans.ranges(in: scalars).compactMap { range in
            let typed = String(String.UnicodeScalarView(scalars[range]))
            return link(for: typed).map { WebAddress(range: range, url: $0) }
        }
    }

    /// The URL for an address as typed, or nil when what was typed is not one after all
    /// (`www.` alone, `http://` with nothing after it).
    static func link(for typed: String) -> String? {
        let lowered = typed.quickLowercased()
        let url: String
        if lowered.hasPrefix("www.") {
            guard typed.dropFirst(4).contains("."), typed.count > 6 else { return nil }
            url = "http://" + typed
        } else if lowered.hasPrefix("mailto:") || lowered.contains("://") {
            url = typed
        } else if typed.contains("@") {
            url = "mailto:" + typed
        } else {
            return nil
        }
        return LinkAddress.isFollowable(url) ? url : nil
    }

    /// A cheap first test on the bytes: an `@`, a `:/`, or `ww.` (any case).
    private static func mayHoldAddress(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x40 || (byte == 0x2F && previous == 0x3A) { return true }
            if byte == 0x2E, previous | 0x20 == 0x77, beforePrevious | 0x20 == 0x77 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
