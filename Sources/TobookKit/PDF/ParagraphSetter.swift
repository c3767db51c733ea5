/// Sets a paragraph's text into lines with tobook's own line breaker: splits it into words,
/// shapes each word once (`WordShaper`), finds hyphenation points (libhyphen) and explicit
/// ones (after a hyphen or a dash), and lets `LineBreaker` choose the breaks for the whole
/// paragraph. Word preparations are remembered across paragraphs and across both passes.
final class ParagraphSetter {
    let shaper: WordShaper
    let hyphenator: Hyphenator?

    /// A possible break inside a word, after UTF-8 offset `offset`.
    struct InnerBreak {
        let offset: Int
        let hyphen: Bool
        let cost: Double
        let widthBefore: Double
    }

    private struct Prepared {
        let run: ShapedRun
        let breaks: [InnerBreak]
    }

    private struct Key: Hashable {
        let face: WordShaper.Face
        let hyphenate: Bool
        let text: String
    }

    private var prepared = GenerationalCache<Key, Prepared>(limit: WordShaper.generation)
    private var spaces: [WordShaper.Face: ShapedRun] = [:]
    private var lastSpace: (face: WordShaper.Face, run: ShapedRun)?
    private var hyphens: [WordShaper.Face: ShapedRun] = [:]

    /// Costs of breaking: at a dictionary hyphenation point, after an explicit hyphen, after a
    /// dash or slash, and anywhere inside a word too long for the line.
    static let hyphenCost = 50.0
    static let explicitHyphenCost = 50.0
    static let dashCost = 30.0
    static let emergencyCost = 400.0
    /// How far a space may shrink, as a share of its width.
    static let spaceShrink = 0.15

    init(shaper: WordShaper, hyphenator: Hyphenator?) {
        self.shaper = shaper
        self.hyphenator = hyphenator
    }

    /// The space of a face; the last one asked for is kept apart, as nearly every word of a
    /// paragraph asks for the same (hashing the face was 3% of setting a paragraph).
    func space(_ face: WordShaper.Face) -> ShapedRun {
        if let last = lastSpace, last.face == face { return last.run }
        let run = spaces[face] ?? shaper.run(" ", face: face)
        spaces[face] = run
        lastSpace = (face, run)
        return run
    }

    func hyphen(_ face: WordShaper.Face) -> ShapedRun {
        if let known = hyphens[face] { return known }
        let run = shaper.run("-", face: face)
        hyphens[face] = run
        return run
    }

    /// Sets `runs` in `font` into lines `width` points wide. A positive `indent` indents the
    /// first line; a negative one hangs the others (verse, list items).
    /// With `countingOnly`, the lines come back without their pieces: enough for the measuring
    /// pass, which needs only how many lines there are. With `ends`, the breaks the measuring
    /// pass chose for the same paragraph are taken as they are.
    func set(
        _ runs: [StyledRun], font: FontDescription, width: Double, indent: Double = 0,
        alignment: SetParagraph.Alignment, countingOnly: Bool = false, ends known: [Int]? = nil
    ) -> SetParagraph {
        let words = self.words(in: runs, font: font)
        let firstWidth = indent > 0 ? width - indent : width
        let otherWidth = indent < 0 ? width + indent : width
        let list = breakList(
            words, narrowest: min(firstWidth, otherWidth), justified: alignment == .justified)
        let breaker = LineBreaker(firstWidth: firstWidth, otherWidth: otherWidth)
        let ends =
            known
            ?? (alignment == .justified
                ? breaker.breaks(list.items) : breaker.greedyBreaks(list.items))
        let spans = list.lines(ending: ends)
        if countingOnly {
            // A line counts when it holds a box, as `pieces` would.
            let lines = spans.filter { list.holdsBox(from: $0.start, to: $0.end) }.map { _ in
                SetParagraph.Line(pieces: [], x: 0, width: 0, justified: false)
            }
            return SetParagraph(words: [], lines: lines, alignment: alignment, ends: ends)
        }
        var lines: [SetParagraph.Line] = []
        for (number, span) in spans.enumerated() {
            let pieces = drawn(
                list.pieces(from: span.start, to: span.end), of: words,
                hyphenated: list.breaksWithHyphen(at: span.end))
            lines.append(
                SetParagraph.Line(
                    pieces: pieces, x: number == 0 ? max(0, indent) : max(0, -indent),
                    width: number == 0 ? firstWidth : otherWidth,
                    justified: alignment == .justified && number < spans.count - 1))
        }
        let setWords = words.map {
            SetParagraph.Word(
                text: $0.text, face: $0.face, run: $0.run, spaceAfter: $0.spaceAfter, link: $0.link
            )
        }
        return SetParagraph(
            words: setWords, lines: lines.filter { !$0.pieces.isEmpty }, alignment: alignment,
            ends: ends)
    }

