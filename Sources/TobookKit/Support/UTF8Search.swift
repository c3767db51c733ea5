extension StringProtocol {
    /// Whether the text holds `needle`, compared byte for byte in UTF-8 (both sides are NFC).
    /// Foundation's `contains` goes through `NSString` and was a tenth of a novel's parse time.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let bytes = utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == first {
                var probe = index
                var matched = 0
                while matched < pattern.count, probe != bytes.endIndex,
                    bytes[probe] == pattern[matched]
                {
                    matched += 1
                    probe = bytes.index(after: probe)
                }
                if matched == pattern.count { return true }
            }
            index = bytes.index(after: index)
        }
        return false
    }
}
