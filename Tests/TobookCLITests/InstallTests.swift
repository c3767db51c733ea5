import Foundation
import TestSupport
import Testing

/// `make install-files` (what `make install` runs after building) into a scratch prefix: the
/// man page renders with `man -l`, each completion script loads in its shell, and
/// `make uninstall` takes everything away again.
@Suite("make install and uninstall")
struct InstallTests {
    static let installed = [
        "bin/tobook", "share/man/man1/tobook.1", "share/bash-completion/completions/tobook",
        "share/zsh/site-functions/_tobook", "share/fish/vendor_completions.d/tobook.fish",
    ]

    static func make(_ arguments: [String]) throws -> Subprocess.Outcome {
        try Subprocess.run("make", ["-s"] + arguments, in: Paths.packageRoot)
    }

    static func exists(_ name: String) -> Bool {
        (try? Subprocess.run("/bin/sh", ["-c", "command -v \(name)"]).status) == 0
    }

    @Test("Installs the binary, a man page man renders, and completions the shells accept")
    func installAndUninstall() throws {
        let prefix = try Paths.scratchFolder("tobook-prefix")
        let install = try Self.make([
            "install-files", "PREFIX=\(prefix.path)", "BIN=\(Paths.tobookBinary.path)",
        ])
        #expect(install.status == 0, "\(install.stderr)")
        for name in Self.installed {
            let path = prefix.appendingPathComponent(name).path
            #expect(FileManager.default.fileExists(atPath: path), "\(name) installed")
        }

        let version = try Subprocess.run(
            prefix.appendingPathComponent("bin/tobook").path, ["--version"])
        #expect(version.status == 0 && !version.stdoutText.isEmpty)

        // man renders the page from the argument definitions: its options and their help.
        let page = prefix.appendingPathComponent("share/man/man1/tobook.1").path
        let man = try Subprocess.run(
            "man", ["-l", page],
            environment: ["MANPAGER": "cat", "MANWIDTH": "100", "LANG": "C.UTF-8"])
        #expect(man.status == 0, "\(man.stderr)")
        let text = man.stdoutText.replacingOccurrences(of: "\u{2010}", with: "-")
        for expected in [
            "NAME", "SYNOPSIS", "tobook", "--output", "--list-styles", "--style", "--pdf",
        ] {
            #expect(text.contains(expected), "man page shows \(expected)")
        }
        #expect(text.contains("Turn a plain-text file into an EPUB"))

        // Each completion script parses, and bash's registers the command.
        let bash = prefix.appendingPathComponent("share/bash-completion/completions/tobook").path
        #expect(try Subprocess.run("bash", ["-n", bash]).status == 0)
        let loaded = try Subprocess.run("bash", ["-c", "source '\(bash)' && complete -p tobook"])
        #expect(loaded.status == 0 && loaded.stdoutText.contains("tobook"))
        if Self.exists("zsh") {
            let zsh = prefix.appendingPathComponent("share/zsh/site-functions/_tobook").path
            let checked = try Subprocess.run("zsh", ["-n", zsh])
            #expect(checked.status == 0, "\(checked.stderr)")
        }
        if Self.exists("fish") {
            let fish = prefix.appendingPathComponent("share/fish/vendor_completions.d/tobook.fish")
            let checked = try Subprocess.run("fish", ["-n", fish.path])
            #expect(checked.status == 0, "\(checked.stderr)")
            let completes = try Subprocess.run(
                "fish", ["-c", "source '\(fish.path)'; complete -C 'tobook --list-'"])
            #expect(completes.stdoutText.contains("--list-styles"))
        }

        let uninstall = try Self.make(["uninstall", "PREFIX=\(prefix.path)"])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        for name in Self.installed {
            let path = prefix.appendingPathComponent(name).path
            #expect(!FileManager.default.fileExists(atPath: path), "\(name) removed")
        }
    }
}
