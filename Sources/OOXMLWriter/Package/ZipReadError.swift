/// Why an archive could not be read. Every limit is a typed error, never a crash or a hang.
/// Descriptions reach users (import, golden): Chinese, naming the entry, with what to do.
public enum ZipReadError: Error, Equatable, CustomStringConvertible {
    case notAZip
    case truncated
    case tooManyEntries(limit: Int)
    case unsafeName(String)
    /// Two entries of one name: a real Office file never has them, and which one a reader
    /// takes differs between programs — so the file is refused rather than read either way.
    case duplicateName(String)
    case entryTooLarge(name: String, limit: Int)
    case archiveTooLarge(limit: Int)
    case suspiciousRatio(name: String)
    case unsupportedMethod(name: String, method: UInt16)
    case corrupt(name: String)
    case missing(name: String)

    static let resave = "→ 用 Word、WPS 或 LibreOffice 打开后另存为新文件再试"

    public var description: String { reason + " " + Self.resave }

    /// What is wrong, without advice (callers that know better what to do add their own).
    public var reason: String {
        switch self {
        case .notAZip: return "不是 ZIP 压缩包（DOCX、ODT 都是 ZIP 格式），文件可能已损坏或扩展名不对"
        case .truncated: return "ZIP 压缩包不完整（可能没有下载或复制完）"
        case .tooManyEntries(let limit): return "ZIP 压缩包里超过 \(limit) 个文件（上限）"
        case .unsafeName(let name): return "ZIP 压缩包里有不安全的文件名“\(name)”（绝对路径或含 ..，可能指向压缩包以外），已拒绝"
        case .duplicateName(let name): return "ZIP 压缩包里有两个同名的文件“\(name)”（正常的 Office 文件不会这样），已拒绝"
        case .entryTooLarge(let name, let limit): return "ZIP 压缩包里的 \(name) 解压后超过 \(megabytes(limit))（上限）"
        case .archiveTooLarge(let limit): return "ZIP 压缩包解压后共超过 \(megabytes(limit))（上限）"
        case .suspiciousRatio(let name): return "ZIP 压缩包里的 \(name) 压缩比异常高（zip 炸弹的特征），已拒绝"
        case .unsupportedMethod(let name, let method): return "ZIP 压缩包里的 \(name) 使用了不支持的压缩方式（\(method)）"
        case .corrupt(let name): return "ZIP 压缩包里的 \(name) 已损坏（解压失败或校验不符）"
        case .missing(let name): return "ZIP 压缩包里没有 \(name)（不是 Word 或 ODT 文档，或文件名用了反斜杠）"
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(max(1, bytes >> 10)) KB"
    }
}
