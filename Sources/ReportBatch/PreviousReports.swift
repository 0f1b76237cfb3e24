import Foundation
import ReportExport

/// Last year's reports of the same agencies, for the cross-year rules of the formats
/// (`cross_year:` in templates/formats: e.g. this year's 二、上年结转 equals last year's
/// 四、结转下年度继续办理, column by column).
public struct PreviousReports: Sendable {
    /// Only the cells some cross-year rule reads, not the report: thousands of previous reports
    /// stay a few hundred bytes each.
    struct Entry: Sendable {
        let label: String
        /// Counts in the order of `PreviousReports.kept`.
        let counts: [Int?]
    }

    /// The most previous reports one run reads (after repeats of one file are dropped): a
    /// province's agencies fit (docs/LIMITS.md); a manifest naming more is refused.
    public static let maxReports = 20_000

    /// Agency → year → what the rules need.
    let reports: [String: [Int: Entry]]
    /// The last-year cells any format's cross-year rules read, and where each stands in an entry.
    let kept: [CellKey: Int]

    /// Opens `path` (folder, manifest or sheet) and reads last year's reports from it.
    public static func open(_ path: String, templates: TemplateLibrary, jobs: Int) throws(ReportErrors) -> PreviousReports {
        try PreviousReports(try BatchInput.open(path, templates: templates), templates: templates, jobs: jobs, source: path)
    }

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
        // This year's format holds the rule, so what last year's report must keep is what any
        // format of the library may ask of it (a format that does not load fails its reports).
        let cells = Set(templates.editions().compactMap { try? templates.format($0) }.flatMap { format in
            format.crossYear.flatMap { $0.cells(in: format).map(\.last) }
        }).sorted()
        let kept = Dictionary(uniqueKeysWithValues: cells.enumerated().map { ($1, $0) })
        let loaded = ParallelMap.map(Array(0..<input.count), jobs: jobs) { i -> (String, Int, Entry)? in
            guard case .success(let l) = input.load(i, templates: templates), l.errors.isEmpty else { return nil }
            return (l.report.agency, l.report.year, Entry(label: input.label(i), counts: cells.map { l.report.value($0)?.intValue }))
        }
        var index: [String: [Int: Entry]] = [:]
        for case let (agency, year, entry)? in loaded { index[agency, default: [:]][year] = entry }
        reports = index
        self.kept = kept
    }

    public var count: Int { reports.values.reduce(0) { $0 + $1.count } }

    /// The cross-year rules of `format` checked against the agency's report of the year before.
    public func check(_ report: Report, format: FormatSpec) -> [Diagnostic] {
        guard let last = reports[report.agency]?[report.year - 1] else { return [] }
        var out: [Diagnostic] = []
        for rule in format.crossYear {
            guard let table = format.table(rule.table) else { continue }
            for (key, lastKey) in rule.cells(in: format) {
                func now(_ column: String) -> Int? {
                    report.value(CellKey(table: key.table, row: key.row, column: column))?.intValue
                }
                let terms = ((rule.plus ?? []) + (rule.minus ?? [])).map { ($0, now($0)) }
                guard let value = now(key.column), let then = kept[lastKey].flatMap({ last.counts[$0] }),
                      terms.allSatisfy({ $0.1 != nil }) else { continue }
                let sum = { (columns: [String]?) in (columns ?? []).reduce(0) { $0 + now($1)! } }
                let expected = then + sum(rule.plus) - sum(rule.minus)
                guard value != expected else { continue }
                var words = ["place": "\(table.name)「\(table.row(key.row)?.displayLabel ?? key.row)」×「\(table.labels[key.column] ?? key.column)」",
                             "value": "\(value)", "last": "\(then)", "expected": "\(expected)", "previous": last.label]
                for (column, count) in terms { words[column] = "\(count!)" }
                out.append(Diagnostic(rule.diagnosticSeverity, kind: .rule, at: report.location(key), rule.say(words), hint: rule.hint))
            }
        }
        return out
    }
}
