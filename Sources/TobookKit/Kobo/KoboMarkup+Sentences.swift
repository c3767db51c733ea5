/// The sentence spans of one run of text and inline markup (a paragraph's, a heading's, a list
/// item's content).
///
/// kepubify spans each text node apart, so a sentence with an `<em>` in it becomes several
/// spans and a span never holds markup. Here a span holds a whole sentence, markup and all,
/// so a highlight or a reading position covers the sentence: where a boundary falls inside
/// `<em>`, `<a>` or any inline element, the element is closed before the span ends and opened
/// again (without its `id`, which stays unique on the first part) in the next span. The spans
/// cover the run from its first character to its last, so no text is left between them, and
/// the markup stays well-formed because each span holds whole elements only.
extension KoboMarkup {
    /// Spans the sentences of the run of text and inline markup from `start`; returns the
    /// index of the token that ends it (its block's end tag, or a block inside it).
    mutating func writeRun(from start: Int) -> Int {
        let tokens = page.tokens
        var end = start
        var depth = 0
        scan: while end < tokens.count {
            let token = tokens[end]
            switch token.kind {
            case .text: break
            case .open where Self.inline.contains(token.name): depth += 1
            case .empty where Self.inline.contains(token.name): break
            case .close where depth > 0: depth -= 1
            default: break scan
            }
            end += 1
        }
        let run = tokens[start..<end]
        let spaceOnly = run.allSatisfy {
            $0.kind == .text && page.bytes(of: $0).allSatisfy(Self.isSpace)
        }
        // An inline element holding a block (tobook writes none) is left as it is rather than
        // have a span cross its end.
        if depth != 0 || run.isEmpty || spaceOnly {
            for token in run { copy(token) }
        } else {
            writeSentences(of: run)
        }
        return end
    }

    /// Writes `run` (balanced inline markup) with each sentence in a span.
    private mutating func writeSentences(of run: ArraySlice<XHTMLTokens.Token>) {
        var texts: [[Unicode.Scalar]] = []
        for token in run where token.kind == .text {
            texts.append(Array(page.text(of: token).unicodeScalars))
        }
        let boundaries = SentenceSplitter.boundaries(in: Array(texts.joined()))
        var nextBoundary = 0
        var offset = 0
        var textIndex = 0
        // The inline elements open at this point, each with its opening tag (without an id).
        var open: [(name: String, tag: [UInt8])] = []
        // A sentence ended with the last text: the next span starts at the next thing that is
        // not an end tag, so an element ending with the sentence ends in its span.
        var cutPending = false
        openSpan()
        for token in run {
            if cutPending && token.kind != .close {
                startNewSpan(inside: open)
                cutPending = false
            }
            switch token.kind {
            case .text:
                let text = texts[textIndex]
                textIndex += 1
                var from = 0
                while nextBoundary < boundaries.count,
                    boundaries[nextBoundary] <= offset + text.count
                {
                    let cut = boundaries[nextBoundary] - offset
                    nextBoundary += 1
                    writeText(text[from..<cut])
                    from = cut
                    if cut == text.count {
                        cutPending = true
                    } else {
                        startNewSpan(inside: open)
                    }
                }
                writeText(text[from...])
                offset += text.count
            case .open:
                copy(token)
                open.append((token.name, page.bytesWithoutID(of: token)))
            case .close:
                copy(token)
                open.removeLast()
            case .empty, .declaration:
                copy(token)
            }
        }
        output.raw("</span>")
    }

    /// Ends the span at a sentence boundary and opens the next, closing the inline elements
    /// open here before and opening them again after.
    private mutating func startNewSpan(inside open: [(name: String, tag: [UInt8])]) {
        for element in open.reversed() { output.close(element.name) }
        output.raw("</span>")
        openSpan()
        for element in open { output.raw(bytes: element.tag) }
    }

    /// `<span class="koboSpan" id="kobo.P.S">` for the next sentence.
    mutating func openSpan() {
        if newParagraphNext {
            paragraph += 1
            sentence = 0
            newParagraphNext = false
        }
        sentence += 1
        output.raw("<span class=\"koboSpan\" id=\"kobo.\(paragraph).\(sentence)\">")
    }

    private mutating func writeText(_ scalars: ArraySlice<Unicode.Scalar>) {
        guard !scalars.isEmpty else { return }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        output.text(String(text))
    }
}
