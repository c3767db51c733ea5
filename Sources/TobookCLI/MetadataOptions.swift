import ArgumentParser
import TobookKit

/// What a library or store shows beside the book: these win over what the text says.
struct MetadataOptions: ParsableArguments {
    @Option(help: "The book's title (default: the first line, when it reads as a title).")
    var title: String?

    @Option(help: "The book's subtitle (default: the lines under the title, if any).")
    var subtitle: String?

    @Option(help: "An author; repeat for several (default: a 'by NAME' line under the title).")
    var author: [String] = []

    @Option(help: "The publisher.")
    var publisher: String?

    @Option(
        help:
            "The publication date: YYYY, YYYY-MM or YYYY-MM-DD (default: a Gutenberg header's release date).",
        transform: PublicationDay.init(parsing:))
    var date: PublicationDay?

    @Option(help: "A subject or genre; repeat for several.")
    var subject: [String] = []

    @Option(help: "A description (the blurb a library or store shows).")
    var description: String?

    @Option(help: "The series the book belongs to.")
    var series: String?

    @Option(
        help: "The book's number in its series, such as 2 or 2.5.",
        transform: SeriesIndex.init(parsing:))
    var seriesIndex: SeriesIndex?

    @Option(help: "The rights statement, such as a copyright or licence line.")
    var rights: String?

    func validate() throws {
        if seriesIndex != nil && series == nil {
            throw ValidationError("--series-index goes with --series")
        }
    }

    func apply(to options: inout ConversionOptions) {
        options.title = title
        options.subtitle = subtitle
        options.authors = author
        options.publication.publisher = publisher
        options.publication.date = date?.w3c
        options.publication.subjects = subject
        options.publication.description = description
        options.publication.series = series
        options.publication.seriesIndex = seriesIndex?.text
        options.publication.rights = rights
    }
}
