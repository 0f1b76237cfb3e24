import Foundation
import TestSupport

/// A small tmpfs mounted for one test: a really full disk, or the root of a file system.
/// Needs root (CI runs as root); tests that need one are skipped elsewhere.
enum Tmpfs {
    /// Whether this process can mount one (tried once).
    static let available: Bool = {
        let dir = Paths.temporaryDirectory("gkexport-tmpfs-probe")
        defer { try? FileManager.default.removeItem(at: dir) }
        guard mount(size: "64k", at: dir) else { return false }
        unmount(dir)
        return true
    }()

    static func mount(size: String, at dir: URL) -> Bool {
        (try? Shell.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", dir.path])) != nil
    }

    static func unmount(_ dir: URL) {
        _ = try? Shell.run("/bin/umount", [dir.path])
    }

    /// Fills the file system holding `dir` until `leave` bytes are free.
    static func fill(_ dir: URL, leaving leave: Int) throws {
        var info = statvfs()
        guard statvfs(dir.path, &info) == 0 else { throw CocoaError(.fileWriteUnknown) }
        let free = Int(info.f_bavail) * Int(info.f_bsize)
        // Plain write(2) of non-zero bytes: no temporary copy, no sparse file.
        let fd = open(dir.appendingPathComponent("filler").path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        let chunk = [UInt8](repeating: 0x78, count: 4096)
        var left = max(0, free - leave)
        while left > 0 {
            let n = write(fd, chunk, min(left, chunk.count))
            guard n > 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
            left -= n
        }
    }
}
