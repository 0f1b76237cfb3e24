import Foundation

/// Names of the hidden files a run keeps while writing: `.gkexport-tmp-<pid>-<16 hex>[-old]`.
/// Short and of fixed length whatever the target's name, so any name the file system takes
/// (up to 255 bytes) can be written through one. The process id lets a later run tell the
/// leftovers of a killed run (owner gone: safe to remove) from those of a live one.
public enum TemporaryName {
    public static let prefix = ".gkexport-tmp-"
    /// The suffix of the names earlier versions used (`.<name>.<pid>-<random>.gkexport-tmp`):
    /// still recognized, so their leftovers are swept too.
    public static let marker = ".gkexport-tmp"

    public static func make(for name: String, kind: String = "") -> String {
        // Hex by hand: `String(format:)` goes through Foundation's formatter, once per file.
        let hex = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return "\(prefix)\(getpid())-\(String(repeating: "0", count: 16 - hex.count))\(hex)\(kind)"
    }

    /// The owning process id of a temporary name, or nil if `name` is not one.
    public static func owner(of name: String) -> pid_t? {
        if name.hasPrefix(prefix) {
            return name.dropFirst(prefix.count).split(separator: "-").first.flatMap { pid_t($0) }
        }
        guard name.hasPrefix("."), name.hasSuffix(marker) else { return nil }
        let body = name.dropLast(marker.count)
        guard let dot = body.lastIndex(of: ".") else { return nil }
        return body[body.index(after: dot)...].split(separator: "-").first.flatMap { pid_t($0) }
    }

    /// True when no process has this id any more (a reused id keeps the file: the safe side).
    public static func isGone(_ pid: pid_t) -> Bool {
        pid > 0 && kill(pid, 0) != 0 && errno == ESRCH
    }
}
