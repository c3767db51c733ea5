import Foundation

/// Markdown inputs: every construct the reader maps, written as people write them.
extension Fixture {
    /// A guide with a lone level 1 title, sections and subsections, lists (one nested),
    /// a quote, fenced and indented code, a table, links of every kind and raw HTML.
    public static let markdownGuide = Fixture(
        name: "guide.md",
        bytes: Data(
            """
            # Field Guide to Small Rivers

            A short guide to the **small rivers** of the north, written for walkers who
            want to know what they are looking at. See the [survey maps](https://maps.example.org/rivers)
            or write to rivers@example.org with corrections.

            ## Finding a river

            Most small rivers start as springs. Look for these signs:

            - wet ground in a dry season
            - rushes and *sedges* growing in a line
              - the line bends downhill
              - it joins another line
            - a sound of water under stones

            Then follow it down:

            1. Walk with the current.
            2. Note every bridge, with its `grid-ref`.
            3. Stop where it meets a bigger river.

            > Rivers are roads that move and carry us whither we wish to go.
            > They were roads before there were roads.

            ### Measuring the flow

            Time a stick over ten metres and multiply:

            ```python
            def flow(width, depth, seconds):
                return width * depth * 10 / seconds  # "cubic metres" a second
            ```

            | River | Length (km) | Source |
            |:------|------------:|:------:|
            | Allen | 12 | spring |
            | Brook of *Ore* | 7 | bog |

            ## Keeping records

            Keep notes in a plain file; a relative link such as [the template](template.md)
            stays as its words. Raw markup like <span class="x">this</span> is kept as typed.

            ---

            Visit www.example.com/rivers_(north) for more, or https://example.org/a/very/long/path/to/the/archive/of/records.

            """.utf8),
        encoding: .utf8)

    /// Release notes with setext headings, several level 1 headings (so no title is taken),
    /// an ordered list starting at 3, a quote holding a list, and indented code.
    public static let markdownNotes = Fixture(
        name: "notes.md",
        bytes: Data(
            """
            Release notes
            =============

            This release reads **Markdown** as well as plain text. Links such as
            <https://example.net/changes> and [the manual](http://example.net/manual) work.

            What changed
            ------------

            3) Tables render with `<table>`.
            4) Code keeps its `backticks` and "straight quotes".

            > Note:
            >
            > - quotes may hold lists
            > - and **bold** text

                indented code block
                second line

            Known problems
            ==============

            None so far; report them to bugs@example.net.

            """.utf8),
        encoding: .utf8)
}
