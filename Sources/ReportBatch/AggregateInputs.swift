import Foundation
import ReportExport

/// The inputs of one `aggregate`, opened and checked before a number is added: the same file
/// named twice, or the output among the inputs, would silently double a total.
public struct AggregateInputs: Sendable {
    public private(set) var inputs: [(path: String, input: BatchInput)] = []
    /// Inputs that could not be opened: counted as failed reports.
    public private(set) var problems: [String] = []
    /// Files skipped, each said once.
    public private(set) var warnings: [String] = []
    /// Misuse of the command (a file named twice, the output among the inputs): when any,
    /// nothing may be read further and nothing written.
    public private(set) var usage: [String] = []

    /// Marks a file `aggregate` wrote (its first line, see `Aggregation.yaml`).
    static let marker = "# 由 gkexport aggregate 汇总"

    /// Opens every input, noting in `usage` a file named twice or the output among the inputs.
    public init(_ paths: [String], output: String, templates: TemplateLibrary) {
        let out = FileIdentity(output)
        var seen: [FileIdentity: String] = [:]
        func claim(_ path: String, as mention: String) {
            guard let id = FileIdentity(path) else { return }
            if id == out {
                usage.append("\(mention) 就是输出文件 \(output)：汇总结果会覆盖这份输入 → -o 另选一个文件名")
            } else if let earlier = seen[id] {
                usage.append("同一个文件出现了两次：\(earlier)，又是\(mention)；汇总会把这个单位算两遍 → 每份报告只给一次")
            } else {
                seen[id] = mention
            }
        }
        for path in paths {
            let input: BatchInput
            do {
                input = try BatchInput.open(path, templates: templates)
            } catch {
                problems.append(error.description)
                continue
            }
            var isDirectory: ObjCBool = false
            let folder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            guard case .files(let files) = input else {
                claim(path, as: "表格 \(path)")
                inputs.append((path, input))
                continue
            }
            var kept: [String] = []
            for file in files {
                if folder {
                    // The output (an earlier run's) and other totals in an input folder are not
                    // agencies: skipped, said, never summed again.
                    if let out, FileIdentity(file) == out { continue }
                    if Self.isAggregate(file) {
                        warnings.append("\(file)：是 gkexport aggregate 写出的汇总文件，已跳过（要汇总它，单独给出这个文件）")
                        continue
                    }
                }
                claim(file, as: file == path ? "参数 \(file)" : folder ? "文件夹 \(path) 中的 \(file)" : "清单 \(path) 所列的 \(file)")
                kept.append(file)
            }
            if !folder, files.count != 1 || files.first != path { claim(path, as: "清单 \(path)") }
            inputs.append((path, .files(kept)))
        }
    }

    /// True when `path` begins with the line `aggregate` writes first.
    static func isAggregate(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        return head.starts(with: Data(marker.utf8))
    }
}
