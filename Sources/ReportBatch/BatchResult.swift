import Foundation
import ReportExport

/// What became of one agency in a batch: `DIR/summary.json` holds one per input.
public struct BatchResult: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        /// Rendered; `files` lists what was written.
        case ok
        /// Rendered with broken 勾稽关系 allowed (`--allow-invalid`): see the diagnostics.
        case warnings
        /// Not rendered: the diagnostics say why.
        case failed
    }

    /// The report file, or `sheet.csv:7` for a sheet row.
    public var input: String
    public var agency: String
    public var year: Int?
    public var status: Status
    /// File names written into the output folder.
    public var files: [String]
    public var diagnostics: [String]
}

extension BatchResult {
    /// The most diagnostics kept for one agency in summary.json; `validate` on the input lists
    /// them all (up to its own caps).
    public static let maxDiagnostics = 20

    /// At most `maxDiagnostics` lines while the run's budget lasts, the rest counted in one line:
    /// 100,000 broken rows must not make a gigabyte of JSON or of memory.
    static func capped(_ lines: [String], input: String, budget: DiagnosticBudget) -> [String] {
        let kept = budget.take(min(lines.count, maxDiagnostics))
        guard kept < lines.count else { return lines }
        let why = kept < min(lines.count, maxDiagnostics)
            ? "本次运行已记入 \(DiagnosticBudget.maxLines) 处问题（上限）"
            : "每个单位最多记入 \(maxDiagnostics) 处"
        return Array(lines.prefix(kept))
            + ["另有 \(lines.count - kept) 处问题未记入 summary.json（\(why)）→ gkexport validate \(input) 列出全部"]
    }
}

/// What a batch run may still keep of diagnostics, shared by its workers.
public final class DiagnosticBudget: @unchecked Sendable {
    /// Diagnostics kept in one run's summary.json, over all agencies.
    public static let maxLines = 10_000
    private var left = DiagnosticBudget.maxLines
    private let lock = NSLock()

    public init() {}

    /// Up to `wanted` of what is left, taken.
    func take(_ wanted: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let n = min(wanted, left)
        left -= n
        return n
    }
}
