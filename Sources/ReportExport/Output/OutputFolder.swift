import Foundation

/// Creating an output folder (and its parents) with a message that says why it failed.
public enum OutputFolder {
    public static func make(_ url: URL) throws(WriteError) {
        let code = make(path: url.path)
        if code != 0 { throw WriteError(path: url.path, errno: code) }
    }

    /// 0, or the errno of the first folder that could not be made.
    static func make(path: String) -> Int32 {
        var info = stat()
        if stat(path, &info) == 0 { return (info.st_mode & S_IFMT) == S_IFDIR ? 0 : ENOTDIR }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path {
            let code = make(path: parent)
            if code != 0 { return code }
        }
        return mkdir(path, 0o777) == 0 || errno == EEXIST ? 0 : errno
    }
}
