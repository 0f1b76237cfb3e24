import ReportExport
/// The report file `import` writes. Whatever could not be read from the document is never
/// written as a number: its value is the word 待填, which the report-file reader refuses, with
/// a comment saying why — so a partial import cannot be rendered until a person fills it in.
struct ImportedReportYAML {
    let result: ReportRecognizer.Result

    static let marker = "待填"

    var text: String {
        let format = result.format
        var out: [String] = ["# 由 gkexport import 导入；请核对后再使用。"]
        let missing = result.missing
        if !missing.isEmpty {
            out.append("# ！！导入不完整：有 \(missing.count) 处没有从原文读出，已标为“\(Self.marker)”；填好之前 validate 和 render 都会拒绝本文件。")
            out += missing.map { "#   \(Self.marker)：\(YAMLText.comment($0))" }
        }
        let name = result.agency.isEmpty ? "（单位待填）" : result.agency
        out += [
            "# \(YAMLText.comment(name))\(result.year == 0 ? "（年度待填）" : "\(result.year)年")政府信息公开工作年度报告 —— 报告文件",
            "# 格式：\(format.name)",
            "# 各个“总计”可以删去不填，由程序按勾稽关系计算；填了就核对。",
            "",
        ]
        out.append(result.agency.isEmpty
            ? "# agency: \(Self.marker)".padded(to: 34) + "# 单位名称：原文中没有找到，填好后去掉行首的 #"
            : "agency: \(YAMLText.scalar(result.agency))".padded(to: 34) + "# 单位名称（也用于落款）")
        out.append(result.year == 0
            ? "# year: \(Self.marker)".padded(to: 34) + "# 报告年度：原文中没有找到，填好后去掉行首的 #"
            : "year: \(result.year)".padded(to: 34) + "# 报告年度")
        out.append("edition: \(YAMLText.scalar(format.edition))".padded(to: 34) + "# 报告格式版本（按表格判断）")
        if let title = result.title { out.append("title: \(YAMLText.scalar(title))".padded(to: 34) + "# 标题（照原文）") }
        if let attachment = result.attachment { out.append("attachment: \(YAMLText.scalar(attachment))".padded(to: 34) + "# 附件标识") }
        if let date = result.date { out.append("date: \(YAMLText.scalar(date))".padded(to: 34) + "# 落款日期") }
        let missingByRow = Dictionary(grouping: result.missingCells, by: \.row)
        for part in format.parts {
            out.append("")
            if let key = part.narrative {
                if let paragraphs = result.narratives[key], !paragraphs.isEmpty {
                    out.append("# \(part.heading)")
                    out.append("\(key): " + YAMLText.block(paragraphs))
                } else {
                    out.append("# \(part.heading)：\(Self.marker)——原文中没有找到这一部分；写好后去掉下一行行首的 #")
                    out.append("# \(key): |")
                }
            }
            guard let id = part.table, let table = format.table(id) else { continue }
            out.append("# \(part.heading)（\(table.name)）")
            out.append("\(id):")
            for row in table.valueRows {
                let rowMissing = missingByRow[row.key(in: id)] ?? []
                let label = (row.cells ?? []).compactMap(\.text).joined(separator: " ")
                let comment = rowMissing.isEmpty ? (label.isEmpty ? row.displayLabel : label)
                    : "\(Self.marker)：" + rowMissing.map(\.reason).joined(separator: "；")
                // A row of totals only (（七）总计): a key with no numbers under it is an error, so
                // the whole row is left to the program.
                let computedRow = rowMissing.isEmpty && row.valueColumns.allSatisfy { result.computed.contains(row.key(in: id).cell($0)) }
                out.append("  \(computedRow ? "# " : "")\(row.id):".padded(to: 34) + "# \(YAMLText.comment(comment))")
                let unread = Set(rowMissing.flatMap(\.columns))
                for column in row.valueColumns {
                    let key = row.key(in: id).cell(column)
                    let label = table.labels[column] ?? column
                    if unread.contains(column) {
                        out.append("    \(column): \(Self.marker)".padded(to: 34) + "# \(label)：没有读到，照原文填写")
                    } else if result.computed.contains(key) {
                        out.append("    # \(column):".padded(to: 34) + "# \(label)：\(result.formulaTotals ? "工作簿里是公式" : "原文空白")，由程序按勾稽关系算出")
                    } else if let value = result.values[key] {
                        let text = table.kind(of: column) == .amount ? "\"\(value.printed)\"" : value.printed
                        out.append("    \(column): \(text)".padded(to: 34) + "# \(label)")
                    } else {
                        // Not read and not said why: still never a number.
                        out.append("    \(column): \(Self.marker)".padded(to: 34) + "# \(label)：没有读到，照原文填写")
                    }
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
