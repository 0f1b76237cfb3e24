import Foundation
import ReportExport

/// What makes a folder the same folder whatever path names it: its device and inode.
struct FolderIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the folder at `path` (links followed), or nil if it is no folder.
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// `path` with every link resolved (realpath); for a path not there yet, its nearest
    /// existing ancestor resolved and the rest appended.
    static func realPath(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if let resolved = realpath(absolute, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let url = URL(fileURLWithPath: absolute)
        let parent = url.deletingLastPathComponent().path
        guard parent != absolute, !parent.isEmpty else { return absolute }
        return URL(fileURLWithPath: realPath(parent)).appendingPathComponent(url.lastPathComponent).path
    }
}
