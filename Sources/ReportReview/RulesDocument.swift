import ReportExport

/// `docs/rules.md`: every review rule of every edition, said the way the rule says itself
/// (what it checks, where it comes from, how to fix), generated from the formats.
public enum RulesDocument {
    public static func markdown(_ library: TemplateLibrary) throws -> String {
        var out = [
            "# 审核规则 — what an office checks before accepting a report",
            "",
            "Generated from the `review:` rules of `templates/formats/` by `gkexport rules -o docs/rules.md`; do not edit by hand.",
            "Run them with `gkexport validate --review FILES…` or `gkexport batch INPUT -o DIR --review` (the 问题清单 goes to",
            "`--issues FILE.csv|FILE.json|FILE.xlsx`, or beside summary.json). An office's own file (`--rules FILE`, `review:` entries)",
            "restates a rule by id to change the fields it gives (`severity`, `max`, `phrases`, `threshold`…), switches it off",
            "with `disabled: true`, or adds rules of new ids. The 勾稽关系 and cross-year rules are listed in docs/fields.md.",
        ]
        for edition in library.editions() {
            let format = try library.format(edition)
            out += ["", "## `\(format.edition)` — \(format.name)", ""]
            out += ["| id | kind | 严重程度 | 检查什么 | 依据 | 怎样改正 | 参数 |", "|---|---|---|---|---|---|---|"]
            for rule in format.review {
                out.append("| `\(rule.id)` | \(rule.kind?.rawValue ?? "") | \(rule.isError ? "错误" : "警告") | \(cell(rule.says)) | \(cell(rule.basis)) | \(cell(rule.fix)) | \(parameters(rule, format)) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func cell(_ s: String?) -> String { (s ?? "").replacingOccurrences(of: "|", with: "\\|") }

    static func parameters(_ rule: ReviewRule, _ format: FormatSpec) -> String {
        var p: [String] = []
        if let part = rule.part { p.append("part `\(part)`") }
        if let parts = rule.parts { p.append("parts " + parts.map { "`\($0)`" }.joined(separator: " ")) }
        if let min = rule.min { p.append("min \(min)") }
        if let max = rule.max { p.append("max \(max)") }
        if let required = rule.required { p.append("required " + required.joined(separator: "、")) }
        if let phrases = rule.phrases { p.append("phrases " + phrases.map { "「\($0)」" }.joined()) }
        for span in rule.editions ?? [] { p.append("\(span.from)–\(span.to == 9999 ? "" : String(span.to)): " + span.allowed.joined(separator: "、")) }
        if let scope = rule.scope { p.append("scope \(scope)") }
        if let threshold = rule.threshold { p.append("threshold \(threshold)") }
        if let shingle = rule.shingle { p.append("shingle \(shingle)") }
        if let minChars = rule.minChars { p.append("min_chars \(minChars)") }
        for claim in rule.claims ?? [] {
            guard let table = format.table(claim.table) else { continue }
            p.append(NarrativeClaims.cellsLabel(claim, table: table) + "：" + claim.keywords.map { "「\($0)」" }.joined() + " N " + claim.units.joined(separator: "/")
                     + (claim.zero.map { "；为 0：" + $0.map { "「\($0)」" }.joined() } ?? ""))
        }
        return cell(p.joined(separator: "<br>"))
    }
}
