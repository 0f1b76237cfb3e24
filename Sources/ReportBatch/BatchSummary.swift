import Foundation
import ReportExport

/// `DIR/summary.json`: the whole batch at a glance, for machines. No clock in it, so the same
/// batch gives the same file.
public struct BatchSummary: Codable, Sendable {
    public var input: String
    public var formats: [String]
    public var total: Int
    public var succeeded: Int
    public var failed: Int
    /// Items not reached because the batch was interrupted.
    public var notRun: Int
    public var results: [BatchResult]

    public init(input: String, formats: [OutputFormat], total: Int, results: [BatchResult]) {
        self.input = input
        self.formats = formats.map(\.rawValue)
        self.total = total
        self.results = results
        succeeded = results.filter { $0.status != .failed }.count
        failed = results.filter { $0.status == .failed }.count
        notRun = total - results.count
    }

    public func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    /// `DIR/summary.json`, written atomically; on failure any earlier one is gone too, so
    /// no summary on disk ever describes a different run. `mode` is the earlier summary's
    /// (removed at the start of the run), so a summary made private stays private.
    public func write(in directory: URL, mode: mode_t? = nil) throws(WriteError) {
        do {
            try AtomicFile.write(json(), to: directory.appendingPathComponent(Self.fileName), mode: mode)
        } catch {
            Self.removeStale(in: directory)
            throw error
        }
    }

    public static let fileName = "summary.json"

    /// Removes an earlier run's summary (a regular file only; anything else stays) and
    /// returns its mode.
    @discardableResult
    static func removeStale(in directory: URL) -> mode_t? { removeStale(fileName, in: directory) }

    /// Removes an earlier run's `name` (summary.json, 汇总.xlsx) if it is a regular file, and
    /// returns its mode.
    @discardableResult
    static func removeStale(_ name: String, in directory: URL) -> mode_t? {
        let path = directory.appendingPathComponent(name).path
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, unlink(path) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}
