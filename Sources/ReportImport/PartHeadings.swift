import ReportExport
/// Finds the six part headings by their order and by how much they look like the official
/// ones, not by exact text: agencies write "五、政府信息公开工作存在的主要问题及改进情况",
/// "五、存在的主要问题及整改措施", even "行政法复议".
enum PartHeadings {
    static let numerals: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]

    /// A heading's number and title, if the paragraph is shaped like a part heading.
    static func split(_ paragraph: String) -> (number: Int, title: String)? {
        let t = LabelMatching.normalize(paragraph.replacingOccurrences(of: "#", with: ""))
        guard t.count <= 48, let first = t.first, numerals[first] != nil || first == "第" else { return nil }
        if let m = t.firstMatch(of: /^([一二三四五六七八九十])[、.．，:：]\s*(.{2,})$/), let n = numerals[m.1.first!] {
            return (n, String(m.2).trimmingCharacters(in: ["：", ":", "。"]))
        }
        if let m = t.firstMatch(of: /^第([一二三四五六七八九十])部分[、：:]?(.{2,})$/), let n = numerals[m.1.first!] {
            return (n, String(m.2))
        }
        return nil
    }

    /// Dice coefficient of the two texts' character bigrams: 1 for the same text, 0 for
    /// nothing in common.
    static func similarity(_ a: String, _ b: String) -> Double {
        func bigrams(_ s: String) -> [String: Int] {
            let c = Array(s)
            guard c.count > 1 else { return [s: 1] }
            var out: [String: Int] = [:]
            for i in 0..<(c.count - 1) { out[String(c[i...i + 1]), default: 0] += 1 }
            return out
        }
        let x = bigrams(a), y = bigrams(b)
        let shared = x.reduce(0) { $0 + min($1.value, y[$1.key] ?? 0) }
        let total = x.values.reduce(0, +) + y.values.reduce(0, +)
        return total == 0 ? 0 : 2 * Double(shared) / Double(total)
    }

    /// Block index → part index for every paragraph taken as a part heading, in order, and a
    /// note for each heading that is not worded as the form words it.
    static func find(_ paragraphs: [(block: Int, text: String)], parts: [FormatSpec.Part]) -> (parts: [Int: Int], corrected: [String]) {
        var found: [Int: Int] = [:]
        var corrected: [String] = []
        var current = -1
        let titles = parts.map { LabelMatching.normalize($0.title) }
        for (block, text) in paragraphs {
            guard let heading = split(text) else { continue }
            let scores = titles.map { similarity(heading.title, $0) }
            var part: Int?
            let numbered = heading.number - 1
            if numbered > current, numbered < parts.count {
                // The expected number and a title like the form's; the next part in order
                // may be worded more freely than one out of order.
                let threshold = numbered == current + 1 ? 0.3 : 0.5
                if scores[numbered] >= threshold || heading.title.contains(titles[numbered]) { part = numbered }
            }
            if part == nil, let best = scores.indices.filter({ $0 > current }).max(by: { scores[$0] < scores[$1] }), scores[best] >= 0.7 {
                part = best
            }
            guard let part else { continue }
            found[block] = part
            current = part
            let official = LabelMatching.normalize(parts[part].heading)
            if LabelMatching.normalize(text.replacingOccurrences(of: "#", with: "")) != official {
                corrected.append("标题「\(text.replacingOccurrences(of: "#", with: "").trimmedSpaces)」→「\(parts[part].heading)」")
            }
        }
        return (found, corrected)
    }
}
