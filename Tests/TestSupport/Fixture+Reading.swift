import Foundation

extension Fixture {
    /// A short book with what a reader's eye checks: a title page, a chapter opening with a
    /// hyphenated heading, a spaced dash and an address, a poem with indented and over-long
    /// lines in two stanzas, and a scene of a play (enough speeches to read as one).
    public static let readingSample: Fixture = {
        var text = """
            The Reader's Sampler

            by Ann Lee


            CHAPTER I. Down the Rabbit-Hole

            It was a bright cold day in April, and the clocks were striking thirteen. She
            walked on -- perpetrated by nobody -- down the long road, and wrote to
            business@pglaf.org about the matter before she came home to her.

            The second paragraph goes on a little, so that the chapter has some body
            before the poem begins, and the reader sees how the lines fall.


            CHAPTER II. A Song

                'Twinkle, twinkle, little bat!
                How I wonder what you're at!
                  Up above the world you fly,
                  Like a tea-tray in the sky.
                Twinkle, twinkle, little bat, and this line goes on much longer than any screen is wide, so that it must wrap.

                The second stanza comes after a blank line,
                  And its second line is indented,
                And its third is not, as poems go.


            CHAPTER III. A Scene


            """
        for index in 0..<24 {
            text +=
                (index % 2 == 0 ? "HAMLET." : "OPHELIA.")
                + " Speech \(index + 1): my lord, I have remembrances of yours that I have longed"
                + " long to re-deliver.\n\n"
        }
        return Fixture(name: "reading-sample.txt", bytes: Data(text.utf8), encoding: .utf8)
    }()
}
