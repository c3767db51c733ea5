/// A scene break: a line of only `*`, `-`, `#` or `~` marks, such as `* * *`, `***` or `#`.
enum SceneBreak {
    static func matches(_ block: TextBlock) -> Bool {
        guard let line = block.singleLine, !line.isEmpty else { return false }
        return line.unicodeScalars.allSatisfy { scalar in
            scalar == "*" || scalar == "-" || scalar == "#" || scalar == "~"
                || scalar.isTextWhitespace
        }
    }
}
