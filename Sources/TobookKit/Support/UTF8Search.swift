extension StringProtocol {
    /// Whether the text holds `needle`, compared byte for byte in UTF-8 (both sides are NFC).
    /// Foundation's `contains` goes through `NSString` and was a tenth of a novel's parse time.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        return withUTF8Bytes { bytes in
            guard bytes.count >= pattern.count else { return false }
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var matched = 1
                    while matched < pattern.count, bytes[index + matched] == pattern[matched] {
                        matched += 1
                    }
                    if matched == pattern.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}

extension StringProtocol {
    /// Runs `body` over the text's UTF-8 bytes in place (native strings and their substrings are
    /// contiguous), or over a copy: a pointer loop costs a few instructions a byte where walking
    /// a UTF-8 view by its indices costs tens.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}

extension StringProtocol {
    /// Words as runs between spaces (and line breaks), counted on the bytes without building
    /// substrings: it runs on every heading candidate and every chapter.
    var wordCount: Int {
        withUTF8Bytes { bytes in
            var count = 0
            var inWord = false
            for byte in bytes {
                if byte == 0x20 || byte == 0x0A {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
    }
}
