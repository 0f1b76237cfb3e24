import Foundation

/// Writes one file so that it is either all there or not there (see `StagedFiles`, which
/// does the same for several files at once). An earlier file of the same name stays intact,
/// mode included, until the new one is complete.
public enum AtomicFile {
    public typealias WriteError = ReportExport.WriteError

    /// Temporary names start with this, so a later run can sweep what a killed one left.
    public static let temporaryPrefix = TemporaryName.prefix

    /// `durable` adds an fsync before the rename: for a single document, not for a batch
    /// of thousands (a kill cannot lose page-cache data; only a power cut can).
    /// `replacing: false` refuses (EEXIST) to overwrite an existing file, without a race.
    public static func write(_ bytes: [UInt8], to url: URL, durable: Bool = true, staging: URL? = nil,
                             replacing: Bool = true, mode: mode_t? = nil) throws(WriteError) {
        try StagedFiles.stage([(url, bytes)], durable: durable, staging: staging, mode: mode).commit(replacing: replacing)
    }

    /// Removes temporary files that killed runs left in `folder` (only those whose process
    /// is gone: a run writing there right now keeps its own).
    public static func sweep(_ folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            guard let pid = TemporaryName.owner(of: name), TemporaryName.isGone(pid) else { continue }
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { unlink(path) }
        }
    }
}
