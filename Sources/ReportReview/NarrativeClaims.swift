import Foundation
import ReportExport

/// Numbers the narrative states about table quantities (`claim` rules): found sentence by
/// sentence and compared with the cells they are about.
struct NarrativeClaims {
    /// One statement found: the sentence, the claim and the number it states.
    struct Statement {
        let sentence: NarrativeText.Sentence
        let part: String
        let claim: ReviewRule.Claim
        /// In the claim's own unit, 万 for amounts.
        let stated: Decimal
        let unit: String
    }

    /// How much of a narrative the claims can read: sentences stating a quantity (a number with
    /// a count or money unit), and of these the ones a claim ties to cells.
    struct Coverage: Sendable {
        var numericSentences = 0
        var tiedSentences = 0
        /// Sentences stating zero in words (未收到…申请), tied without a number.
        var zeroStatements = 0
    }

    static let quantityUnits: Set<Character> = ["件", "项", "条", "次", "个", "篇", "起", "部", "期", "家", "万", "元", "%", "人"]
    static let negations: Set<Character> = ["不", "未", "无", "没"]
    static let stops: Set<Character> = ["，", "。", "；", "、", "：", ",", ";", ":", "（", "）", "(", ")"]

    /// Every statement of `claims` in the narrative parts of `report`.
    static func statements(_ claims: [ReviewRule.Claim], in report: Report, format: FormatSpec,
                           coverage: inout Coverage) -> [Statement] {
        var out: [Statement] = []
        for key in format.parts.compactMap(\.narrative) {
            guard let narrative = report.narratives[key] else { continue }
            for sentence in NarrativeText.sentences(narrative) {
                let numeric = hasQuantity(sentence.text)
                if numeric { coverage.numericSentences += 1 }
                var tied = false
                for claim in claims {
                    if let context = claim.context, !context.contains(where: { sentence.text.contains($0) }) { continue }
                    if let zero = claim.zero, zero.contains(where: { sentence.text.contains($0) }) {
                        out.append(Statement(sentence: sentence, part: key, claim: claim, stated: 0, unit: claim.units[0]))
                        coverage.zeroStatements += numeric ? 0 : 1
                        tied = true
                        continue
                    }
                    if let (number, unit) = number(after: claim, in: sentence.text) {
                        out.append(Statement(sentence: sentence, part: key, claim: claim, stated: number, unit: unit))
                        tied = true
                    }
                }
                if numeric && tied { coverage.tiedSentences += 1 }
            }
        }
        return out
    }

    /// The first number a keyword of `claim` introduces in `text`: keyword, up to `window`
    /// characters of filler (no digits, no punctuation), digits, then one of the claim's units.
    /// A keyword right after 不/未/无/没 is negated (不予以公开 is not 予以公开) and skipped.
    static func number(after claim: ReviewRule.Claim, in text: String) -> (Decimal, String)? {
        let chars = Array(text)
        let window = claim.window ?? 4
        for keyword in claim.keywords.sorted(by: { $0.count > $1.count }) {
            let k = Array(keyword)
            guard k.count <= chars.count else { continue }
            var i = 0
            while i + k.count <= chars.count {
                guard chars[i] == k[0], Array(chars[i..<(i + k.count)]) == k else { i += 1; continue }
                defer { i += k.count }
                if i > 0, negations.contains(chars[i - 1]) { continue }
                var j = i + k.count
                var filler = 0
                while j < chars.count, !chars[j].isASCIIDigit, !stops.contains(chars[j]), filler < window {
                    j += 1
                    filler += 1
                }
                guard j < chars.count, chars[j].isASCIIDigit else { continue }
                var digits = ""
                while j < chars.count, chars[j].isASCIIDigit || (chars[j] == "." && j + 1 < chars.count && chars[j + 1].isASCIIDigit) {
                    digits.append(chars[j])
                    j += 1
                }
                let rest = String(chars[j...]).drop { $0 == " " }
                guard let unit = claim.units.sorted(by: { $0.count > $1.count }).first(where: { rest.hasPrefix($0) }),
                      let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else { continue }
                return (value, unit)
            }
        }
        return nil
    }

    /// A number followed by a count or money unit, other than a year (2021年) or a list marker.
    static func hasQuantity(_ text: String) -> Bool {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCIIDigit else { i += 1; continue }
            while i < chars.count, chars[i].isASCIIDigit || chars[i] == "." { i += 1 }
            if i < chars.count, quantityUnits.contains(chars[i]) { return true }
        }
        return false
    }

    /// The table's figure for a claim, in 万 for amounts; nil when a cell is missing.
    static func tableValue(_ claim: ReviewRule.Claim, in report: Report, table: TableSpec) -> Decimal? {
        var sum = Decimal(0)
        for row in claim.rows {
            for column in claim.columns {
                switch report.value(CellKey(table: claim.table, row: row, column: column)) {
                case .count(let n)?: sum += Decimal(n)
                case .amount(let text)?:
                    let (number, unit) = AmountUnit.split(text.trimmingCharacters(in: .whitespaces))
                    guard let d = Decimal(string: String(number), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
                    sum += unit == "元" ? d / 10000 : d
                case nil: return nil
                }
            }
        }
        return sum
    }

    /// How a message names the cells of a claim: 表三「一、本年新收…」×「总计」.
    static func cellsLabel(_ claim: ReviewRule.Claim, table: TableSpec) -> String {
        func span(_ names: [String]) -> String {
            names.count == 1 ? "「\(names[0])」" : "「\(names[0])」至「\(names[names.count - 1])」之和"
        }
        let rows = claim.rows.map { table.row($0)?.displayLabel ?? $0 }
        let columns = claim.columns.map { table.labels[$0] ?? $0 }
        return "\(table.name)\(span(rows))×\(span(columns))"
    }

    static func check(_ rule: ReviewRule, _ report: Report, _ format: FormatSpec, input: String) -> [Finding] {
        var coverage = Coverage()
        var out: [Finding] = []
        var said = Set<String>()
        for statement in statements(rule.claims ?? [], in: report, format: format, coverage: &coverage) {
            let claim = statement.claim
            guard let table = format.table(claim.table), let actual = tableValue(claim, in: report, table: table) else { continue }
            let isAmount = claim.columns.contains { table.kind(of: $0) == .amount }
            let stated = isAmount && statement.unit == "元" ? statement.stated / 10000 : statement.stated
            guard stated != actual else { continue }
            // One sentence may repeat a keyword; say each mismatch once.
            guard said.insert("\(statement.sentence.text)|\(claim.rows)|\(claim.columns)").inserted else { continue }
            let statedText = statement.stated == 0 && claim.zero != nil && !statement.sentence.text.contains(where: \.isASCIIDigit)
                ? "没有（即 0）" : "\(statement.stated) \(statement.unit)"
            let actualText = isAmount ? "\(actual) 万元" : "\(actual)"
            let location = PartNames.location(statement.part, line: statement.sentence.line, in: report)
            out.append(TextRules.finding(rule, report, input: input, at: location,
                "叙述与表格不一致：\(PartNames.heading(statement.part, in: format))「\(statement.sentence.text.clipped(60))」说 \(statedText)，\(cellsLabel(claim, table: table))为 \(actualText)"))
        }
        return out
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
