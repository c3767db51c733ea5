/// Curly quotes, apostrophes, dashes, ellipses and French spacing for one paragraph, in one
/// pass with a stack of open quotations (HEURISTICS.md §4), never a regex cascade.
///
/// - Apostrophes first: between letters (don’t, l’homme), after an abbreviation's full stop
///   (G.’s), before decades (’90s), English
///   elisions (’tis, ’em), rock ’n’ roll, and a trailing one (goin’) where no quotation is open.
/// - A quote mark opens after the start, a space, an opening bracket, a dash or another opening
///   mark, when text follows; it closes after text, before a space, punctuation or the end. The
///   stack resets per paragraph: an unclosed `"` stays an opening mark (a quotation that runs on
///   into the next paragraph), an unclosed `'` was an apostrophe after all.
/// - `--` is an em dash unless the document uses `---` for that (then `--` is an en dash);
///   between digits it is an en dash (1914–18). A spaced hyphen becomes the language's dash. A
///   paragraph opening with a dash, in languages that mark dialogue so, gets a no-break space;
///   a spaced dash after a word gets one before it, so it never starts a line.
/// - `...` and `. . .` become an ellipsis; a digit's `'` and `"` become primes (5′10″).
/// - Existing curly quotes and dashes stay as they are; web and e-mail addresses are skipped.
struct SmartPunctuation: Sendable {
    let style: QuoteStyle
    /// English elisions become apostrophes only in English text.
    let isEnglish: Bool
    /// The document writes em dashes as `---`, so `--` is an en dash.
    let tripleHyphenIsEmDash: Bool

    static let elisions: Set<String> = [
        "tis", "twas", "twere", "twill", "twould", "twixt", "tween", "em", "cause", "round", "bout",
        "til", "neath", "gainst", "midst", "pon", "un", "ud", "ave", "ome", "im", "e", "er", "n",
    ]

    private enum Level {
        case double, single
    }

    func apply(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var pass = Pass(rules: self, input: input)
        pass.run()
        return style.frenchSpacing
            ? FrenchSpacing.apply(pass.output, protected: pass.protected) : pass.output
    }

    /// One paragraph's walk: the text read so far, the text written, the open quotations.
    private struct Pass {
        let rules: SmartPunctuation
        let input: [Unicode.Scalar]
        let protected: [Range<Int>]
        var output: [Unicode.Scalar] = []
        /// Open quotations; `typed` marks curly quotes the author typed, which stay as typed.
        var stack: [(level: Level, position: Int, typed: Bool)] = []
        var index = 0
        var style: QuoteStyle { rules.style }

        init(rules: SmartPunctuation, input: [Unicode.Scalar]) {
            self.rules = rules
            self.input = input
            protected = ProtectedSpans.ranges(in: input)
            output.reserveCapacity(input.count + 8)
        }

        /// The last character written, boundaries skipped.
        func previous() -> Unicode.Scalar? {
            output.last { $0 != Typographer.boundary }
        }

        /// The character `offset` places ahead in the input, boundaries skipped.
        func next(_ offset: Int = 1) -> Unicode.Scalar? {
            var cursor = index
            var remaining = offset
            while cursor + 1 < input.count {
                cursor += 1
                if input[cursor] == Typographer.boundary { continue }
                remaining -= 1
                if remaining == 0 { return input[cursor] }
            }
            return nil
        }

        mutating func emit(_ text: String) {
            output.append(contentsOf: text.unicodeScalars)
        }

        mutating func open(_ level: Level) {
            stack.append((level, output.count, false))
            emit(level == .double ? style.double.open : style.single.open)
        }

        /// Closes the innermost open quotation of `level`; singles left open inside it were
        /// apostrophes. False when none is open.
        mutating func close(_ level: Level) -> Bool {
            guard let position = stack.lastIndex(where: { $0.level == level }) else { return false }
            for unclosed in stack[(position + 1)...]
            where unclosed.level == .single && !unclosed.typed {
                turnOpenerIntoApostrophe(at: unclosed.position)
            }
            stack.removeSubrange(position...)
            return true
        }

        mutating func turnOpenerIntoApostrophe(at position: Int) {
            let mark = Array(style.single.open.unicodeScalars)
            guard position + mark.count <= output.count,
                Array(output[position..<(position + mark.count)]) == mark
            else { return }
            output.replaceSubrange(
                position..<(position + mark.count), with: style.apostrophe.unicodeScalars)
        }

