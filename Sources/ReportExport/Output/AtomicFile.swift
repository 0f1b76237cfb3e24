import Foundation

/// Writes a file so that it is either all there or not there. On Linux the bytes go to an
/// unnamed file (`O_TMPFILE`) in the target's folder, which is given a name only when complete,
/// so even a killed process leaves nothing half-written behind; elsewhere, to a hidden temporary
/// name renamed over the target. An earlier file of the same name stays intact until then.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "无法写入 \(path)：\(reason)" }
    }

    /// Temporary names carry this, so a later run can sweep what a killed one left.
    public static let temporaryMarker = ".gkexport-tmp"

    /// `durable` adds an fsync before the rename: for a single document, not for a batch
    /// of thousands (a kill cannot lose page-cache data; only a power cut can).
    ///
    /// `staging`, a folder on the same file system but outside the target's folder, holds the
    /// temporary file instead (a batch writes thousands of files, and an unnamed file costs ext4
    /// a global orphan-list lock each time).
    public static func write(_ bytes: [UInt8], to url: URL, durable: Bool = true, staging: URL? = nil) throws(WriteError) {
        let folder = url.deletingLastPathComponent().path
        let temp = (staging ?? url.deletingLastPathComponent())
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))\(temporaryMarker)").path
        #if os(Linux)
        // O_TMPFILE is (__O_TMPFILE | O_DIRECTORY); Swift does not import the macro.
        let unnamed = staging == nil ? open(folder, 0o20_200_000 | O_WRONLY, 0o644) : -1
        #else
        let unnamed: Int32 = -1
        #endif
        let fd = unnamed >= 0 ? unnamed : open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw WriteError(path: url.path, reason: String(cString: strerror(errno))) }
        var failure: String?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
        if failure == nil && durable && fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if failure == nil && unnamed >= 0 {
            // Give the finished file a (temporary) name, then rename it over the target.
            if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, temp, AT_SYMLINK_FOLLOW) != 0 {
                failure = String(cString: strerror(errno))
            }
        }
        close(fd)
        if failure == nil && rename(temp, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temp)
            throw WriteError(path: url.path, reason: failure)
        }
    }

    /// Removes temporary files a killed run left in `folder`.
    public static func sweep(_ folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(temporaryMarker) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }
}
