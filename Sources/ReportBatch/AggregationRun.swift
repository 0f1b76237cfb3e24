import ReportExport
/// The whole of one `aggregate`: every input read (in chunks, on all cores), checked, and added,
/// or the problems that keep the totals from being written.
public struct AggregationRun: Sendable {
    /// The totals; nil when nothing could be added.
    public var aggregation: Aggregation?
    /// Why the totals may not be written, in input order; empty on success.
    public var problems: [String] = []
    /// The inputs' own warnings, in input order.
    public var warnings: [Diagnostic] = []
    /// The inputs added to the totals, by label, in input order.
    public var read: [String] = []

    /// Inputs read at a time between checks of the cap.
    public static let chunk = 256

    /// Reads and adds every input; stops reading after `Aggregation.maxFailedInputs` failures.
    public init(_ opened: AggregateInputs, templates: TemplateLibrary) {
        problems = opened.problems
        var failed = problems.count
        var unchecked = 0
        // (agency, year) → where it was first read: two files of one agency double its numbers.
        var agencies: [String: String] = [:]
        for (_, input) in opened.inputs {
            warnings += input.warnings
            var start = 0
            while start < input.count {
                guard failed < Aggregation.maxFailedInputs else {
                    unchecked += input.count - start
                    break
                }
                let range = start..<min(input.count, start + Self.chunk)
                start = range.upperBound
                let loaded = ParallelMap.map(Array(range)) { input.load($0, templates: templates) }
                for (i, result) in zip(range, loaded) {
                    guard failed < Aggregation.maxFailedInputs else {
                        unchecked += 1
                        continue
                    }
                    if let problem = add(result, label: input.label(i), agencies: &agencies) {
                        problems.append(problem)
                        failed += 1
                    }
                }
            }
        }
        if unchecked > 0 {
            problems.append("已列出 \(failed) 份有问题的报告（上限 \(Aggregation.maxFailedInputs) 份），其余 \(unchecked) 份未再检查 → 先改正上面这些，再运行一次")
        }
        if problems.isEmpty, aggregation == nil { problems = ["没有可汇总的报告"] }
    }

    /// Adds one read input to the totals, or says why it cannot be.
    private mutating func add(_ result: Result<ReportFileReader.Loaded, ReportErrors>, label: String,
                              agencies: inout [String: String]) -> String? {
        let l: ReportFileReader.Loaded
        switch result {
        case .failure(let errors):
            return errors.description
        case .success(let loaded):
            l = loaded
        }
        guard l.errors.isEmpty, let format = l.format else {
            return l.diagnostics.map(\.description).joined(separator: "\n")
        }
        let key = "\(l.report.agency)\u{0}\(l.report.year)"
        if let first = agencies[key] {
            return "\(label)：单位「\(l.report.agency)」\(l.report.year)年的报告已在 \(first) 读过；同一单位汇总两次会使合计加倍 → 只留其中一份"
        }
        agencies[key] = label
        if aggregation == nil { aggregation = Aggregation(format: format, year: l.report.year) }
        do {
            try aggregation!.add(l.report, from: label)
        } catch {
            return error.description
        }
        read.append(label)
        return nil
    }
}
