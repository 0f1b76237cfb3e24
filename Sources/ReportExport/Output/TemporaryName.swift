import Foundation

/// Names of the hidden files and folders a run keeps while writing:
/// `.<name>.<pid>-<random>[-old].gkexport-tmp`. The process id lets a later run tell the
/// leftovers of a killed run (owner gone: safe to remove) from those of a live one.
enum TemporaryName {
    static let marker = ".gkexport-tmp"

    static func make(for name: String, kind: String = "") -> String {
        ".\(name).\(getpid())-\(UInt32.random(in: 0...UInt32.max))\(kind)\(marker)"
    }

    /// The owning process id of a temporary name, or nil if `name` is not one.
    static func owner(of name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(marker) else { return nil }
        let body = name.dropLast(marker.count)
        guard let dot = body.lastIndex(of: ".") else { return nil }
        return body[body.index(after: dot)...].split(separator: "-").first.flatMap { pid_t($0) }
    }

    /// True when no process has this id any more (a reused id keeps the file: the safe side).
    static func isGone(_ pid: pid_t) -> Bool {
        pid > 0 && kill(pid, 0) != 0 && errno == ESRCH
    }
}
