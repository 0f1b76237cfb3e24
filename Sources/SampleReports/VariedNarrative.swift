import ReportExport

/// Narratives that differ from agency to agency as real ones do (phrases drawn from large
/// pools), stating some table figures, for the review bench: unlike `narrative`, two agencies'
/// texts share few 5-character pieces, so a near copy planted among them stands out.
extension SampleReports {
    static let verbs = ["扎实推进", "全面落实", "持续深化", "认真做好", "着力加强", "不断完善", "稳步推动", "切实抓好", "统筹开展", "积极探索", "严格规范", "大力推行", "深入实施", "有序组织", "及时更新", "系统梳理"]
    static let modifiers = ["重点领域", "基层", "全流程", "标准化", "规范化", "常态化", "多渠道", "精细化", "数字化", "便民化", "清单化", "闭环式"]
    static let objects = ["政策文件解读", "财政预决算公开", "重大建设项目信息公开", "公共资源配置信息公开", "行政执法公示", "政务新媒体管理", "政府网站集约化建设", "依申请公开办理", "公开目录编制", "保密审查机制",
                          "政策咨询服务", "涉企政策发布", "民生实事公开", "权责清单动态调整", "办事指南更新", "12345热线诉求办理", "政务服务事项公开", "应急管理信息发布", "社会救助信息公开", "教育培训"]
    static let results = ["取得了较好成效", "群众满意度进一步提升", "工作质效明显提高", "公开内容更加全面", "制度体系更加健全", "信息发布更加及时", "回应关切更加有力", "服务能力显著增强", "工作基础不断夯实", "社会反响良好"]

    /// Part `key` of agency `i`, one paragraph per line; `values` are the agency's table figures.
    public func variedNarrative(_ key: String, _ i: Int, values: [CellKey: String]) -> String {
        var rng = SplitMix64(seed: seed &+ 0xA5A5 &+ UInt64(i) &* 0x2545_F491_4F6C_DD1D &+ UInt64(key.utf8.count))
        func pick(_ pool: [String]) -> String { pool[Int(rng.next(upTo: UInt64(pool.count)))] }
        func sentence() -> String {
            "\(pick(Self.verbs))\(pick(Self.modifiers))\(pick(Self.objects))，\(pick(Self.verbs))\(pick(Self.objects))，\(pick(Self.results))。"
        }
        func paragraph(_ n: Int) -> String { (0..<n).map { _ in sentence() }.joined() }
        func figure(_ table: String, _ row: String, _ column: String) -> String {
            values[CellKey(table: table, row: row, column: column)] ?? "0"
        }
        switch key {
        case "overview":
            let applications = "\(year)年，本机关共收到政府信息公开申请\(figure("applications", "received", "total"))件，办结\(figure("applications", "results_total", "total"))件。"
            return ["\(year)年，\(agency(i))" + paragraph(1), "（一）主动公开", paragraph(3), "（二）依申请公开", applications + paragraph(1),
                    "（三）政府信息管理", paragraph(2), "（四）平台建设", paragraph(2), "（五）监督保障", paragraph(2)].joined(separator: "\n")
        case "problems":
            return "（一）存在的主要问题：" + paragraph(2) + "\n（二）改进情况：" + paragraph(2)
        default:
            return "无"
        }
    }

    /// Agency `i` as a report file with varied narratives; `narratives` replaces parts (a planted copy).
    public func variedReportFile(_ i: Int, narratives override: [String: String] = [:]) -> String {
        let v = values(i)
        var typed = ReportValues()
        for (key, text) in v {
            guard let table = format.table(key.table) else { continue }
            typed[key] = table.kind(of: key.column) == .amount ? .amount(text) : .count(Int(text)!)
        }
        let narratives = Dictionary(uniqueKeysWithValues: format.parts.compactMap(\.narrative).map {
            ($0, (override[$0] ?? variedNarrative($0, i, values: v)).components(separatedBy: "\n"))
        })
        return ReportSkeleton(format: format).yaml(agency: agency(i), year: year, values: typed, narratives: narratives)
    }
}
