/// Matching printed labels to the official ones: white space and in-cell line breaks go,
/// "1、" is read as "1.", and the wordings local reports are known to use (formats.md's list of
/// the seed's typos among them) map onto the official row.
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
        // By Unicode scalar, not Character: Character comparison is a string comparison, and
        // this runs for every label of every edition on every imported cell.
        var out = String.UnicodeScalarView()
        var previousDigit = false
        for c in s.unicodeScalars {
            switch c {
            case " ", "\n", "\t", "\r", "\u{3000}": continue
            case "、", "．" where previousDigit: out.append(".")
            case "(": out.append("（")
            case ")": out.append("）")
            default: out.append(c)
            }
            previousDigit = c >= "0" && c <= "9"
        }
        return String(out)
    }

    /// Official labels with their normalized forms, normalized once per table rather than once
    /// per imported cell.
    struct Candidates {
        let labels: [(label: String, scalars: [Unicode.Scalar])]
        /// Normalized form → the first label with it.
        let byNormalized: [String: String]

        init(_ labels: [String]) {
            let normalized = labels.map { ($0, LabelMatching.normalize($0)) }
            self.labels = normalized.map { ($0.0, Array($0.1.unicodeScalars)) }
            byNormalized = Dictionary(normalized.map { ($0.1, $0.0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    static func match(_ printed: String, in candidates: [String]) -> (label: String, corrected: Bool)? {
        match(printed, in: Candidates(candidates))
    }

    /// The official label among `candidates` that `printed` stands for, and whether it took a
    /// correction (alias or near miss) to get there.
    static func match(_ printed: String, in candidates: Candidates) -> (label: String, corrected: Bool)? {
        let n = normalize(printed)
        guard !n.isEmpty else { return nil }
        if let exact = candidates.byNormalized[n] { return (exact, false) }
        if let alias = aliases[n], let hit = candidates.byNormalized[alias] { return (hit, true) }
        // A near miss: a character or two off, on a label long enough to be unambiguous.
        guard n.count >= 4 else { return nil }
        // The one nearest label within the limit; distances past it are only known as such
        // (bounded: imported text is hostile).
        let limit = max(1, n.count / 6), scalars = Array(n.unicodeScalars)
        var best: (label: String, distance: Int)?
        var tied = false
        for candidate in candidates.labels {
            let d = BoundedEditDistance.atMost(limit, scalars, candidate.scalars)
            guard d <= limit else { continue }
            if let b = best, d >= b.distance {
                if d == b.distance { tied = true }
            } else {
                best = (candidate.label, d)
                tied = false
            }
        }
        guard let best, !tied else { return nil }
        return (best.label, true)
    }

    /// Whether a cell's text is a value (a count, a signed change, an amount).
    static func isValue(_ s: String) -> Bool {
        let t = s.trimmedSpaces
        guard let first = t.first, first.isNumber || first == "-" || first == "+" else { return false }
        return ValueParser.isDecimalAmount(t.hasPrefix("+") ? String(t.dropFirst()) : t)
    }
}
