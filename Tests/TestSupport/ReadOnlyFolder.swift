import Foundation

/// A folder no one may add files to. Permissions do not stop root (CI runs tests as root), so
/// root gets the immutable attribute (`chattr +i`) instead of mode 0555.
public enum ReadOnlyFolder {
    public static func make(_ folder: URL) throws {
        if geteuid() == 0 {
            let result = try Subprocess.run("chattr", ["+i", folder.path])
            guard result.status == 0 else {
                throw TestSupportError("chattr +i failed: \(result.stderr)")
            }
        } else {
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o555], ofItemAtPath: folder.path)
        }
    }

    /// Makes the folder writable again, so scratch space can be cleaned up.
    public static func release(_ root: URL, _ name: String?) {
        guard let name else { return }
        let folder = root.appendingPathComponent(name)
        if geteuid() == 0 {
            _ = try? Subprocess.run("chattr", ["-i", folder.path])
        } else {
            try? FileManager.default.setAttributes(
                [.posixPermissions: 0o755], ofItemAtPath: folder.path)
        }
    }
}
