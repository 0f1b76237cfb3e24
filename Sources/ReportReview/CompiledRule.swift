import ReportExport

/// A rule with the phrases it searches for read into scalars once per run, not once per
/// sentence of every report.
struct CompiledRule: Sendable {
    let rule: ReviewRule
    /// `placeholder`: the phrases.
    let phrases: [(scalars: Scalars, text: String)]
    /// `claim`: the claims.
    let claims: [NarrativeClaims.Matcher]

    init(_ rule: ReviewRule) {
        self.rule = rule
        phrases = (rule.phrases ?? []).map { (Scalars(scalarsOf: $0), $0) }
        claims = (rule.claims ?? []).map(NarrativeClaims.Matcher.init)
    }
}
