extension Book {
    /// Whether the text brings its own contents page (a typed list become one), which then
    /// stands instead of a generated one. A collection's typed lists are its texts' own: the
    /// book still gets a contents page of all of them.
    var hasOwnContentsPage: Bool {
        !isCollection
            && chapters.contains { chapter in
                chapter.blocks.contains { if case .contentsPage = $0 { true } else { false } }
            }
    }
}
