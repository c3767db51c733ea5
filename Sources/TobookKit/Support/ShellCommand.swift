#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A command line run by `/bin/sh -c`, its standard output read to the end, as Foundation's
/// `Process` and `Pipe` ran `smtp-password-command`: `posix_spawn` directly, since Foundation
/// (6.5 MB of libraries on every run) is no longer linked. Its standard input is `/dev/null`;
/// its standard error is ours, so the user sees what it says.
struct ShellCommand {
    var command: String

    struct Output {
        var status: Int32
        var bytes: [UInt8]
    }

    /// Why the shell could not start: the C library's message.
    struct LaunchFailure: Error {
        var message: String
    }

    /// Runs the command and waits for it (`pipe`, `posix_spawn`, `read`, `waitpid`).
    func run() throws(LaunchFailure) -> Output {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw LaunchFailure(message: systemMessage(for: errno)) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        let words: [String] = ["/bin/sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var child = pid_t()
        let status = posix_spawn(&child, "/bin/sh", &actions, nil, arguments, environ)
        close(ends[1])
        guard status == 0 else {
            close(ends[0])
            throw LaunchFailure(message: systemMessage(for: status))
        }
        let bytes = Self.readAll(ends[0])
        close(ends[0])
        var exit: Int32 = 0
        while waitpid(child, &exit, 0) == -1 && errno == EINTR {}
        return Output(status: Self.exitStatus(exit), bytes: bytes)
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 {
                bytes += buffer[..<count]
            } else if count == 0 || errno != EINTR {
                return bytes
            }
        }
    }

    /// The exit status, or the signal's number for a command killed by one (as `Process`'s
    /// `terminationStatus` gave it).
    private static func exitStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : signal
    }
}
