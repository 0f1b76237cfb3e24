import Foundation

/// Hands out output names in the order asked: `<agency><year>年政府信息公开工作年度报告`, and for
/// a second report with the same name `…（2）`, so no agency overwrites another within one run.
/// Names compare case-insensitively, as Windows and macOS file systems do.
public final class NameRegistry: @unchecked Sendable {
    private var taken = Set<String>()
    private let lock = NSLock()

    public init() {}

    /// The file name stem (no extension) for this agency and year.
    public func claim(agency: String, year: Int) -> String {
        let base = OutputName.sanitize("\(agency)\(year)年政府信息公开工作年度报告")
        lock.lock()
        defer { lock.unlock() }
        var candidate = base
        var n = 1
        while taken.contains(candidate.lowercased()) {
            n += 1
            candidate = "\(base)（\(n)）"
        }
        taken.insert(candidate.lowercased())
        return candidate
    }
}
