import Foundation

/// Hands out output names in the order asked (`OutputName.stem`), and for a second report
/// with the same name `…（2）`, so no report overwrites another within one run — two editions
/// of one agency and year included. Names compare case-insensitively, as Windows and macOS
/// file systems do.
public final class NameRegistry: @unchecked Sendable {
    private var taken = Set<String>()
    private let lock = NSLock()

    public init() {}

    /// The file name stem (no extension) for this agency, year and (resolved) edition.
    public func claim(agency: String, year: Int, edition: String? = nil) -> String {
        let base = OutputName.stem(agency: agency, year: year, edition: edition)
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
