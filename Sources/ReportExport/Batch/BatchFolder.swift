import Foundation

/// A batch's hold on its output folder DIR for one run: a lock (`DIR/.gkexport.lock`, flock)
/// so a second batch into the same DIR refuses at once instead of interleaving, and a private
/// staging folder inside DIR (`.gkexport-staging-<pid>-<random>`: same file system even when
/// DIR is the root of a mount, so every rename works). Leftovers of killed runs — staging
/// folders and temporary files whose process is gone — are swept when the hold is taken.
public final class BatchFolder {
    public let directory: URL
    public let staging: URL
    private let lockPath: String
    private var lockFD: Int32

    static let lockName = ".gkexport.lock"
    static let stagingPrefix = ".gkexport-staging-"

    public init(_ directory: URL) throws(WriteError) {
        self.directory = directory
        try OutputFolder.make(directory)
        lockPath = directory.appendingPathComponent(Self.lockName).path
        lockFD = try Self.lock(lockPath, folder: directory)
        Self.sweep(directory)
        staging = directory.appendingPathComponent("\(Self.stagingPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        guard mkdir(staging.path, 0o700) == 0 else {
            let code = errno
            release()
            throw WriteError(path: directory.path, errno: code)
        }
    }

    /// Removes the staging folder and the lock file, then lets go of the lock.
    public func release() {
        guard lockFD >= 0 else { return }
        try? FileManager.default.removeItem(at: staging)
        // Unlinked while still held: a waiter that opened this file sees it gone and retries.
        unlink(lockPath)
        close(lockFD)
        lockFD = -1
    }

    deinit { release() }

    /// Takes the lock without waiting. The file is removed at release, so after the lock is
    /// held it must still be the file under that name (else another run released it: retry).
    static func lock(_ path: String, folder: URL) throws(WriteError) -> Int32 {
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw WriteError(path: folder.path, errno: errno) }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                close(fd)
                if code == EWOULDBLOCK {
                    throw WriteError(path: folder.path, reason: "另一个 gkexport batch\(holder.isEmpty ? "" : "（进程 \(holder)）")正在向这个文件夹写入",
                                     hint: "等它结束后再运行，或换一个输出文件夹；两个批量不会同时写同一个文件夹")
                }
                throw WriteError(path: folder.path, errno: code)
            }
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, stat(path, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev {
                let pid = "\(getpid())\n"
                _ = ftruncate(fd, 0)
                _ = pid.withCString { Foundation.write(fd, $0, strlen($0)) }
                return fd
            }
            close(fd)
        }
    }

    /// Staging folders and temporary files of runs whose process is gone.
    static func sweep(_ directory: URL) {
        AtomicFile.sweep(directory)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] where name.hasPrefix(stagingPrefix) {
            let owner = name.dropFirst(stagingPrefix.count).split(separator: "-").first.flatMap { pid_t($0) }
            if let owner, TemporaryName.isGone(owner) {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
        }
    }
}
