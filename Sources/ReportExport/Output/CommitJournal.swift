import Foundation

/// A note, in a batch's staging folder, of the renames one multi-file commit is about to do
/// (temporary name → target name), so a run killed between two of them — new DOCX beside an
/// old ODT — can be finished by the next run: every temporary file the note names that is still
/// there is renamed in, giving the whole new set. It is written under a scratch name and
/// renamed, so a note that exists is complete; it is removed once every rename is done.
public enum CommitJournal {
    public static let suffix = ".journal"

    /// Writes the note for `pairs` (temporary file in `staging`, target file in its folder)
    /// and returns its path, or nil when it could not be written (the commit goes on: a note is
    /// a repair aid, not a condition).
    public static func write(_ pairs: [(temp: String, target: URL)], in staging: URL) -> String? {
        let base = staging.appendingPathComponent(TemporaryName.make(for: "")).path
        var bytes: [UInt8] = []
        for pair in pairs {
            bytes += Array((pair.temp as NSString).lastPathComponent.utf8) + [0]
            bytes += Array(pair.target.lastPathComponent.utf8) + [0]
        }
        let scratch = base + "-new", path = base + suffix
        let fd = open(scratch, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count, rename(scratch, path) == 0 else {
            unlink(scratch)
            return nil
        }
        return path
    }

    /// Finishes the commits whose notes a dead run left in `staging`: each named temporary
    /// file still there is renamed to its target in `targets`. Names with a slash, or that
    /// are not plain names, are ignored: a note can never move a file out of its folder.
    public static func recover(in staging: URL, targets: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []
        for name in names where name.hasSuffix(suffix) {
            // A journal names two files; anything larger was not written by us.
            guard let data = try? BoundedRead.file(staging.appendingPathComponent(name).path, cap: 64 << 10) else { continue }
            let fields = data.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
            guard fields.count % 2 == 0 else { continue }
            for i in stride(from: 0, to: fields.count, by: 2) {
                let temp = fields[i], target = fields[i + 1]
                guard plain(temp), plain(target) else { continue }
                let from = staging.appendingPathComponent(temp).path
                var info = stat()
                guard lstat(from, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                rename(from, targets.appendingPathComponent(target).path)
            }
        }
    }

    private static func plain(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
}
