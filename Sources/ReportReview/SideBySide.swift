/// Two passages shown side by side, sentence against its closest sentence of the other:
/// ＝ same (numbers aside), ≈ mostly shared, ≠ different.
enum SideBySide {
    static let shown = 4
    static let width = 28

    static func lines(_ mine: String, _ theirs: String) -> [String] {
        let a = split(mine), b = split(theirs)
        let bHashes = b.map { Set(Shingles($0, n: 3).hashes) }
        var out = ["本报告" + String(repeating: "　", count: width / 2 - 2) + "｜对方"]
        for sentence in a.prefix(shown) {
            let h = Set(Shingles(sentence, n: 3).hashes)
            var best = -1, bestScore = 0.0
            for (i, other) in bHashes.enumerated() {
                let union = h.union(other).count
                let score = union == 0 ? 0 : Double(h.intersection(other).count) / Double(union)
                if score > bestScore { best = i; bestScore = score }
            }
            let mark = bestScore >= 0.999 ? "＝" : bestScore >= 0.5 ? "≈" : "≠"
            out.append("\(mark) \(pad(sentence.clipped(width)))｜\(best >= 0 ? b[best].clipped(width) : "")")
        }
        if a.count > shown { out.append("……（共 \(a.count) 句）") }
        return out
    }

    static func split(_ text: String) -> [String] {
        var out: [String] = [], current = ""
        for ch in text {
            if ch == "\n" {
                if !current.isEmpty { out.append(current) }
                current = ""
                continue
            }
            current.append(ch)
            if "。！？；".contains(ch) { out.append(current); current = "" }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Pads to `width` display columns with full-width spaces (CJK text is two columns a character).
    static func pad(_ s: String) -> String {
        let columns = s.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
        let target = (width + 1) * 2
        return columns >= target ? s : s + String(repeating: " ", count: target - columns)
    }
}
