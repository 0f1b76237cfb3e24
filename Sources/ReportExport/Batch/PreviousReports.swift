import Foundation

/// Last year's reports of the same agencies, for the cross-year rules of formats.md: this
/// year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by column (an error), and in
/// edition 2021 this year's 现行有效件数 equals last year's plus 本年制发 minus 本年废止 (a warning:
/// documents also lapse).
public struct PreviousReports: Sendable {
    /// Only what the cross-year rules read, not the report: thousands of previous reports stay
    /// a few hundred bytes each.
    struct Entry: Sendable {
        let label: String
        /// applications.carried_forward, column → count.
        let carriedForward: [String: Int]
        /// proactive row → column → count (regulations, normative_documents).
        let proactive: [String: [String: Int]]

        init(_ report: Report, label: String) {
            self.label = label
            carriedForward = Self.counts(report.values.row(RowKey(table: "applications", row: "carried_forward")))
            var proactive: [String: [String: Int]] = [:]
            for row in ["regulations", "normative_documents"] { proactive[row] = Self.counts(report.values.row(RowKey(table: "proactive", row: row))) }
            self.proactive = proactive
        }

        static func counts(_ row: [String: CellValue]) -> [String: Int] {
            row.compactMapValues(\.intValue)
        }
    }

    /// The most previous reports one run reads (after repeats of one file are dropped): a
    /// province's agencies fit (docs/LIMITS.md); a manifest naming more is refused.
    public static let maxReports = 20_000

    /// Agency → year → what the rules need.
    let reports: [String: [Int: Entry]]

    public init(_ given: BatchInput, templates: TemplateLibrary, jobs: Int, source: String = "") throws(ReportErrors) {
        let input: BatchInput
        if case .files(let files) = given {
            // One file named many times (or by two paths) is read once.
            var seen = Set<FileIdentity>()
            input = .files(files.filter { path in FileIdentity(path).map { seen.insert($0).inserted } ?? true })
        } else {
            input = given
        }
        guard input.count <= Self.maxReports else {
            throw ReportErrors([Diagnostic(at: SourceLocation(file: source),
                "上年报告有 \(input.count) 份，超过上限 \(Self.maxReports) 份",
                hint: "--previous 只需给出本次报告所属单位的上年报告；分批核对")])
        }
        let loaded = ParallelMap.map(Array(0..<input.count), jobs: jobs) { i -> (String, Int, Entry)? in
            guard case .success(let l) = input.load(i, templates: templates), l.errors.isEmpty else { return nil }
            return (l.report.agency, l.report.year, Entry(l.report, label: input.label(i)))
        }
        var index: [String: [Int: Entry]] = [:]
        for case let (agency, year, entry)? in loaded { index[agency, default: [:]][year] = entry }
        reports = index
    }

    public var count: Int { reports.values.reduce(0) { $0 + $1.count } }

    public func check(_ report: Report, format: FormatSpec) -> [Diagnostic] {
        guard let last = reports[report.agency]?[report.year - 1] else { return [] }
        var out: [Diagnostic] = []
        if let table = format.table("applications"), let row = table.row("carried_over") {
            for column in row.valueColumns {
                guard let now = report.value(CellKey(table: "applications", row: "carried_over", column: column))?.intValue,
                      let then = last.carriedForward[column],
                      now != then else { continue }
                out.append(Diagnostic(kind: .rule, at: report.location(CellKey(table: "applications", row: "carried_over", column: column)),
                    "\(table.name)「\(row.displayLabel)」×「\(table.labels[column] ?? column)」应为 \(then)（上年报告的「四、结转下年度继续办理」，见 \(last.label)），填写的是 \(now)",
                    hint: "上年结转数应等于上一年报告的结转下年度继续办理数；核对两年的报告"))
            }
        }
        if let table = format.table("proactive") {
            for rowID in ["regulations", "normative_documents"] {
                func v(_ r: Report, _ c: String) -> Int? { r.value(CellKey(table: "proactive", row: rowID, column: c))?.intValue }
                guard let now = v(report, "in_force"), let then = last.proactive[rowID]?["in_force"],
                      let issued = v(report, "issued"), let repealed = v(report, "repealed"),
                      now != then + issued - repealed else { continue }
                out.append(Diagnostic(.warning, kind: .rule, at: report.location(CellKey(table: "proactive", row: rowID, column: "in_force")),
                    "\(table.name)「\(table.row(rowID)?.displayLabel ?? rowID)」×「现行有效件数」为 \(now)，上年 \(then) 加本年制发 \(issued) 减本年废止 \(repealed) 为 \(then + issued - repealed)（见 \(last.label)）",
                    hint: "文件也可能因到期失效，确认无误可不改"))
            }
        }
        return out
    }
}
