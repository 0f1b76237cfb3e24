/// A complete report file to fill in: every key of the format with its Chinese label as a
/// comment, zeros in the numbers and placeholder narrative. It validates and renders as it is.
public struct ReportSkeleton: Sendable {
    public let format: FormatSpec

    public init(format: FormatSpec) { self.format = format }

    /// A skeleton (zeros) by default; with `values` and `narratives`, a filled report file.
    public func yaml(agency: String, year: Int, values: ReportValues = ReportValues(),
                     narratives: [String: [String]] = [:], heading: [String] = [],
                     attachment: String? = "附件2", date: String? = nil, title: String? = nil) -> String {
        var out: [String] = heading.map { "# " + YAMLText.comment($0) } + [
            "# \(YAMLText.comment(agency))\(year)年政府信息公开工作年度报告 —— 报告文件",
            "# 格式：\(format.name)",
            "# 填写说明：数字填阿拉伯数字，没有就填 0；" + signedNote + "金额照原样填写，如 \"3775.461335万\"。",
            "# 各个“总计”可以删去不填，由程序按勾稽关系计算；填了就核对。",
            "# 检查：gkexport validate 本文件    生成文档：gkexport render 本文件 -o 输出文件夹",
            "",
            "agency: \(YAMLText.scalar(agency))".padded(to: 34) + "# 单位名称（也用于落款）",
            "year: \(year)".padded(to: 34) + "# 报告年度",
            "edition: \(YAMLText.scalar(format.edition))".padded(to: 34) + "# 报告格式版本",
        ]
        if let title { out.append("title: \(YAMLText.scalar(title))".padded(to: 34) + "# 标题（不填则为“单位+年度+政府信息公开工作年度报告”）") }
        out.append(attachment.map { "attachment: \(YAMLText.scalar($0))" } ?? "# attachment: 附件2")
        out[out.count - 1] = out[out.count - 1].padded(to: 34) + "# 首页左上角的附件标识；不需要就删去这一行"
        out.append((date.map { "date: \(YAMLText.scalar($0))" } ?? "# date: \(year + 1)年1月20日").padded(to: 34) + "# 落款日期（可选；写上就印在落款单位下面）")
        for part in format.parts {
            out.append("")
            if let key = part.narrative {
                out.append("# \(part.heading) —— 每行一段；以“（一）”“1.”等开头的段落自动成为小标题")
                out.append("\(key): " + YAMLText.block(narratives[key] ?? placeholder(key)))
            }
            if let id = part.table, let table = format.table(id) {
                out.append("# \(part.heading)（\(table.name)）")
                out.append("\(id):")
                for row in table.valueRows {
                    out.append("  \(row.id):".padded(to: 34) + "# \(rowComment(table, row))")
                    for column in row.valueColumns {
                        let given = values[row.key(in: id).cell(column)]
                        let text = table.kind(of: column) == .amount ? "\"\(given?.printed ?? "0")\"" : (given?.printed ?? "0")
                        out.append("    \(column): \(text)".padded(to: 34) + "# \(table.labels[column] ?? column)")
                    }
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Which columns may be negative, said only when the format has any.
    private var signedNote: String {
        let labels = format.tables.flatMap { table in
            (table.kinds ?? [:]).filter { $0.value == .signed }.keys.sorted().map { "“\(table.labels[$0] ?? $0)”" }
        }
        return labels.isEmpty ? "" : "只有\(Array(Set(labels)).sorted().joined(separator: "、"))可以为负数；"
    }

    func placeholder(_ key: String) -> [String] {
        switch key {
        case "overview":
            return ["（一）主动公开", "（请填写本年度主动公开政府信息的情况。）", "（二）依申请公开", "（请填写本年度收到和处理政府信息公开申请的情况。）",
                    "（三）政府信息管理", "（请填写。）", "（四）平台建设", "（请填写。）", "（五）监督保障", "（请填写。）"]
        case "problems":
            return ["（一）存在的主要问题", "（请填写。）", "（二）改进情况", "（请填写。）"]
        case "other":
            return ["无"]
        default:
            return ["（请填写。）"]
        }
    }

    /// A row's label with the group it belongs to: （三）不予公开 1.属于国家秘密.
    private func rowComment(_ table: TableSpec, _ row: ValueRow) -> String {
        let texts = (row.cells ?? []).compactMap(\.text)
        return texts.isEmpty ? row.displayLabel : texts.joined(separator: " ")
    }
}

extension String {
    public func padded(to width: Int) -> String {
        // Display width: CJK characters take two columns.
        let shown = unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
        return shown >= width ? self + " " : self + String(repeating: " ", count: width - shown)
    }
}
