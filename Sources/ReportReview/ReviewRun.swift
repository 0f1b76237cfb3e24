import Foundation
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

    /// Every report checked on its own (on all cores), with the print the batch's copy check
    /// needs; `flagCopies` then compares the prints.
    public struct Checked: Sendable {
        public var items: [Item]
        let prints: [NarrativePrint?]

        /// Reports reviewed one by one (`review`), in input order.
        public init(_ reviewed: [Reviewed]) {
            items = reviewed.map(\.item)
            prints = reviewed.map(\.print)
        }
    }

    public func run(count: Int, label: @Sendable (Int) -> String,
                    load: @Sendable (Int) -> Result<ReportFileReader.Loaded, ReportErrors>,
                    extra: @Sendable (Report, FormatSpec) -> [Diagnostic] = { _, _ in [] }) -> [Item] {
        flagCopies(check(count: count, label: label, load: load, extra: extra))
    }

    /// Each report read and checked by every rule that needs no other report of the run.
    public func check(count: Int, label: @Sendable (Int) -> String,
                      load: @Sendable (Int) -> Result<ReportFileReader.Loaded, ReportErrors>,
                      extra: @Sendable (Report, FormatSpec) -> [Diagnostic] = { _, _ in [] }) -> Checked {
        Checked(ParallelMap.map(Array(0..<count)) { [self] i in review(input: label(i), load(i), extra: extra) })
    }

    /// One report checked on its own, with the print the batch's copy check keeps of it.
    public struct Reviewed: Sendable {
        public let item: Item
        let print: NarrativePrint?
    }

    /// One report, read by the caller (`check`'s workers, or the batch's renderers, so a batch
    /// reads each input once), checked by every rule that needs no other report of the run.
    public func review(input: String, _ read: Result<ReportFileReader.Loaded, ReportErrors>,
                       extra: (Report, FormatSpec) -> [Diagnostic] = { _, _ in [] }) -> Reviewed {
        let rules = reviewer.rules
        switch read {
        case .failure(let errors):
            return Reviewed(item: Item(input: input, agency: nil, diagnostics: errors.diagnostics,
                                       findings: errors.diagnostics.map { Finding($0, agency: "", input: input) }, reviewed: false),
                            print: nil)
        case .success(let loaded):
            let report = loaded.report
            var diagnostics = loaded.diagnostics
            guard let format = loaded.format else {
                return Reviewed(item: Item(input: input, agency: report.agency, diagnostics: diagnostics,
                                           findings: diagnostics.map { Finding($0, agency: report.agency, input: input) }, reviewed: false),
                                print: nil)
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
            return Reviewed(item: Item(input: input, agency: report.agency, diagnostics: diagnostics, findings: findings, reviewed: true),
                            print: print)
        }
    }

    /// The items with near copies across the run added (the `batch` sameness rule).
    public func flagCopies(_ checked: Checked) -> [Item] {
        var items = checked.items
        if let (rule, comparison) = compareCopies(checked) {
            var index: [String: Int] = [:]
            for (i, item) in items.enumerated() where item.reviewed { index[item.input] = i }
            for finding in Sameness.findings(comparison.pairs, checked.prints, rule: rule) {
                if let i = index[finding.input] { items[i].findings.append(finding) }
            }
        }
        return items
    }

    /// The run's near copies by the batch rule as the first edition in force words it (an
    /// office sets one threshold), with how many pairs were compared; nil without such a rule.
    public func compareCopies(_ checked: Checked) -> (ReviewRule, Sameness.Comparison)? {
        guard let rule = reviewer.rules.all(kind: .sameness).first(where: { $0.scope == "batch" }) else { return nil }
        return (rule, Sameness.compare(checked.prints, rule: rule))
    }
}

/// Reviews handed in by many workers in any order (the batch's renderers), kept by input index.
public final class ReviewSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ReviewRun.Reviewed?]

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ reviewed: ReviewRun.Reviewed) {
        lock.lock()
        slots[index] = reviewed
        lock.unlock()
    }

    /// What was handed in, in input order (after a cancelled batch, some inputs have none).
    public func checked() -> ReviewRun.Checked {
        lock.lock()
        defer { lock.unlock() }
        return ReviewRun.Checked(slots.compactMap { $0 })
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
