import Foundation

/// A private working folder under the system's temporary folder (`TMPDIR`), made with a
/// message a person can act on when that folder is missing, full or not writable.
public enum TemporaryFolder {
    public static func make(_ label: String) throws(WriteError) -> URL {
        let base = FileManager.default.temporaryDirectory
        let url = base.appendingPathComponent("\(label)-\(getpid())-\(UUID().uuidString)")
        guard mkdir(url.path, 0o700) == 0 else { throw failure(base, errno) }
        return url
    }

    /// What to say when the temporary folder `base` refused a file or folder.
    public static func failure(_ base: URL, _ code: Int32) -> WriteError {
        let reason = code == ENOENT ? "这个文件夹不存在" : WriteError.explain(code).0
        let variable = ProcessInfo.processInfo.environment["TMPDIR"].map { "（环境变量 TMPDIR=\($0)）" } ?? ""
        return WriteError(path: "临时文件夹 \(base.path)\(variable)", reason: reason,
                          hint: "让这个文件夹存在并可写，或把 TMPDIR 设为一个可写的文件夹，例如 TMPDIR=$HOME/tmp")
    }
}
