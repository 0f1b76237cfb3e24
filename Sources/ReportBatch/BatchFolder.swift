import Foundation
import ReportExport

/// A batch's hold on its output folder DIR for one run: a `flock` on DIR's own descriptor, so
/// a second batch into the same DIR refuses at once instead of interleaving — no lock file, so
/// nothing planted in DIR (a symbolic or hard link) is ever opened for writing — and a private
/// staging folder inside DIR (`.gkexport-staging-<pid>-<random>`: same file system even when
/// DIR is the root of a mount, so every rename works; its name tells who holds DIR).
/// Leftovers of killed runs — staging folders and temporary files whose process is gone — are
/// swept when the hold is taken, after finishing any agency's commit they interrupted.
public final class BatchFolder {
    public let directory: URL
    public let staging: URL
    private var lockFD: Int32
    /// The mode of the summary.json an earlier run left, kept for the new one.
    public internal(set) var summaryMode: mode_t?
    /// Likewise for 汇总.xlsx (`--summary-xlsx`).
    public internal(set) var summaryWorkbookMode: mode_t?

    static let stagingPrefix = ".gkexport-staging-"

    public init(_ directory: URL) throws(WriteError) {
        self.directory = directory
        try OutputFolder.make(directory)
        lockFD = try Self.lock(directory)
        Self.sweep(directory)
        staging = directory.appendingPathComponent("\(Self.stagingPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        guard mkdir(staging.path, 0o700) == 0 else {
            let code = errno
            release()
            throw WriteError(path: directory.path, errno: code)
        }
    }

    /// The run's files made durable at once: files are written without an fsync each (one per
    /// file costs more than the rest of the batch), so the file system is synced once here,
    /// before the run reports success. When that fails, no written file can be promised: each
    /// item that wrote files is turned into a failure saying why.
    func synced(_ results: [BatchResult]) -> [BatchResult] {
        guard lockFD >= 0, results.contains(where: { !$0.files.isEmpty }) else { return results }
        let code = FileSystemSync.sync(lockFD)
        guard code != 0 else { return results }
        let error = WriteError(path: directory.path, errno: code)
        return results.map { result in
            guard !result.files.isEmpty else { return result }
            var failed = result
            failed.status = .failed
            failed.diagnostics.append(error.description)
            return failed
        }
    }

    /// Removes the staging folder, then lets go of the lock.
    public func release() {
        guard lockFD >= 0 else { return }
        try? FileManager.default.removeItem(at: staging)
        close(lockFD)
        lockFD = -1
    }

    deinit { release() }

    /// Takes the lock on the folder itself without waiting (a directory opened read-only can
    /// be flocked; the lock goes with the descriptor, so a killed run holds nothing).
    static func lock(_ folder: URL) throws(WriteError) -> Int32 {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteError(path: folder.path, errno: errno) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK {
                let holder = holders(folder).map(String.init).joined(separator: "、")
                throw WriteError(path: folder.path, reason: "另一个 gkexport batch\(holder.isEmpty ? "" : "（进程 \(holder)）")正在向这个文件夹写入",
                                 hint: "等它结束后再运行，或换一个输出文件夹；两个批量不会同时写同一个文件夹")
            }
            throw WriteError(path: folder.path, errno: code)
        }
        return fd
    }

    /// The live processes that own a staging folder in `folder` (the lock's holder, once it
    /// has made its staging folder).
    static func holders(_ folder: URL) -> [pid_t] {
        stagingFolders(folder).filter { !TemporaryName.isGone($0.owner) }.map(\.owner)
    }

    static func stagingFolders(_ folder: URL) -> [(name: String, owner: pid_t)] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).compactMap { name in
            guard name.hasPrefix(stagingPrefix),
                  let owner = name.dropFirst(stagingPrefix.count).split(separator: "-").first.flatMap({ pid_t($0) }) else { return nil }
            return (name, owner)
        }
    }

    /// Staging folders and temporary files of runs whose process is gone. A commit such a run
    /// was killed in the middle of is finished first (`CommitJournal`), so no agency is left
    /// with a new file beside an old one.
    static func sweep(_ directory: URL) {
        AtomicFile.sweep(directory)
        for (name, owner) in stagingFolders(directory) where TemporaryName.isGone(owner) {
            let folder = directory.appendingPathComponent(name)
            CommitJournal.recover(in: folder, targets: directory)
            try? FileManager.default.removeItem(at: folder)
        }
    }
}
