import Foundation

/// Several files replaced as one. Each is first written in full (and, if `durable`, fsynced)
/// under a temporary name; only then are all renamed into place. If any step fails, every
/// target is as it was — bytes and mode — and no temporary file is left: each old file is
/// kept under a second name (a hard link) until every rename has succeeded, and put back if
/// one fails. A replaced file keeps its permission mode; a new one gets 0644 less the umask.
public final class StagedFiles {
    struct Entry {
        let target: URL
        /// The target's path, folder and name, taken from the URL once: URL's accessors parse
        /// and allocate on every call, several times per file in a batch.
        let path: String
        let folder: String
        let name: String
        /// An unnamed file (`O_TMPFILE`) still to be given `temp` as its name, or -1.
        var unnamed: Int32
        let temp: String
    }

    private var entries: [Entry] = []
    /// Committed or discarded: nothing more to do (and no descriptor to close twice).
    private var finished = false
    private let durable: Bool
    private let staging: URL?
    private let stagingPath: String?
    private let mode: mode_t?

    /// Writes every file's bytes under a temporary name: in `staging` (a folder on the same
    /// file system, e.g. a batch's) or else in the target's folder, where Linux keeps it
    /// unnamed until `commit`, so a killed process leaves nothing behind.
    /// `mode` is for a file that is new (no old one to take the mode from).
    public static func stage(_ files: [(URL, [UInt8])], durable: Bool = true, staging: URL? = nil,
                             mode: mode_t? = nil) throws(WriteError) -> StagedFiles {
        let set = StagedFiles(durable: durable, staging: staging, mode: mode)
        for (target, bytes) in files {
            do {
                try set.add(target, bytes)
            } catch {
                set.discard()
                throw error
            }
        }
        return set
    }

    private init(durable: Bool, staging: URL?, mode: mode_t?) {
        self.durable = durable
        self.staging = staging
        self.stagingPath = staging?.path
        self.mode = mode
    }

