import Foundation
import ReportExport

/// A small line diff of two canonical XML texts, one tag a line: the changed stretch between
/// the common head and tail, at most `limit` lines each side.
enum LineDiff {
    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "><", with: ">\n<").components(separatedBy: "\n")
    }

    static func diff(_ old: [UInt8], _ new: [UInt8], limit: Int = 6) -> [String] {
        let a = lines(old), b = lines(new)
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let removed = a[head..<(a.count - tail)], added = b[head..<(b.count - tail)]
        var out = ["@@ line \(head + 1)"]
        out += removed.prefix(limit).map { "- " + String($0.prefix(160)) }
        if removed.count > limit { out.append("- …（另有 \(removed.count - limit) 行）") }
        out += added.prefix(limit).map { "+ " + String($0.prefix(160)) }
        if added.count > limit { out.append("+ …（另有 \(added.count - limit) 行）") }
        return out
    }
}
