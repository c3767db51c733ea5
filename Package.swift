// swift-tools-version:6.0
import Foundation
import PackageDescription

/// `make fuzz` sets TOBOOK_FUZZ=1: the library and the fuzz target are then built with libFuzzer
/// and AddressSanitizer, while the style-embedding build tool stays a plain executable (global
/// -Xswiftc flags would link libFuzzer into it too).
let fuzzing = ProcessInfo.processInfo.environment["TOBOOK_FUZZ"] == "1"
let fuzzSwift: [SwiftSetting] =
    fuzzing ? [.define("FUZZING"), .unsafeFlags(["-sanitize=fuzzer,address"])] : []
let fuzzLink: [LinkerSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []

let package = Package(
    name: "tobook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tobook", targets: ["TobookCLI"]),
        .executable(name: "tobook-fuzz", targets: ["TobookFuzz"]),
        .executable(name: "tobook-train", targets: ["TobookTrain"]),
        .library(name: "TobookKit", targets: ["TobookKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .systemLibrary(
            name: "CLibzip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        // GitHub's CommonMark parser with its extensions (tables, autolinks, strikethrough).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libcurl speaks SMTP for `--send-to`; CSMTP sets its variadic options for Swift. Only
        // its header is used at build time: CSMTP opens the library when a book is mailed.
        .systemLibrary(
            name: "CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(name: "CSMTP", dependencies: ["CCurl"]),
        // libjpeg reports errors by longjmp: a few lines of C own that, behind two functions;
        // and a small Huffman recoder gives optimize_coding's bytes without its 12 MB buffer.
        .target(name: "CJPEG", linkerSettings: [.linkedLibrary("jpeg")]),
        // zlib's deflateInit2 is a macro: one C function deflates an entry as libzip does.
        .target(name: "CDeflate", linkerSettings: [.linkedLibrary("z")]),
        // Temporary files a terminating signal must remove: the handler's state is plain C.
        .target(name: "CTempFiles"),
        .executableTarget(name: "embed-styles"),
        .plugin(
            name: "EmbedStyles",
            capability: .buildTool(),
            dependencies: ["embed-styles"]
        ),
        .target(
            name: "TobookKit",
            dependencies: [
                "CLibzip", "CPangoCairo", "CHyphen", "CJPEG", "CTempFiles", "CCmarkGFM", "CCurl",
                "CSMTP", "CDeflate",
            ],
            swiftSettings: fuzzSwift,
            plugins: ["EmbedStyles"]
        ),
        .executableTarget(
            name: "TobookCLI",
            dependencies: [
                "TobookKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TestSupport", dependencies: ["TobookKit"], path: "Tests/TestSupport",
            swiftSettings: fuzzSwift),
        // libFuzzer over the whole pipeline: `make fuzz` builds it with -sanitize=fuzzer,address.
        .executableTarget(
            name: "TobookFuzz", dependencies: ["TestSupport"], swiftSettings: fuzzSwift,
            linkerSettings: fuzzLink),
        // The heading model's training tool: evidence dumps and conversions with trial weights.
        .executableTarget(name: "TobookTrain", dependencies: ["TobookKit"]),
        .testTarget(
            name: "TobookKitTests",
            dependencies: ["TobookKit", "TestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "TobookCLITests", dependencies: ["TobookCLI", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
