import Foundation
import ReportExport

/// Synthetic agency reports for benchmarks, tests and demos: random but valid numbers (every
/// 勾稽关系 holds) and realistic narrative, from a seeded generator, so the same seed gives the
/// same reports.
public struct SampleReports: Sendable {
    public let format: FormatSpec
    public let year: Int
    public let seed: UInt64

    public init(format: FormatSpec, year: Int, seed: UInt64 = 2021) {
        self.format = format
        self.year = year
        self.seed = seed
    }

    /// Agency `i`'s values, as text.
    public func values(_ i: Int) -> [CellKey: String] {
        var rng = SplitMix64(seed: seed &+ UInt64(i) &* 0x9E37_79B9_7F4A_7C15)
        var out: [CellKey: String] = [:]
        for table in format.tables {
            for row in table.valueRows {
                for column in row.valueColumns {
                    let key = row.key(in: table.id).cell(column)
                    switch table.kind(of: column) {
                    case .count: out[key] = String(rng.next(upTo: 500))
                    case .signed: out[key] = String(Int(rng.next(upTo: 21)) - 10)
                    case .amount: out[key] = "\(rng.next(upTo: 900)).\(rng.next(upTo: 100))"
                    }
                }
            }
        }
        balance(&out, &rng)
        return out
    }

    /// Makes the numbers obey the format's rules: totals are set from their terms, and for a
    /// Σ sum = Σ equals rule the last `equals` term absorbs the difference (kept ≥ 0).
    private func balance(_ values: inout [CellKey: String], _ rng: inout SplitMix64) {
        func get(_ t: String, _ r: String, _ c: String) -> Int { Int(values[CellKey(table: t, row: r, column: c)] ?? "0") ?? 0 }
        func set(_ t: String, _ r: String, _ c: String, _ v: Int) { values[CellKey(table: t, row: r, column: c)] = String(v) }
        // Applications are small numbers in real reports; appeals smaller still.
        for table in format.tables where table.id == "applications" || table.id == "appeals" {
            for row in table.valueRows {
                for column in row.valueColumns {
                    set(table.id, row.id, column, Int(rng.next(upTo: table.id == "appeals" ? 4 : 12)))
                }
            }
        }
        for _ in 0..<3 {
            for rule in format.rules {
                guard let table = format.table(rule.table) else { continue }
                let units = ReportValidator(format: format).units(of: rule, in: table)
                for unit in units {
                    if let total = rule.total {
                        let sum = rule.sum.reduce(0) { $0 + get(table.id, unit.row($1), unit.column($1)) }
                        set(table.id, unit.row(total), unit.column(total), sum)
                    } else if let equals = rule.equals, let last = equals.last {
                        let left = rule.sum.reduce(0) { $0 + get(table.id, unit.row($1), unit.column($1)) }
                        let others = equals.dropLast().reduce(0) { $0 + get(table.id, unit.row($1), unit.column($1)) }
                        if left >= others {
                            set(table.id, unit.row(last), unit.column(last), left - others)
                        } else {
                            // Too many results: raise the first sum term instead.
                            let first = rule.sum[0]
                            set(table.id, unit.row(first), unit.column(first), get(table.id, unit.row(first), unit.column(first)) + others - left)
                            set(table.id, unit.row(last), unit.column(last), 0)
                        }
                    }
                }
            }
        }
    }

    public func agency(_ i: Int) -> String {
        let places = ["丰城市", "清远县", "临川区", "安远县", "宁都县", "瑞金市", "南康区", "上饶市", "鹰潭市", "萍乡市"]
        let offices = ["行政审批局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "水利局",
                       "卫生健康委员会", "市场监督管理局", "人民政府办公室", "教育体育局", "民政局"]
        return places[i % places.count] + offices[(i / places.count) % offices.count] + (i >= places.count * offices.count ? "第\(i / (places.count * offices.count) + 1)分局" : "")
    }

    /// Narrative text of part `key` for agency `i`: one paragraph per line.
    public func narrative(_ key: String, _ i: Int) -> String {
        var rng = SplitMix64(seed: seed ^ UInt64(i) &* 31 &+ UInt64(key.utf8.count))
        let sentences = [
            "坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。",
            "及时更新政府信息公开指南和目录，主动公开规范性文件、规划计划、财政预决算等信息。",
            "依法依规办理政府信息公开申请，严格落实登记、审核、答复、归档等环节的工作要求。",
            "加强政府网站和政务新媒体管理，做到内容准确、更新及时、互动回应。",
            "建立健全信息发布保密审查机制，未发生泄密和侵犯个人隐私的情况。",
            "把政务公开纳入年度绩效考核，主动接受社会监督，及时回应群众关切。",
        ]
        func paragraph(_ n: Int) -> String { (0..<n).map { _ in sentences[Int(rng.next(upTo: UInt64(sentences.count)))] }.joined() }
        switch key {
        case "overview":
            return ["（一）主动公开", paragraph(3), "（二）依申请公开", paragraph(2), "（三）政府信息管理", "1." + paragraph(2), "2." + paragraph(1),
                    "（四）平台建设", paragraph(2), "（五）监督保障", paragraph(2)].joined(separator: "\n")
        case "problems":
            return "（一）存在的主要问题：一是公开内容的全面性和及时性有待提高。二是政策解读形式较为单一。\n（二）改进情况：一是" + paragraph(1) + "二是" + paragraph(1)
        default:
            return "无"
        }
    }

    /// Agency `i` as a report file (YAML).
    public func reportFile(_ i: Int) -> String {
        var typed = ReportValues()
        for (key, text) in values(i) {
            guard let table = format.table(key.table) else { continue }
            typed[key] = table.kind(of: key.column) == .amount ? .amount(text) : .count(Int(text)!)
        }
        let narratives = Dictionary(uniqueKeysWithValues: format.parts.compactMap(\.narrative).map {
            ($0, narrative($0, i).components(separatedBy: "\n"))
        })
        return ReportSkeleton(format: format).yaml(agency: agency(i), year: year, values: typed, narratives: narratives)
    }

    /// Writes `count` agencies as a CSV sheet (`sheet.csv`, UTF-8) with narrative files beside
    /// it; returns the sheet's path.
    @discardableResult
    public func writeSheet(count: Int, to folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("narratives"), withIntermediateDirectories: true)
        let narrativeKeys = format.parts.compactMap(\.narrative)
        let valueColumns = format.tables.flatMap { table in
            table.valueRows.flatMap { row in row.valueColumns.map { row.key(in: table.id).cell($0) } }
        }
        var lines = [(["agency", "year", "edition"] + narrativeKeys + valueColumns.map(\.path)).joined(separator: ",")]
        for i in 0..<count {
            var fields = [CSVText.field(agency(i)), String(year), format.edition]
            for key in narrativeKeys {
                let name = "narratives/\(key)-\(String(format: "%05d", i)).txt"
                try Data(narrative(key, i).utf8).write(to: folder.appendingPathComponent(name))
                fields.append(name)
            }
            let v = values(i)
            fields += valueColumns.map { v[$0] ?? "" }
            lines.append(fields.joined(separator: ","))
        }
        let sheet = folder.appendingPathComponent("sheet.csv")
        try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: sheet)
        return sheet
    }
}

/// A CSV field, quoted when it must be.
public enum CSVText {
    public static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}

/// A small, fast, seedable generator (SplitMix64): the same seed, the same numbers everywhere.
public struct SplitMix64 {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next(upTo bound: UInt64) -> UInt64 { next() % bound }
}
