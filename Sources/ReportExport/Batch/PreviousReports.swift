import Foundation

/// Last year's reports of the same agencies, for the cross-year rules of formats.md: this
/// year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by column (an error), and in
/// edition 2021 this year's 现行有效件数 equals last year's plus 本年制发 minus 本年废止 (a warning:
/// documents also lapse).
public struct PreviousReports: Sendable {
    struct Entry: Sendable {
        let report: Report
        let label: String
    }

    /// Agency → year → report.
    let reports: [String: [Int: Entry]]

    public init(_ input: BatchInput, templates: TemplateLibrary, jobs: Int) {
        let loaded = ParallelMap.map(Array(0..<input.count), jobs: jobs) { i -> Entry? in
            guard case .success(let l) = input.load(i, templates: templates), l.errors.isEmpty else { return nil }
            return Entry(report: l.report, label: input.label(i))
        }
        var index: [String: [Int: Entry]] = [:]
        for case let entry? in loaded { index[entry.report.agency, default: [:]][entry.report.year] = entry }
        reports = index
    }

    public var count: Int { reports.values.reduce(0) { $0 + $1.count } }

    public func check(_ report: Report, format: FormatSpec) -> [Diagnostic] {
        guard let last = reports[report.agency]?[report.year - 1] else { return [] }
        var out: [Diagnostic] = []
        let place = { (key: String) in report.locations[key] ?? SourceLocation(file: report.source) }
        if let table = format.table("applications"), let row = table.row("carried_over") {
            for column in row.valueColumns {
                guard let now = report.value(table: "applications", row: "carried_over", column: column)?.intValue,
                      let then = last.report.value(table: "applications", row: "carried_forward", column: column)?.intValue,
                      now != then else { continue }
                out.append(Diagnostic(kind: .rule, at: place("applications.carried_over.\(column)"),
                    "\(table.name)「\(row.displayLabel)」×「\(table.labels[column] ?? column)」应为 \(then)（上年报告的「四、结转下年度继续办理」，见 \(last.label)），填写的是 \(now)",
                    hint: "上年结转数应等于上一年报告的结转下年度继续办理数；核对两年的报告"))
            }
        }
        if let table = format.table("proactive") {
            for rowID in ["regulations", "normative_documents"] {
                func v(_ r: Report, _ c: String) -> Int? { r.value(table: "proactive", row: rowID, column: c)?.intValue }
                guard let now = v(report, "in_force"), let then = v(last.report, "in_force"),
                      let issued = v(report, "issued"), let repealed = v(report, "repealed"),
                      now != then + issued - repealed else { continue }
                out.append(Diagnostic(.warning, kind: .rule, at: place("proactive.\(rowID).in_force"),
                    "\(table.name)「\(table.row(rowID)?.displayLabel ?? rowID)」×「现行有效件数」为 \(now)，上年 \(then) 加本年制发 \(issued) 减本年废止 \(repealed) 为 \(then + issued - repealed)（见 \(last.label)）",
                    hint: "文件也可能因到期失效，确认无误可不改"))
            }
        }
        return out
    }
}