        mutating func run() {
            var protectedIndex = 0
            while index < input.count {
                while protectedIndex < protected.count,
                    protected[protectedIndex].upperBound <= index
                {
                    protectedIndex += 1
                }
                if protectedIndex < protected.count, protected[protectedIndex].contains(index) {
                    output.append(input[index])
                    index += 1
                    continue
                }
                index += step(input[index])
            }
            // An opening single mark never closed was an apostrophe ('tis, 'em).
            for unclosed in stack.reversed() where unclosed.level == .single && !unclosed.typed {
                turnOpenerIntoApostrophe(at: unclosed.position)
            }
        }

        /// Handles the character at `index`; returns how many input characters it used.
        mutating func step(_ scalar: Unicode.Scalar) -> Int {
            switch scalar {
            case ".": return dots()
            case "-": return hyphens()
            case "'": return singleQuote()
            case "\"": return doubleQuote()
            case "`":
                if next() == "`" {
                    open(.double)
                    return 2
                }
                output.append(scalar)
            case "“", "„", "«":
                stack.append((.double, output.count, true))
                output.append(scalar)
            case "”", "»":
                if stack.last?.level == .double { stack.removeLast() }
                output.append(scalar)
            case "–", "—":
                if next()?.isTextWhitespace == true { bindToPreviousWord() }
                output.append(scalar)
            case "‘", "‚":
                stack.append((.single, output.count, true))
                output.append(scalar)
            case "’":
                // A typed closing single mark closes a typed opening one; otherwise an apostrophe.
                let letterAfter = next()?.properties.isAlphabetic == true
                if !letterAfter, let last = stack.last, last.level == .single, last.typed {
                    stack.removeLast()
                }
                output.append(scalar)
            default:
                output.append(scalar)
            }
            return 1
        }

        /// `...` and `. . .` become `…`; `....` (a full stop and an ellipsis) becomes `.…`.
        mutating func dots() -> Int {
            if next() == ".", next(2) == "." {
                var run = 1
                while index + run < input.count, input[index + run] == "." { run += 1 }
                if run <= 4 {
                    emit(run == 4 ? ".…" : "…")
                    return run
                }
            } else if next() == " ", next(2) == ".", next(3) == " ", next(4) == ".",
                index + 4 < input.count, input[index + 4] == "."
            {
                emit("…")
                return 5
            }
            output.append(".")
            return 1
        }

        mutating func hyphens() -> Int {
            var run = 1
            while index + run < input.count, input[index + run] == "-" { run += 1 }
            let before = previous()
            let after = index + run < input.count ? input[index + run] : nil
            let dialogue = before == nil && style.dialogueDashes && after == " " && run <= 2
            if dialogue {
                emit("—\u{A0}")
                return run + 1
            }
            switch run {
            case 1:
                let spaced = before?.isTextWhitespace == true && after?.isTextWhitespace == true
                if spaced { bindToPreviousWord() }
                emit(spaced ? style.spacedDash : "-")
            case 2:
                let range =
                    before?.properties.numericType != nil && after?.properties.numericType != nil
                if before == " " && after?.isTextWhitespace == true { bindToPreviousWord() }
                emit(range || rules.tripleHyphenIsEmDash ? "–" : "—")
            case 3:
                if before == " " && after?.isTextWhitespace == true { bindToPreviousWord() }
                emit("—")
            default: emit("⸺")
            }
            return run
        }

        /// A spaced dash never starts a line (`– perpetrated by`): the space before it becomes a
        /// no-break space, so the dash ends the line with the word before it, in the EPUB and
        /// the PDF alike. Only a plain space after a word is changed: a dash opening the text
        /// (dialogue) or a line of its own has no word to hold on to.
        mutating func bindToPreviousWord() {
            guard output.last == " ",
                let word = output.dropLast().last(where: { $0 != Typographer.boundary }),
                !word.isTextWhitespace
            else { return }
            output[output.count - 1] = "\u{A0}"
        }

