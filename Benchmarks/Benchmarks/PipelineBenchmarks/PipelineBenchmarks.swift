import Benchmark
import Foundation
import TobookKit

/// Each stage of the EPUB pipeline on Pride and Prejudice (0.7 MB), so a regression shows as
/// instructions and allocations of one stage, not only as the wall time of the whole run.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .instructions, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(3), maxIterations: 20)

    let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/pride-and-prejudice.txt")
    guard let data = try? Data(contentsOf: corpus) else {
        fatalError("the benchmarks read \(corpus.path): check out ../shared beside the project")
    }
    let bytes = [UInt8](data)
    let options = ConversionOptions(input: .file(corpus.path))
    guard let text = try? TextDecoder().decode(bytes).text,
        let prepared = try? Converter().prepare(
            InputFile(displayName: "pp", bytes: bytes), options: options)
    else { fatalError("Pride and Prejudice did not convert") }
    let package = EPUBPackage(book: prepared.book, stylesheet: "")

    Benchmark("Decode (TextDecoder)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try TextDecoder().decode(bytes)) }
    }
    Benchmark("Parse (PlainTextParser)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(PlainTextParser().parse(text)) }
    }
    Benchmark("Typography (Typographer)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Typographer(language: "en").apply(to: prepared.book))
        }
    }
    Benchmark("XHTML, OPF, NCX, nav (EPUBPackage.entries)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(package.entries()) }
    }
    Benchmark("ZIP (EPUBPackage.archive)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try package.archive()) }
    }
    Benchmark("Whole EPUB in memory (Converter.prepare + archive)") { benchmark in
        for _ in benchmark.scaledIterations {
            let book = try Converter().prepare(
                InputFile(displayName: "pp", bytes: bytes), options: options)
            blackHole(try EPUBPackage(book: book.book, stylesheet: "").archive())
        }
    }
}
