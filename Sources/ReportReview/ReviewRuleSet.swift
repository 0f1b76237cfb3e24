import ReportExport

/// The review rules in force for each edition: the format's own (`review:`), with an office's
/// rules file applied on top. Resolved once; read from every worker.
public struct ReviewRuleSet: Sendable {
    /// Edition → rules in force (disabled ones dropped).
    let byEdition: [String: [ReviewRule]]
    public let office: ReviewRulesFile?

    public init(templates: TemplateLibrary, office: ReviewRulesFile? = nil) throws(ReviewSetupError) {
        var out: [String: [ReviewRule]] = [:]
        let formats = templates.editions().compactMap { try? templates.format($0) }
        for format in formats {
            out[format.edition] = Self.resolve(format, office: office)
        }
        // An office's rule must make sense for at least one edition, and be complete.
        for entry in office?.review ?? [] {
            let problems = formats.compactMap { format in
                Self.resolve(format, office: office).first { $0.id == entry.id }.flatMap { $0.problem(in: format, strict: false) }
            }
            if problems.count == formats.count, let first = problems.first {
                throw ReviewSetupError(message: "审核规则文件：规则“\(entry.id)”：\(first)")
            }
        }
        byEdition = out
        self.office = office
    }

    static func resolve(_ format: FormatSpec, office: ReviewRulesFile?) -> [ReviewRule] {
        let rules = office.map { $0.applied(to: format.review) } ?? format.review
        return rules.filter { $0.disabled != true && $0.problem(in: format, strict: false) == nil }
    }

    /// The rules in force for `format`.
    public func rules(for format: FormatSpec) -> [ReviewRule] {
        byEdition[format.edition] ?? Self.resolve(format, office: office)
    }

    /// Every rule in force in any edition, by id (the first edition's wording), sorted by id.
    public func all(kind: ReviewRule.Kind) -> [ReviewRule] {
        var seen: [String: ReviewRule] = [:]
        for edition in byEdition.keys.sorted() { for r in byEdition[edition]! where r.kind == kind && seen[r.id] == nil { seen[r.id] = r } }
        return seen.keys.sorted().map { seen[$0]! }
    }
}

/// An office's rules file that cannot be used, said in Chinese.
public struct ReviewSetupError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
