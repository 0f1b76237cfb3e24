import Foundation

/// Hands out output names in the order asked (`OutputName.stem`), and for a second report
/// with the same name `…（2）`, so no report overwrites another within one run — two editions
/// of one agency and year included. Names compare case-insensitively, as Windows and macOS
/// file systems do.
public final class NameRegistry: @unchecked Sendable {
    private var taken = Set<String>()
    /// Per base name (lowercased): the number to try next, so k reports of one name cost O(k)
    /// in all rather than O(k²).
    private var next: [String: Int] = [:]
    private let lock = NSLock()

    public init() {}

    /// The file name stem (no extension) for this agency, year and (resolved) edition.
    public func claim(agency: String, year: Int, edition: String? = nil) -> String {
        let base = OutputName.stem(agency: agency, year: year, edition: edition)
        lock.lock()
        defer { lock.unlock() }
        let key = base.lowercased()
        if taken.insert(key).inserted { return base }
        // A number already taken literally (a report whose own name is "X（3）") is skipped;
        // each skip is paid once, since `next` only moves forward.
        var n = next[key] ?? 2
        var candidate = "\(base)（\(n)）"
        while !taken.insert(candidate.lowercased()).inserted {
            n += 1
            candidate = "\(base)（\(n)）"
        }
        next[key] = n + 1
        return candidate
    }
}
