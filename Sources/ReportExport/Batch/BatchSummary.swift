import Foundation

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
}