        mutating func doubleQuote() -> Int {
            let before = previous()
            let after = next()
            let token = output.reversed().prefix { !$0.isTextWhitespace }
            if let before, before.properties.numericType != nil, token.contains("′") {
                emit("″")
            } else if rules.isOpening(before, after) {
                open(.double)
            } else if rules.isClosing(before, after) || stack.last?.level == .double {
                _ = close(.double)
                emit(style.double.close)
            } else {
                open(.double)
            }
            return 1
        }

        mutating func singleQuote() -> Int {
            let before = previous()
            let after = next()
            let after2 = next(2)
            let after3 = next(3)
            let letterBefore = before?.properties.isAlphabetic == true
            let letterAfter = after?.properties.isAlphabetic == true
            let digitBefore = before?.properties.numericType != nil
            let digitAfter = after?.properties.numericType != nil
            if after == "'", let before, !before.isTextWhitespace,
                stack.contains(where: { $0.level == .double })
            {
                _ = close(.double)
                emit(style.double.close)  // TeX-style ''
                return 2
            }
            if (letterBefore || digitBefore || before == ".") && letterAfter {
                emit(style.apostrophe)  // don't, l'homme, the 1990's, L. of G.'s
                return 1
            }
            if digitBefore && !stack.contains(where: { $0.level == .single }) {
                emit("′")
                return 1
            }
            let openingContext = rules.isOpeningContext(before)
            let wordEnds =
                after3.map {
                    $0 == "s" || !($0.properties.isAlphabetic || $0.properties.numericType != nil)
                } ?? true
            let decade = digitAfter && after2?.properties.numericType != nil && wordEnds
            if openingContext && decade {
                emit(style.apostrophe)  // '90s
                return 1
            }
            if openingContext, after == "n", after2 == "'",
                after3 == nil || after3?.isTextWhitespace == true
            {
                emit(style.apostrophe + "n" + style.apostrophe)  // rock 'n' roll
                return 3
            }
            if openingContext && rules.isEnglish && letterAfter && isElision() {
                emit(style.apostrophe)  // 'tis, 'em
                return 1
            }
            if rules.isOpening(before, after) {
                open(.single)
            } else if rules.isClosing(before, after) {
                emit(close(.single) ? style.single.close : style.apostrophe)
            } else {
                output.append("'")
            }
            return 1
        }

        /// Whether the word after the `'` is an English elision ('tis, 'em) and no `'` closes
        /// right after it (which would make it a quoted word).
        func isElision() -> Bool {
            var word = ""
            var cursor = index + 1
            while cursor < input.count, input[cursor].properties.isAlphabetic {
                word.unicodeScalars.append(input[cursor])
                cursor += 1
            }
            return SmartPunctuation.elisions.contains(word.quickLowercased())
                && (cursor >= input.count || input[cursor] != "'")
        }
    }

    private static let openers: Set<Unicode.Scalar> = [
        "(", "[", "{", "<", "—", "–", "-", "/", "“", "‘", "„", "‚", "«", "‹", "「", "『", "\u{A0}",
        "\u{202F}",
    ]
    private static let closingFollowers: Set<Unicode.Scalar> = [
        ".", ",", ";", ":", "!", "?", ")", "]", "}", "…", "—", "–", "-", "/", "”", "’", "»", "›",
        "'", "\"",
    ]

    fileprivate func isOpeningContext(_ before: Unicode.Scalar?) -> Bool {
        guard let before else { return true }
        return before.isTextWhitespace || Self.openers.contains(before)
            || before == Typographer.boundary
            || before.isOpeningMark(of: style)
    }

    fileprivate func isOpening(_ before: Unicode.Scalar?, _ after: Unicode.Scalar?) -> Bool {
        guard let after, !after.isTextWhitespace else { return false }
        return isOpeningContext(before)
    }

    fileprivate func isClosing(_ before: Unicode.Scalar?, _ after: Unicode.Scalar?) -> Bool {
        guard let before, !before.isTextWhitespace else { return false }
        guard let after else { return true }
        return after.isTextWhitespace || Self.closingFollowers.contains(after)
    }
}

extension Unicode.Scalar {
    /// Whether this scalar is the style's own opening mark (French «, German „ and so on), which
    /// counts as opening context for a quote mark that follows it.
    fileprivate func isOpeningMark(of style: QuoteStyle) -> Bool {
        style.double.open.unicodeScalars.first == self
            || style.single.open.unicodeScalars.first == self
    }
}