    /// The words as boxes, with a penalty at each break point inside them (hyphenation points,
    /// explicit ones, and emergency ones in a word wider than the narrowest line) and a glue for
    /// each breakable space, ended by a glue that fills the last line and a forced break.
    /// The words are read in place (a buffer's elements, not copies): copying each word, its
    /// run and break points, cost 2% of setting a novel.
    private func breakList(_ words: [RawWord], narrowest: Double, justified: Bool) -> BreakList {
        var list = BreakList(capacity: words.count * 3 + 2)
        let tiedSpace =
            words.count >= 4 && Self.tiesLastWord(words[words.count - 1].text)
            ? words.count - 2 : -1
        words.withUnsafeBufferPointer { words in
            for index in words.indices {
                appendBoxes(of: words[index], number: index, narrowest: narrowest, to: &list)
                guard words[index].spaceAfter && index < words.count - 1 else { continue }
                if index == tiedSpace {
                    // No break at this space: a glue breaks only after a box.
                    list.append(.penalty(0, cost: BreakItem.never), from: BreakList.noOrigin)
                }
                let space = space(words[index].face).width
                // Book faces have narrow spaces (EB Garamond's is 0.2 em), so lines may stretch
                // but hardly shrink: below about 0.17 em, readers' text extraction runs the
                // words together.
                list.append(
                    .glue(space, stretch: space * 0.6, shrink: space * Self.spaceShrink),
                    from: (Int32(index), -1, -1))
            }
        }
        list.append(.glue(0, stretch: justified ? 100_000 : 0, shrink: 0), from: BreakList.noOrigin)
        list.append(.penalty(0, cost: BreakItem.forced), from: BreakList.noOrigin)
        return list
    }

    /// One word as boxes between its inner break points, each break a penalty (with a hyphen's
    /// width where a hyphen is drawn; flagged, so two hyphenated lines in a row cost more).
    private func appendBoxes(
        of word: RawWord, number: Int, narrowest: Double, to list: inout BreakList
    ) {
        var breaks = word.breaks
        let run = word.run
        if run.width > narrowest {
            breaks = emergencyBreaks(word.text, run: run, keeping: breaks, narrowest: narrowest)
        }
        var previousWidth = 0.0
        var previousOffset = 0
        let wordIndex = Int32(number)
        for inner in breaks {
            list.append(
                .box(inner.widthBefore - previousWidth),
                from: (wordIndex, Int32(previousOffset), Int32(inner.offset)))
            let hyphenWidth = inner.hyphen ? hyphen(word.face).width : 0
            list.append(
                .penalty(
                    hyphenWidth, cost: inner.cost,
                    flagged: inner.hyphen || inner.cost == Self.explicitHyphenCost),
                from: (wordIndex, Int32(inner.offset), inner.hyphen ? -1 : -2))
            previousWidth = inner.widthBefore
            previousOffset = inner.offset
        }
        list.append(
            .box(run.width - previousWidth),
            from: (wordIndex, Int32(previousOffset), Int32(run.bytes.count)))
    }

