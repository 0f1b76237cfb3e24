import ReportExport
/// What a table cell of a published report holds: a number (perhaps with a note the agency
/// wrote beside it), a blank or a placeholder that the form reads as "none", or text.
enum CellText: Equatable {
    /// `value` is the number as it will be parsed; `note` says what was dropped to get it.
    case number(String, note: String?)
    /// Empty, `&nbsp;`, "/", "—", "无", "不适用": the agency had nothing to report here.
    case blank
    /// Several numbers in one cell, apart by spaces ("0 0 0"): what a flattened table leaves.
    case numbers([String])
    case text

    /// Marks CMSes and clerks put in a cell that has nothing to count.
    static let placeholders: Set<String> = ["/", "／", "\\", "—", "——", "─", "-", "--", "－", "–", "－－", "无", "不适用", "空", "暂无", "x", "X", "×"]

    /// White space as published: ASCII, no-break (`&nbsp;`), ideographic, zero-width.
    static func isSpace(_ c: Character) -> Bool {
        c.isWhitespace || c == "\u{200B}" || c == "\u{FEFF}"
    }

    /// Full-width digits and signs read as ASCII; spaces of every kind removed.
    static func squeezed(_ s: String) -> String {
        var out = ""
        for c in s where !isSpace(c) {
            if let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1, (0xFF10...0xFF19).contains(v) {
                out.unicodeScalars.append(Unicode.Scalar(v - 0xFF10 + 0x30)!)
            } else if c == "＋" {
                out.append("+")
            } else if c == "．" {
                out.append(".")
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func classify(_ raw: String) -> CellText {
        let tokens = raw.split(whereSeparator: isSpace).map { squeezed(String($0)) }
        if tokens.count > 1, tokens.allSatisfy(isPlainNumber) { return .numbers(tokens) }
        let s = squeezed(raw)
        if s.isEmpty || placeholders.contains(s) { return .blank }
        if isPlainNumber(s) { return .number(s, note: nil) }
        // "35,422": a thousands separator, never a decimal comma in these reports.
        if s.contains(","), s.first?.isASCII == true, s.first?.isNumber == true {
            let joined = s.replacingOccurrences(of: ",", with: "")
            let groups = s.split(separator: ",", omittingEmptySubsequences: false)
            if isPlainNumber(joined), groups.count > 1, groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.prefix { $0 != "." }.count == 3 }) {
                return .number(joined, note: "「\(raw.trimmedSpaces)」读作 \(joined)（去掉千位分隔符）")
            }
        }
        // "22（其中修订 16 件）", "22件": the number first, then words about it.
        guard let first = s.first, first.isASCII, first.isNumber || first == "+" || first == "-" else { return .text }
        if let match = s.firstMatch(of: Self.annotated),
           match.2 != nil || match.3 != nil {
            let number = String(match.1)
            return .number(number, note: "「\(raw.trimmedSpaces)」读作 \(number)")
        }
        return .text
    }

    /// Built once: a regex literal in a function is parsed again on every call.
    nonisolated(unsafe) static let annotated = /^([+-]?[0-9]+(?:\.[0-9]+)?(?:万元|万)?)(件|个|项|次|宗|条)?([（(].*[）)])?$/

    /// Digits with an optional sign, decimal part and 万/万元/元 unit.
    static func isPlainNumber(_ s: String) -> Bool {
        guard let first = s.first, first.isASCII, first.isNumber || ((first == "-" || first == "+") && s.count > 1) else { return false }
        return ValueParser.isDecimalAmount(first == "+" ? String(s.dropFirst()) : s)
    }

    /// The only way to cut a run of digits into `count` whole numbers without leading zeros,
    /// or nil when there is none or more than one: digits that ran together are read only when
    /// the reading is forced, never guessed.
    static func uniqueSplit(_ digits: String, into count: Int) -> [String]? {
        let d = Array(digits)
        guard count > 0, d.count >= count, d.count <= 64, d.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        // ways[i][k]: ways to cut d[i...] into k numbers, capped at 2.
        var ways = Array(repeating: Array(repeating: 0, count: count + 1), count: d.count + 1)
        ways[d.count][0] = 1
        for i in stride(from: d.count - 1, through: 0, by: -1) {
            for k in 1...count {
                var total = 0
                let longest = d[i] == "0" ? 1 : min(9, d.count - i)
                for length in 1...max(1, longest) where i + length <= d.count {
                    total += ways[i + length][k - 1]
                }
                ways[i][k] = min(total, 2)
            }
        }
        guard ways[0][count] == 1 else { return nil }
        var out: [String] = []
        var i = 0, k = count
        while k > 0 {
            let longest = d[i] == "0" ? 1 : min(9, d.count - i)
            for length in 1...max(1, longest) where i + length <= d.count && ways[i + length][k - 1] == 1 {
                out.append(String(d[i..<(i + length)]))
                i += length
                k -= 1
                break
            }
        }
        return out
    }
}
