import ReportExport
/// Edit distance for "is this a near miss?": only whether it is at most `limit` matters, so
/// strings whose lengths differ by more are not compared at all, and the table stops at the
/// first row whose every entry is past the limit (entries never shrink row to row). A long
/// or hostile label thus costs about `limit` rows instead of its length times the label's.
enum BoundedEditDistance {
    /// The Levenshtein distance of `a` and `b`, by Unicode scalar (no grapheme breaking: labels
    /// are CJK and ASCII), if it is at most `limit`, else `limit + 1`.
    static func atMost(_ limit: Int, _ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var smallest = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                smallest = min(smallest, current[j])
            }
            if smallest > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return min(previous[b.count], limit + 1)
    }
}
