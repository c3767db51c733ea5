// swift-tools-version:6.1
// Micro-benchmarks of tobook's stages (package-benchmark: wall time, instructions, allocations,
// peak memory), in a package of their own so `make test` never builds the benchmark library.
// Run with `make microbench` (or `swift package benchmark` here).
import PackageDescription

let package = Package(
    name: "tobook-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "tobook", path: ".."),
        .package(
            url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
            traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "PipelineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TobookKit", package: "tobook"),
            ],
            path: "Benchmarks/PipelineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
