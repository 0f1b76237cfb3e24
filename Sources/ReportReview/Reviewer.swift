import ReportExport

/// Checks one report against the review rules in force for its format — every rule that reads
/// the report alone. Near copies need other reports too: `SamenessIndex`.
public struct Reviewer: Sendable {
    public let rules: ReviewRuleSet

    public init(rules: ReviewRuleSet) { self.rules = rules }

    /// Every finding of the single-report rules, in rule order.
    public func review(_ report: Report, format: FormatSpec, input: String) -> [Finding] {
        let narratives = ScannedNarratives(report)
        return rules.compiled(for: format).flatMap { compiled -> [Finding] in
            let rule = compiled.rule
            switch rule.kind {
            case .placeholder?: return TextRules.placeholders(compiled, narratives, format, input: input)
            case .length?: return TextRules.length(rule, narratives, format, input: input)
            case .headings?: return TextRules.headings(rule, report, format, input: input)
            case .edition?: return TextRules.edition(rule, report, format, input: input)
            case .claim?: return NarrativeClaims.check(rule, compiled.claims, narratives, format, input: input)
            case .sameness?, .children?, nil: return []
            }
        }
    }

    /// How many of the report's sentences that state a quantity the claim rules tie to cells.
    public func coverage(_ report: Report, format: FormatSpec) -> (numeric: Int, tied: Int, zero: Int) {
        var coverage = NarrativeClaims.Coverage()
        let claims = rules.compiled(for: format).filter { $0.rule.kind == .claim }.flatMap(\.claims)
        _ = NarrativeClaims.statements(claims, in: ScannedNarratives(report), format: format, coverage: &coverage)
        return (coverage.numericSentences, coverage.tiedSentences, coverage.zeroStatements)
    }
}
