// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tobook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tobook", targets: ["TobookCLI"]),
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
        // libjpeg reports errors by longjmp: a few lines of C own that, behind two functions.
        .target(name: "CJPEG", linkerSettings: [.linkedLibrary("jpeg")]),
        .executableTarget(name: "embed-styles"),
        .plugin(
            name: "EmbedStyles",
            capability: .buildTool(),
            dependencies: ["embed-styles"]
        ),
        .target(
            name: "TobookKit",
            dependencies: ["CLibzip", "CPangoCairo", "CHyphen", "CJPEG"],
            plugins: ["EmbedStyles"]
        ),
        .executableTarget(
            name: "TobookCLI",
            dependencies: [
                "TobookKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "TobookKitTests",
            dependencies: ["TobookKit", "TestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "TobookCLITests", dependencies: ["TobookCLI", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
