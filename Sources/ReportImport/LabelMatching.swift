import ReportExport
/// Matching printed labels to the official ones: white space of every kind (`&nbsp;`, full
/// width) and in-cell line breaks go, "1、" and "（1）" are read as "1.", and the wordings local
/// reports are known to use (formats.md's list of the seed's typos among them) map onto the
/// official row.
enum LabelMatching {
    /// Known local wordings, normalized, → the official label, normalized.
    static let aliases: [String: String] = [
        "第二十六条第（六）项": "第二十条第（六）项",
        "（二）部分公开（区分处理的），只计这一情形，不计其他情形": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "（三）不予以公开": "（三）不予公开",
        "5.属于第三类内部事务信息": "5.属于三类内部事务信息",
        "1.信访举报类申请": "1.信访举报投诉类申请",
        "规范性文件": "行政规范性文件",
        "3.危及三安全一稳定": "3.危及“三安全一稳定”",
    ]

    static func normalize(_ s: String) -> String {
        var out = ""
        var previousDigit = false
        for c in CellText.squeezed(s) {
            if (c == "、" || c == "．" || c == "，") && previousDigit {
                out.append(".")
            } else if c == "(" {
                out.append("（")
            } else if c == ")" {
                out.append("）")
            } else if c == "*" || c == "`" {
                continue  // Markdown emphasis around a label
            } else {
                out.append(c)
            }
            previousDigit = c.isASCII && c.isNumber
        }
        // "（1）属于国家秘密": a sub-row numbered in brackets is the form's "1.". (By hand: a
        // regex literal is parsed anew on every call, and this runs for every cell.)
        let c = Array(out.prefix(4))
        if c.count == 4, c[0] == "（", c[1].isASCII, c[1].isNumber, c[1] != "0", c[2] == "）" {
            out = "\(c[1])." + out.dropFirst(3)
        }
        return out
    }

    /// The official label among `candidates` that `printed` stands for, and whether it took a
    /// correction (alias, near miss, a note in brackets) to get there.
    static func match(_ printed: String, in candidates: [String]) -> (label: String, corrected: Bool)? {
        match(printed, normalized: candidates.map { ($0, normalize($0)) })
    }

    /// `match` against candidates normalized once by the caller.
    static func match(_ printed: String, normalized: [(String, String)]) -> (label: String, corrected: Bool)? {
        let n = normalize(printed)
        guard !n.isEmpty else { return nil }
        if let exact = normalized.first(where: { $0.1 == n }) { return (exact.0, false) }
        if let alias = aliases[n], let hit = normalized.first(where: { $0.1 == alias }) { return (hit.0, true) }
        // A near miss: a character or two off, on a label long enough to be unambiguous.
        // Distances past the limit are only known as such (BoundedEditDistance): imported text
        // is hostile, and a long label must not cost its length times every label's.
        if n.count >= 4 {
            let limit = max(1, n.count / 6), scalars = Array(n.unicodeScalars)
            var best: (label: String, distance: Int)?
            var tied = false
            for (label, candidate) in normalized {
                let d = BoundedEditDistance.atMost(limit, scalars, Array(candidate.unicodeScalars))
                guard d <= limit else { continue }
                if let b = best, d >= b.distance {
                    if d == b.distance { tied = true }
                } else {
                    best = (label, d)
                    tied = false
                }
            }
            if let best, !tied { return (best.label, true) }
        }
        // A unit or note in brackets after the label: 行政许可（件）.
        if n.hasSuffix("）"), let open = n.lastIndex(of: "（"), n.distance(from: n.startIndex, to: open) >= 2 {
            let head = String(n[..<open])
            if let hit = normalized.first(where: { $0.1 == head }) { return (hit.0, true) }
        }
        return nil
    }

    /// Whether a cell's text is a value (a count, a signed change, an amount).
    static func isValue(_ s: String) -> Bool {
        if case .number = CellText.classify(s) { return true }
        return false
    }
}
