import ReportExport

/// Checks one report against the review rules in force for its format — every rule that reads
/// the report alone. Near copies need other reports too: `SamenessIndex`.
public struct Reviewer: Sendable {
    public let rules: ReviewRuleSet

    public init(rules: ReviewRuleSet) { self.rules = rules }

    /// Every finding of the single-report rules, in rule order.
    public func review(_ report: Report, format: FormatSpec, input: String) -> [Finding] {
        rules.rules(for: format).flatMap { rule -> [Finding] in
            switch rule.kind {
            case .placeholder?: return TextRules.placeholders(rule, report, format, input: input)
            case .length?: return TextRules.length(rule, report, format, input: input)
            case .headings?: return TextRules.headings(rule, report, format, input: input)
            case .edition?: return TextRules.edition(rule, report, format, input: input)
            case .claim?: return NarrativeClaims.check(rule, report, format, input: input)
            case .sameness?, nil: return []
            }
        }
    }

    /// How many of the report's sentences that state a quantity the claim rules tie to cells.
    public func coverage(_ report: Report, format: FormatSpec) -> (numeric: Int, tied: Int, zero: Int) {
        var coverage = NarrativeClaims.Coverage()
        let claims = rules.rules(for: format).filter { $0.kind == .claim }.flatMap { $0.claims ?? [] }
        _ = NarrativeClaims.statements(claims, in: report, format: format, coverage: &coverage)
        return (coverage.numericSentences, coverage.tiedSentences, coverage.zeroStatements)
    }
}
