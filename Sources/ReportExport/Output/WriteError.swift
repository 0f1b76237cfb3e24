import Foundation

/// Why a file could not be written, said in Chinese with what to do about it.
public struct WriteError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public let hint: String

    public init(path: String, reason: String, hint: String) {
        self.path = path
        self.reason = reason
        self.hint = hint
    }

    /// From a failed system call's `errno`.
    public init(path: String, errno code: Int32) {
        let (reason, hint) = Self.explain(code)
        self.init(path: path, reason: reason, hint: hint)
    }

    public var description: String { "无法写入 \(path)：\(reason)\n    → \(hint)" }

    static func explain(_ code: Int32) -> (String, String) {
        switch code {
        case ENOSPC, EDQUOT: return ("磁盘空间不足", "腾出磁盘空间，或换一个输出文件夹，然后重新运行")
        case EACCES, EPERM: return ("没有写入权限", "检查这个文件夹（和同名旧文件）的权限，或换一个输出文件夹")
        case EROFS: return ("文件系统是只读的", "换一个可以写入的输出文件夹")
        case EISDIR: return ("已有一个同名的文件夹", "移走或改名这个文件夹，然后重新运行")
        case ENOENT: return ("所在的文件夹不存在", "先创建这个文件夹，或换一个输出文件夹")
        case ENOTDIR: return ("路径中有一段不是文件夹", "检查输出路径")
        case ENAMETOOLONG: return ("路径太长", "换一个较短的输出路径")
        case EEXIST: return ("文件已存在，不会覆盖", "换一个文件名，或先删去已有的文件")
        case EMLINK, EXDEV: return ("文件系统不支持所需的硬链接或改名（\(String(cString: strerror(code)))）", "换一个本地磁盘上的输出文件夹")
        default: return ("系统错误：\(String(cString: strerror(code)))", "检查输出文件夹和磁盘，然后重新运行")
        }
    }
}