    /// A line's pieces made ready to draw: each with its shaped run (the word's own, or its part
    /// shaped anew), the space after it when the next piece is another word, and the hyphen
    /// after the last when the line ends at a hyphenation point.
    private func drawn(
        _ pieces: [SetParagraph.Piece], of words: [RawWord], hyphenated: Bool
    ) -> [SetParagraph.Piece] {
        var pieces = pieces
        words.withUnsafeBufferPointer { words in
            for index in pieces.indices {
                let piece = pieces[index]
                let run = words[piece.word].run
                pieces[index].run =
                    piece.start == 0 && piece.end == run.bytes.count
                    ? run
                    : shaper.run(
                        String(decoding: run.bytes[piece.start..<piece.end], as: UTF8.self),
                        face: words[piece.word].face)
                if index < pieces.count - 1, words[piece.word].spaceAfter,
                    pieces[index + 1].word != piece.word
                {
                    pieces[index].space = space(words[piece.word].face)
                }
            }
        }
        if hyphenated, let last = pieces.last {
            pieces[pieces.count - 1].hyphen = hyphen(words[last.word].face)
        }
        return pieces
    }

    /// Whether the space before a paragraph's last word must not break: a last line of one
    /// short word (`her.`) leaves a near-empty line and a gap; tied, the word before goes down
    /// with it. Five characters or fewer, punctuation included; only in paragraphs of four
    /// words or more (`breakList`), so a short line of verse or a list item still wraps where
    /// it must.
    static func tiesLastWord(_ last: String) -> Bool {
        last.count <= 5
    }

    // MARK: Words

    private struct RawWord {
        let text: String
        let face: WordShaper.Face
        let hyphenate: Bool
        var spaceAfter: Bool
        let run: ShapedRun
        let breaks: [InnerBreak]
        let link: String?

        init(
            text: String, face: WordShaper.Face, hyphenate: Bool, spaceAfter: Bool,
            prepared: Prepared, link: String?
        ) {
            self.text = text
            self.face = face
            self.hyphenate = hyphenate
            self.spaceAfter = spaceAfter
            self.run = prepared.run
            self.breaks = prepared.breaks
            self.link = link
        }
    }

