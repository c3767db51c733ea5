/// What a word's UTF-8 bytes hold of an address's marks: `://` or `www.` (in any case), an `@`,
/// and whether every byte is ASCII. The marks are ASCII, so a word whose bytes lack one has it
/// as no character either (`ParagraphSetter.looksLikeAddress` then skips the search by
/// characters); a word not stored contiguously counts as holding every mark.
struct AddressMarks {
    private(set) var web = true
    private(set) var at = true
    private(set) var ascii = false

    init(_ word: String) {
        let scanned = word.utf8.withContiguousStorageIfAvailable { bytes in
            var marks = (web: false, at: false, ascii: true)
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x80 { marks.ascii = false }
                if byte == 0x40 { marks.at = true }
                if byte == 0x3A, index + 2 < bytes.count, bytes[index + 1] == 0x2F,
                    bytes[index + 2] == 0x2F
                {
                    marks.web = true
                }
                if byte | 0x20 == 0x77, index + 3 < bytes.count, bytes[index + 1] | 0x20 == 0x77,
                    bytes[index + 2] | 0x20 == 0x77, bytes[index + 3] == 0x2E
                {
                    marks.web = true
                }
            }
            return marks
        }
        if let scanned { (web, at, ascii) = scanned }
    }
}
