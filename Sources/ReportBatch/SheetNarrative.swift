import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportExport

/// The narrative text file a CSV sheet's cell names (overview, problems, other). A sheet comes
/// from someone else: its cells may name any path, so only regular files inside the sheet's own
/// folder are read — relative paths, resolved through links and `..` before the check — and
/// no more of them than a report file may hold.
struct SheetNarrative {
    /// The folder every narrative file must lie in, links resolved.
    let folder: String

    init(sheetPath: String) {
        let parent = URL(fileURLWithPath: sheetPath).deletingLastPathComponent().path
        folder = Self.resolved(parent) ?? URL(fileURLWithPath: parent).standardizedFileURL.path
    }

    struct Failure: Error {
        let message: String
        let hint: String
    }

    /// The text of the file `cell` names; `column` is "overview 列" etc. for messages.
    func read(_ cell: String, column: String) throws(Failure) -> (text: String, path: String, note: String?) {
        let inside = "叙述文字文件须放在表格所在的文件夹（或其子文件夹）里，用相对路径写，如 texts/overview.txt"
        if cell.hasPrefix("/") {
            throw Failure(message: "\(column)写的是绝对路径“\(cell)”，不予读取", hint: inside)
        }
        // `..` that climbs out is refused as written, whether or not the file exists.
        if !Self.staysInside(cell) {
            throw Failure(message: "\(column)所指的文件“\(cell)”在表格所在的文件夹以外，不予读取", hint: inside)
        }
        let joined = (folder as NSString).appendingPathComponent(cell)
        guard let path = Self.resolved(joined) else {
            let reason = errno == ENOENT || errno == ENOTDIR ? "不存在" : "无法打开（\(String(cString: strerror(errno)))）"
            throw Failure(message: "\(column)所指的文件“\(cell)”\(reason)", hint: "文件路径相对于表格所在的文件夹：\(folder)")
        }
        guard path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") else {
            throw Failure(message: "\(column)所指的文件“\(cell)”在表格所在的文件夹以外（\(path)），不予读取", hint: inside)
        }
        let data: Data
        do {
            data = try BoundedRead.file(path, cap: BoundedRead.Cap.narrativeFile)
        } catch .tooLarge(let cap, let size) {
            throw Failure(message: "\(column)所指的文件“\(cell)”过大（\(size.map { "\($0 >> 20) MB" } ?? "超过上限")，上限 \(cap >> 20) MB）",
                          hint: "叙述文字每部分通常不过几千字；确认文件选对了")
        } catch {
            throw Failure(message: "\(column)所指的文件“\(cell)”无法读取：\(error.reason)", hint: error.hint)
        }
        var bytes = [UInt8](data)
        if let foreign = LegacyEncoding.unicodeBOM(bytes) {
            throw Failure(message: "\(column)所指的文件“\(cell)”是 \(foreign) 编码", hint: "另存为 UTF-8 或 GB18030（ANSI）文本")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        do {
            let decoded = try LineDecoding.decode(bytes)
            return (decoded.text, path, decoded.note)
        } catch {
            throw Failure(message: "\(column)所指的文件“\(cell)”第 \(error.line) 行既不是 UTF-8 也不是 GB18030 编码的文字",
                          hint: "另存为 UTF-8 文本")
        }
    }

    /// Whether a relative path, read component by component, never climbs above its start.
    static func staysInside(_ relative: String) -> Bool {
        var depth = 0
        for part in relative.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return false }
        }
        return true
    }

    /// `path` with every link and `..` resolved, or nil (errno says why).
    static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
