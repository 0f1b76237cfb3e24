import Foundation

/// Creating an output folder (and its parents) with a message that says why it failed.
public enum OutputFolder {
    public static func make(_ url: URL) throws(WriteError) {
        _ = try create(url)
    }

    /// As `make`; returns the folders it made, outermost first, so a run that writes nothing
    /// can take them away again.
    public static func create(_ url: URL) throws(WriteError) -> [URL] {
        var created: [String] = []
        let code = make(path: url.path, created: &created)
        if code != 0 { throw WriteError(path: url.path, errno: code) }
        return created.map { URL(fileURLWithPath: $0) }
    }

    /// 0, or the errno of the first folder that could not be made.
    static func make(path: String, created: inout [String]) -> Int32 {
        var info = stat()
        if stat(path, &info) == 0 { return (info.st_mode & S_IFMT) == S_IFDIR ? 0 : ENOTDIR }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path {
            let code = make(path: parent, created: &created)
            if code != 0 { return code }
        }
        if mkdir(path, 0o777) == 0 {
            created.append(path)
            return 0
        }
        return errno == EEXIST ? 0 : errno
    }
}