    /// Splits the runs at breakable spaces (no-break spaces stay inside words).
    private func words(in runs: [StyledRun], font: FontDescription) -> [RawWord] {
        var words: [RawWord] = []
        for run in runs {
            let face = shaper.face(font, style: run.style)
            let bytes = run.text.utf8
            var wordStart: String.Index?
            var index = bytes.startIndex
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                    if let start = wordStart {
                        let text = String(run.text[start..<index])
                        words.append(
                            RawWord(
                                text: text, face: face, hyphenate: run.hyphenate, spaceAfter: true,
                                prepared: prepare(text, face: face, hyphenate: run.hyphenate),
                                link: run.link))
                        wordStart = nil
                    } else if !words.isEmpty {
                        words[words.count - 1].spaceAfter = true
                    }
                } else if wordStart == nil {
                    wordStart = index
                }
                index = bytes.index(after: index)
            }
            if let start = wordStart {
                let text = String(run.text[start...])
                words.append(
                    RawWord(
                        text: text, face: face, hyphenate: run.hyphenate, spaceAfter: false,
                        prepared: prepare(text, face: face, hyphenate: run.hyphenate),
                        link: run.link))
            }
        }
        return words
    }

    private func prepare(_ text: String, face: WordShaper.Face, hyphenate: Bool) -> Prepared {
        prepared.value(for: Key(face: face, hyphenate: hyphenate, text: text)) {
            prepareAnew(text, face: face, hyphenate: hyphenate)
        }
    }

    private func prepareAnew(_ text: String, face: WordShaper.Face, hyphenate: Bool) -> Prepared {
        let run = shaper.run(text, face: face)
        var breaks: [(offset: Int, hyphen: Bool, cost: Double)] = []
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        // Dictionary hyphenation, letter run by letter run; never inside a web or mail address,
        // linked or not (`busi-/ness@pglaf.org` reads as a hyphen in the address).
        let isAddress = Self.looksLikeAddress(text)
        if hyphenate, !isAddress, let hyphenator {
            var index = 0
            while index < scalars.count {
                guard Self.isLetter(scalars[index]) else {
                    index += 1
                    continue
                }
                var end = index
                while end < scalars.count, Self.isLetter(scalars[end]) { end += 1 }
                if end - index >= Hyphenator.minimumWordLength {
                    let letters = String(String.UnicodeScalarView(scalars[index..<end]))
                    for point in hyphenator.breaks(in: letters) {
                        breaks.append((offsets[index] + point, true, Self.hyphenCost))
                    }
                }
                index = end
            }
        }
        // Explicit breaks: after a hyphen between letters, after a dash or a slash inside a word
        // (not between the two slashes of `https://`). Not after an address's own hyphen: at
        // the end of a line it would read as a hyphenation.
        for index in 1..<max(1, scalars.count - 1) {
            let value = scalars[index].value
            if value == 0x2D, !isAddress, Self.isLetter(scalars[index - 1]),
                Self.isLetter(scalars[index + 1])
            {
                breaks.append((offsets[index + 1], false, Self.explicitHyphenCost))
            } else if value == 0x2F, scalars[index + 1] == "/" {
                continue
            } else if value == 0x2014 || value == 0x2013 || value == 0x2F {
                breaks.append((offsets[index + 1], false, Self.dashCost))
            }
        }
        breaks.sort { $0.offset < $1.offset }
        let widths = run.widths(before: breaks.map(\.offset))
        let inner = zip(breaks, widths).map { point, width in
            InnerBreak(
                offset: point.offset, hyphen: point.hyphen, cost: point.cost, widthBefore: width)
        }
        return Prepared(run: run, breaks: inner)
    }

    /// A word wider than the line may break between any two characters, so that nothing runs
    /// off the page (a URL, a long number): only inside a stretch between its other break
    /// points (the slashes of a URL) that is itself wider than the line, so that a URL breaks
    /// at its slashes when it can.
    private func emergencyBreaks(
        _ text: String, run: ShapedRun, keeping breaks: [InnerBreak], narrowest: Double
    ) -> [InnerBreak] {
        let taken = Set(breaks.map(\.offset))
        let bounds =
            [(0, 0.0)] + breaks.map { ($0.offset, $0.widthBefore) }
            + [(run.bytes.count, run.width)]
        let tooWide = zip(bounds, bounds.dropFirst()).filter { $1.1 - $0.1 > narrowest }.map {
            $0.0..<$1.0
        }
        var offsets: [Int] = []
        var offset = 0
        for (character, next) in zip(text, text.dropFirst()) {
            offset += character.utf8.count
            // Never inside the `://` of an address.
            let inScheme = next == "/" && (character == "/" || character == ":")
            if !taken.contains(offset) && !inScheme
                && tooWide.contains(where: { $0.contains(offset) })
            {
                offsets.append(offset)
            }
        }
        let widths = run.widths(before: offsets)
        var result = breaks
        for (offset, width) in zip(offsets, widths) {
            result.append(
                InnerBreak(
                    offset: offset, hyphen: false, cost: Self.emergencyCost, widthBefore: width))
        }
        return result.sorted { $0.offset < $1.offset }
    }

    /// A web address (`https://…`, `www.…`) or a mail address (`name@host.org`), bare or
    /// inside brackets and punctuation.
    /// Every word is first scanned byte by byte for an address's marks (`AddressMarks`): a
    /// word without them (nearly all) is none, and an ASCII word's bytes answer for the web
    /// marks as Foundation's search would; the search by characters, 7,000 instructions for
    /// a word with a curly quote, is left to the rest.
    static func looksLikeAddress(_ word: String) -> Bool {
        let marks = AddressMarks(word)
        if marks.web
            && (marks.ascii || word.contains("://") || word.lowercased().contains("www."))
        {
            return true
        }
        guard marks.at, let at = word.firstIndex(of: "@"), at > word.startIndex else {
            return false
        }
        let host = word[word.index(after: at)...]
        guard let dot = host.firstIndex(of: "."), dot > host.startIndex else { return false }
        return host[host.index(after: dot)...].contains { $0.isLetter }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return scalar.properties.isAlphabetic
    }
}
