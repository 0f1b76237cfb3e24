/// `docs/fields.md`: every row id and column id of every format, with its Chinese label,
/// generated from the templates so it cannot drift from them.
public enum FieldsDocument {
    public static func markdown(_ library: TemplateLibrary) throws -> String {
        var out = [
            "# 报告文件的键 — fields of a report file",
            "",
            "Generated from `templates/formats/` by `gkexport fields -o docs/fields.md`; do not edit by hand.",
            "A report file addresses each number as `<table id>` → `<row id>` → `<column id>`. The same id",
            "means the same thing in every edition where it appears.",
            "",
            "Common keys: `agency` (单位名称), `year` (报告年度), `edition` (格式版本, optional: follows from the year),",
            "`attachment` (附件标识), `title` (标题, optional), `date` (落款日期, optional).",
        ]
        for edition in library.editions() {
            let format = try library.format(edition)
            out += ["", "## `\(format.edition)` — \(format.name)", ""]
            if let years = format.years {
                out.append("Used for reports of \(years.from)–\(years.to == 9999 ? "" : String(years.to)).")
            } else {
                out.append("A variant: chosen only by `edition: \(format.edition)` in the report file.")
            }
            out += ["", "| key | part |", "|---|---|"]
            for part in format.parts {
                out.append("| `\(part.narrative ?? part.table ?? "")` | \(part.heading)\(part.table.flatMap { format.table($0)?.name }.map { "（\($0)）" } ?? "") |")
            }
            for table in format.tables {
                out += ["", "### \(table.name) `\(table.id)`", "", "| row id | 行 | column ids |", "|---|---|---|"]
                for row in table.valueRows {
                    let columns = row.valueColumns.map { "`\($0)` \(table.labels[$0] ?? "")\(table.kind(of: $0) == .count ? "" : table.kind(of: $0) == .signed ? "（可为负）" : "（金额）")" }
                    let label = (row.cells ?? []).compactMap(\.text).joined(separator: " ")
                    out.append("| `\(row.id)` | \(label.isEmpty ? row.displayLabel : label) | \(columns.joined(separator: "<br>")) |")
                }
            }
            if !format.rules.isEmpty {
                out += ["", "#### 勾稽关系", ""]
                for rule in format.rules {
                    let table = format.table(rule.table)
                    let terms = rule.total.map { "`\($0)` = " } ?? ""
                    let rhs = rule.equals.map { " = " + $0.map { "`\($0)`" }.joined(separator: " + ") } ?? ""
                    out.append("- \(table?.name ?? rule.table)，每\(rule.each == .row ? "行" : "列")：\(terms)\(rule.sum.map { "`\($0)`" }.joined(separator: " + "))\(rhs)（\(rule.says)）")
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
