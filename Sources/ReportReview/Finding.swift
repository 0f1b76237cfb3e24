import ReportExport

/// One thing an office's review found in one report: which rule, how bad, where, what and how
/// to fix it. A line of the 问题清单.
public struct Finding: Sendable, Hashable {
    public var agency: String
    /// The report as the run names it (its file, or `sheet.csv:7`).
    public var input: String
    public var severity: Diagnostic.Severity
    /// The rule's id (`placeholder`, `narrative_numbers`, …), or `输入` / `勾稽关系` for the
    /// problems every check already finds.
    public var rule: String
    public var location: SourceLocation
    public var message: String
    public var fix: String
    /// Lines shown under the message: the two passages of a near copy, side by side.
    public var detail: [String] = []

    public init(agency: String, input: String, severity: Diagnostic.Severity, rule: String, location: SourceLocation,
                message: String, fix: String, detail: [String] = []) {
        self.agency = agency
        self.input = input
        self.severity = severity
        self.rule = rule
        self.location = location
        self.message = message
        self.fix = fix
        self.detail = detail
    }

    /// A problem the reading and the 勾稽关系 already report, as a line of the list.
    public init(_ diagnostic: Diagnostic, agency: String, input: String) {
        self.init(agency: agency, input: input, severity: diagnostic.severity,
                  rule: diagnostic.kind == .rule ? "勾稽关系" : "输入", location: diagnostic.location,
                  message: diagnostic.message, fix: diagnostic.hint ?? "")
    }

    /// As `validate` prints it: the rule's id in brackets, then its fix and detail.
    public var diagnostic: Diagnostic {
        let text = ([message] + detail).joined(separator: "\n    ")
        return Diagnostic(severity, kind: .rule, at: location, "〔\(rule)〕" + text, hint: fix.isEmpty ? nil : fix)
    }
}
