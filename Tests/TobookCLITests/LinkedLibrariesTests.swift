import Foundation
import TestSupport
import Testing

/// tobook links FoundationEssentials only: the rest of Foundation (libFoundation,
/// libFoundationInternationalization and ICU's data in lib_FoundationICU) costs 6.5 MB of
/// memory and 3 ms on every run. A dependency or an `import Foundation` that brings it back
/// fails here, not silently in the next measurement.
@Suite("tobook's linked libraries")
struct LinkedLibrariesTests {
    static let unwanted = [
        "libFoundation.so", "libFoundationInternationalization.so", "lib_FoundationICU.so",
    ]

    @Test("The binary needs no Foundation beyond FoundationEssentials")
    func noFoundation() throws {
        var binaries = [Paths.tobookBinary]
        let release = Paths.packageRoot.appendingPathComponent(".build/release/tobook")
        if FileManager.default.isExecutableFile(atPath: release.path) { binaries.append(release) }
        for binary in binaries {
            let result = try Subprocess.run("/usr/bin/readelf", ["-d", binary.path])
            #expect(result.status == 0, "\(result.stderr)")
            let needed = result.stdoutText.split(separator: "\n")
                .filter { $0.contains("(NEEDED)") }
                .compactMap { line in
                    line.split(separator: "[").last.map { String($0.dropLast()) }
                }
            #expect(needed.contains("libFoundationEssentials.so"), "\(binary.path): \(needed)")
            for library in Self.unwanted {
                #expect(!needed.contains(library), "\(binary.path) needs \(library)")
            }
        }
    }
}
