import Foundation

/// A private working folder under the system's temporary folder (`TMPDIR`), made with a
/// message a person can act on when that folder is missing, full or not writable.
/// Each is registered with `TemporaryPaths` until `remove`, so a SIGINT or SIGTERM deletes it;
/// one a SIGKILL left behind is swept by a later run (`sweep`), its pid being dead.
public enum TemporaryFolder {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var slots: [String: Int] = [:]

    public static func make(_ label: String) throws(WriteError) -> URL {
        let base = FileManager.default.temporaryDirectory
        let url = base.appendingPathComponent("\(label)-\(getpid())-\(UUID().uuidString)")
        // Registered before it exists: a signal in between finds nothing to remove, never a leak.
        let slot = TemporaryPaths.register(url, .tree)
        guard mkdir(url.path, 0o700) == 0 else {
            let code = errno
            TemporaryPaths.unregister(slot)
            throw failure(base, code)
        }
        lock.lock()
        slots[url.path] = slot
        lock.unlock()
        return url
    }

    /// Deletes a folder `make` made, and forgets it.
    public static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
        lock.lock()
        let slot = slots.removeValue(forKey: url.path)
        lock.unlock()
        if let slot { TemporaryPaths.unregister(slot) }
    }

    /// The labels whose folders `sweep` may delete.
    public static let sweptLabels = ["gkexport-pdf", "gkexport-soffice", "gkexport-golden", "gkexport-layout"]

    /// Deletes `<label>-<pid>-<uuid>` folders in the temporary folder whose process is gone
    /// (a SIGKILL, a power cut); a live pid's folder, or one of another user, is left alone.
    public static func sweep() {
        let base = FileManager.default.temporaryDirectory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base.path) else { return }
        for name in names {
            guard let label = sweptLabels.first(where: { name.hasPrefix($0 + "-") }) else { continue }
            let rest = name.dropFirst(label.count + 1)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0, pid != getpid(),
                  UUID(uuidString: String(rest[rest.index(after: dash)...])) != nil else { continue }
            guard kill(pid, 0) != 0 && errno == ESRCH else { continue }
            let url = base.appendingPathComponent(name)
            var info = stat()
            guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == getuid() else { continue }
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// What to say when the temporary folder `base` refused a file or folder.
    public static func failure(_ base: URL, _ code: Int32) -> WriteError {
        let reason = code == ENOENT ? "这个文件夹不存在" : WriteError.explain(code).0
        let variable = ProcessInfo.processInfo.environment["TMPDIR"].map { "（环境变量 TMPDIR=\($0)）" } ?? ""
        return WriteError(path: "临时文件夹 \(base.path)\(variable)", reason: reason,
                          hint: "让这个文件夹存在并可写，或把 TMPDIR 设为一个可写的文件夹，例如 TMPDIR=$HOME/tmp")
    }
}
