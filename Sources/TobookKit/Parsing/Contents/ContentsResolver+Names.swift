extension ContentsResolver {
    /// What an entry or a heading is called: its keyword and number, and its words.
    struct Names {
        /// Keyword and number ("chapter", 3).
        let marker: ContentsList.Marker?
        let isMarked: Bool
        /// The number a marked text starts with (a keyword's, or a numbered title's).
        let number: Int?
        /// A heading that is a number and nothing more ("I.", "CHAPTER IV"), below the rank of
        /// parts: what a contents list names by its number and title.
        let isBareChapterNumber: Bool
        /// Normalised: the whole text, the title after the marker, the subtitle, text and
        /// subtitle together.
        let texts: [String]

        init(text: String, subtitle: String?) {
            let form = HeadingForm(Substring(text).trimmingTextWhitespace())
            isMarked = form.isMarked
            number = form.isMarked ? form.numeral?.value : nil
            var isDivision = false
            if case .keyword(let word, let rank) = form.kind, let numeral = form.numeral {
                marker = ContentsList.Marker(word: word, value: numeral.value)
                isDivision = rank == .division
            } else {
                marker = nil
            }
            isBareChapterNumber =
                number != nil && !isDivision && form.title == nil
                && (subtitle ?? "").isEmpty
            var texts = [ContentsList.normalised(text)]
            if form.isMarked, let title = form.title {
                texts.append(ContentsList.normalised(title))
            }
            if let subtitle {
                texts.append(ContentsList.normalised(subtitle))
                texts.append(ContentsList.normalised(text + " " + subtitle))
            }
            var seen = Set<String>()
            self.texts = texts.filter { !$0.isEmpty && seen.insert($0).inserted }
        }

        /// How surely this entry names the heading: 0 not at all; 2 by its marker or its words;
        /// 1 by its number alone.
        /// - When both have a keyword and number ("CHAPTER III", "Chapter 3"), those alone
        ///   decide.
        /// - Words: the entry, or its title after the marker, is the heading's text, its
        ///   subtitle or its title after the marker; or one starts with the other's words, or
        ///   the heading's text ends with the entry's (the shorter of two words or more, so that
        ///   "Chapter" over a column of numbers names nothing).
        /// - Number: "I. THE EVE OF THE WAR" names a chapter that is "I." and nothing more,
        ///   with its title in the text below it.
        func weight(naming heading: Names) -> Int32 {
            if let marker, let other = heading.marker { return marker == other ? 2 : 0 }
            for entry in texts {
                let entryIsLong = entry.utf8.contains(0x20)
                for text in heading.texts {
                    if entry == text { return 2 }
                    if text.utf8.contains(0x20) && Self.starts(entry, withWordsOf: text) {
                        return 2
                    }
                    if entryIsLong
                        && (Self.starts(text, withWordsOf: entry)
                            || Self.ends(text, withWordsOf: entry))
                    {
                        return 2
                    }
                }
            }
            if heading.isBareChapterNumber, let number, number == heading.number { return 1 }
            return 0
        }

        /// Whether `text` is `words`, a space, and more (compared as bytes: this runs on every
        /// pair of entry and heading).
        static func starts(_ text: String, withWordsOf words: String) -> Bool {
            let whole = text.utf8
            let part = words.utf8
            guard whole.count > part.count, whole.starts(with: part) else { return false }
            return whole[whole.index(whole.startIndex, offsetBy: part.count)] == 0x20
        }

        /// Whether `text` is something, a space, and `words`.
        static func ends(_ text: String, withWordsOf words: String) -> Bool {
            let whole = text.utf8
            let part = words.utf8
            guard whole.count > part.count, whole.reversed().starts(with: part.reversed()) else {
                return false
            }
            return whole[whole.index(whole.endIndex, offsetBy: -part.count - 1)] == 0x20
        }
    }
}
