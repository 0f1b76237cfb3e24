import ReportExport

/// An office's review of many reports: each read (through the caller's `load`, so a folder, a
/// manifest or a sheet all work), checked by the reading, the 勾稽关系, the caller's `extra`
/// checks (cross-year rules) and every review rule, then near copies across the run and
/// against last year's reports.
public struct ReviewRun: Sendable {
    public let reviewer: Reviewer
    public let previous: PreviousNarratives?

    public init(reviewer: Reviewer, previous: PreviousNarratives? = nil) {
        self.reviewer = reviewer
        self.previous = previous
    }

    /// One report's outcome: its own problems (as `validate` prints them) and the findings.
    public struct Item: Sendable {
        public let input: String
        public let agency: String?
        /// Every problem of the reading and the 勾稽关系 (and `extra`), in file order.
        public let diagnostics: [Diagnostic]
        public var findings: [Finding]
        /// Nothing read the report far enough to review it.
        public var reviewed: Bool
    }

    public func run(count: Int, label: @Sendable (Int) -> String,
                    load: @Sendable (Int) -> Result<ReportFileReader.Loaded, ReportErrors>,
                    extra: @Sendable (Report, FormatSpec) -> [Diagnostic] = { _, _ in [] }) -> [Item] {
        let rules = reviewer.rules
        let checked = ParallelMap.map(Array(0..<count)) { [reviewer, previous] i -> (Item, NarrativePrint?) in
            let input = label(i)
            switch load(i) {
            case .failure(let errors):
                return (Item(input: input, agency: nil, diagnostics: errors.diagnostics,
                             findings: errors.diagnostics.map { Finding($0, agency: "", input: input) }, reviewed: false), nil)
            case .success(let loaded):
                let report = loaded.report
                var diagnostics = loaded.diagnostics
                guard let format = loaded.format else {
                    return (Item(input: input, agency: report.agency, diagnostics: diagnostics,
                                 findings: diagnostics.map { Finding($0, agency: report.agency, input: input) }, reviewed: false), nil)
                }
                diagnostics = (diagnostics + extra(report, format)).sortedByPlace()
                var findings = diagnostics.map { Finding($0, agency: report.agency, input: input) }
                findings += reviewer.review(report, format: format, input: input)
                if let previous, let last = previous.print(agency: report.agency, year: report.year - 1),
                   let rule = rules.rules(for: format).first(where: { $0.kind == .sameness && $0.scope == "previous" }),
                   let now = Sameness.print(report, format: format, input: input, rules: rules, scope: "previous") {
                    findings += Sameness.previous(now, last: last, rule: rule)
                }
                let print = Sameness.print(report, format: format, input: input, rules: rules, scope: "batch")
                return (Item(input: input, agency: report.agency, diagnostics: diagnostics, findings: findings, reviewed: true), print)
            }
        }
        var items = checked.map(\.0)
        // The batch rule as the first edition in force words it (an office sets one threshold).
        if let rule = rules.all(kind: .sameness).first(where: { $0.scope == "batch" }) {
            let prints = checked.map(\.1)
            var index: [String: Int] = [:]
            for (i, item) in items.enumerated() where item.reviewed { index[item.input] = i }
            for finding in Sameness.batch(prints, rule: rule) {
                if let i = index[finding.input] { items[i].findings.append(finding) }
            }
        }
        return items
    }
}

/// Last year's narratives by agency and year, for the `previous` sameness rule.
public struct PreviousNarratives: Sendable {
    private var prints: [String: [Int: NarrativePrint]] = [:]
    let rules: ReviewRuleSet

    public init(rules: ReviewRuleSet) { self.rules = rules }

    /// Keeps what the rule needs of one of last year's reports.
    public mutating func add(_ report: Report, format: FormatSpec, label: String) {
        guard let print = Sameness.print(report, format: format, input: label, rules: rules, scope: "previous") else { return }
        prints[report.agency, default: [:]][report.year] = print
    }

    public var count: Int { prints.values.reduce(0) { $0 + $1.count } }

    func print(agency: String, year: Int) -> NarrativePrint? { prints[agency]?[year] }
}