    private func add(_ target: URL, _ bytes: [UInt8]) throws(WriteError) {
        let path = target.path
        let (folder, name) = Self.split(path)
        let temp = Self.join(stagingPath ?? folder, TemporaryName.make(for: name))
        var old = stat()
        let exists = lstat(path, &old) == 0
        if exists && (old.st_mode & S_IFMT) == S_IFDIR { throw WriteError(path: path, errno: EISDIR) }
        #if os(Linux)
        // O_TMPFILE is (__O_TMPFILE | O_DIRECTORY); Swift does not import the macro.
        let unnamed = staging == nil ? open(folder, 0o20_200_000 | O_WRONLY, 0o644) : -1
        #else
        let unnamed: Int32 = -1
        #endif
        let fd = unnamed >= 0 ? unnamed : open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, errno: errno) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    failure = n < 0 ? errno : ENOSPC
                    return
                }
                offset += n
            }
        }
        // The replaced file's permissions carry over (fchmod is not reduced by the umask); a
        // file system without modes (FAT) refuses, which is no reason to refuse the file.
        if failure == 0 && exists && (old.st_mode & S_IFMT) == S_IFREG {
            _ = fchmod(fd, old.st_mode & 0o7777)
        } else if failure == 0, let mode {
            _ = fchmod(fd, mode & 0o7777)
        }
        if failure == 0 && durable && fsync(fd) != 0 { failure = errno }
        if failure != 0 {
            close(fd)
            if unnamed < 0 { unlink(temp) }
            throw WriteError(path: path, errno: failure)
        }
        if unnamed < 0 { close(fd) }
        entries.append(Entry(target: target, path: path, folder: folder, name: name, unnamed: unnamed, temp: temp))
    }

    /// Renames every staged file over its target, all or none. With `replacing: false` an
    /// existing target is an error (`EEXIST`) and stays untouched.
    public func commit(replacing: Bool = true) throws(WriteError) {
        precondition(!finished, "StagedFiles committed twice")
        var backups: [String?] = []
        var placed = 0
        var journal: String?
        func fail(_ path: String, _ code: Int32) -> WriteError {
            // The note goes first: a run killed while undoing must not be "finished" later.
            if let journal { unlink(journal) }
            // Undo in reverse: each old file goes back under its name, each new one goes.
            for i in (0..<placed).reversed() {
                if let backup = backups[i] { rename(backup, entries[i].path) } else { unlink(entries[i].path) }
            }
            for backup in backups.dropFirst(placed).compactMap({ $0 }) { unlink(backup) }
            discard()
            return WriteError(path: path, errno: code)
        }
        for i in entries.indices where entries[i].unnamed >= 0 {
            // Give the finished file its temporary name now.
            if linkat(AT_FDCWD, "/proc/self/fd/\(entries[i].unnamed)", AT_FDCWD, entries[i].temp, AT_SYMLINK_FOLLOW) != 0 {
                throw fail(entries[i].path, errno)
            }
        }
        for entry in entries {
            let path = entry.path
            var old = stat()
            guard lstat(path, &old) == 0 else {
                if errno == ENOENT { backups.append(nil); continue }
                throw fail(path, errno)
            }
            if !replacing { throw fail(path, EEXIST) }
            if (old.st_mode & S_IFMT) == S_IFDIR { throw fail(path, EISDIR) }
            let backup = Self.join(stagingPath ?? entry.folder, TemporaryName.make(for: entry.name, kind: "-old"))
            let kept = Self.keep(path, as: backup)
            guard kept == 0 else { throw fail(path, kept) }
            backups.append(backup)
        }
        // Several files into a batch's staging: note the renames, so a run killed between two
        // of them is finished by the next (`CommitJournal`), not left as a mixed set. Only when
        // an old file is replaced: with no old file there is no old-beside-new mix to repair,
        // and a note is a file made and removed per agency — on ext4 every removed inode is
        // skipped by later allocations for a while, which made big batches quadratic.
        if let staging, entries.count > 1, replacing, backups.contains(where: { $0 != nil }) {
            journal = CommitJournal.write(entries.map { ($0.temp, $0.target) }, in: staging)
        }
        for entry in entries {
            // Without replacing, link (never overwrites) and drop the temporary name.
            let ok = replacing ? rename(entry.temp, entry.path) == 0 : link(entry.temp, entry.path) == 0
            guard ok else { throw fail(entry.path, errno) }
            if !replacing { unlink(entry.temp) }
            placed += 1
        }
        if let journal { unlink(journal) }
        for backup in backups.compactMap({ $0 }) { unlink(backup) }
        closeUnnamed()
        finished = true
        if durable {
            for folder in Set(entries.map(\.folder)) {
                let fd = open(folder, O_RDONLY | O_DIRECTORY)
                if fd >= 0 { fsync(fd); close(fd) }
            }
        }
    }

    /// An absolute path's folder and last component ("/a/b" → ("/a", "b"); "/b" → ("/", "b")).
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Drops every staged file; targets are untouched.
    public func discard() {
        guard !finished else { return }
        finished = true
        closeUnnamed()
        for entry in entries { unlink(entry.temp) }
    }

    /// A second name for the old file: a hard link, or on a file system without them (FAT) a
    /// copy. Returns 0 or the errno.
    static func keep(_ path: String, as backup: String) -> Int32 {
        if link(path, backup) == 0 { return 0 }
        let code = errno
        guard code == EPERM || code == ENOTSUP || code == EMLINK || code == EOPNOTSUPP else { return code }
        var old = stat()
        guard stat(path, &old) == 0, (old.st_mode & S_IFMT) == S_IFREG, let data = FileManager.default.contents(atPath: path) else { return code }
        let fd = open(backup, O_WRONLY | O_CREAT | O_EXCL, old.st_mode & 0o7777)
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        let written = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        if written != data.count {
            let failure = written < 0 ? errno : ENOSPC
            unlink(backup)
            return failure
        }
        return 0
    }

    private func closeUnnamed() {
        for entry in entries where entry.unnamed >= 0 { close(entry.unnamed) }
    }
}
