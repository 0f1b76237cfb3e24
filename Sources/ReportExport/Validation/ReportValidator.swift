/// Checks a report against its format before anything is printed: fills in totals the file
/// left out, then reports every missing number and every broken 勾稽关系, in the report's
/// own words.
public struct ReportValidator: Sendable {
    public let format: FormatSpec
    /// The rules' units worked out before (`TemplateLibrary.validationPlan`), else nil.
    let planned: Plan?

    public init(format: FormatSpec) {
        self.format = format
        planned = nil
    }

    /// With the plan the library keeps for `format`: every report of an edition checks the
    /// same units, so a batch (and one read) need not work them out again.
    init(format: FormatSpec, plan: Plan) {
        self.format = format
        planned = plan
    }

    public func validate(_ report: inout Report) -> [Diagnostic] {
        let plan = planned ?? self.plan()
        computeTotals(&report, plan)
        return missing(report) + broken(report, plan)
    }

    /// Each rule with its table and the units it holds in: worked out once per check, not
    /// once per pass over the rules.
    typealias Plan = [(rule: RuleSpec, table: TableSpec, units: [Unit])]

    func plan() -> Plan {
        format.rules.compactMap { rule in
            format.table(rule.table).map { (rule, $0, units(of: rule, in: $0)) }
        }
    }

    // MARK: - Totals

    /// A total the file leaves out is the sum of its terms, when every term is there.
    func computeTotals(_ report: inout Report, _ plan: Plan) {
        var changed = true
        while changed {
            changed = false
            for (rule, _, units) in plan {
                guard let total = rule.total, rule.equals == nil else { continue }
                for unit in units {
                    let key = unit.key(total)
                    guard report.value(key) == nil else { continue }
                    let terms = rule.sum.map { report.value(unit.key($0))?.intValue }
                    guard terms.allSatisfy({ $0 != nil }) else { continue }
                    let sum = terms.reduce(0) { $0 + $1! }
                    report.values[key] = .count(sum)
                    report.computed.insert(key)
                    changed = true
                }
            }
        }
    }

    // MARK: - Missing numbers

    func missing(_ report: Report) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for part in format.parts {
            guard let id = part.table, let table = format.table(id) else { continue }
            guard report.values.contains(table: id) || report.unusable.contains(.table(id)) else {
                out.append(Diagnostic(at: report.location(nearest: [.table(id)]), "缺少\(table.name)（\(part.heading)，键 \(id)）",
                                      hint: "加上 \(id): 并按行填写；用 gkexport init 可以生成完整的模板"))
                continue
            }
            guard report.values.contains(table: id) else { continue }
            // Most reports have nothing unusable: no place is then hashed to ask.
            let anyUnusable = !report.unusable.isEmpty
            for row in table.valueRows {
                let rowKey = row.key(in: id)
                guard !(anyUnusable && report.unusable.contains(.row(rowKey))) else { continue }
                let absent = row.valueColumns.filter {
                    report.value(rowKey.cell($0)) == nil && !(anyUnusable && report.unusable.contains(.cell(rowKey.cell($0))))
                }
                guard !absent.isEmpty else { continue }
                out.append(Diagnostic(at: report.location(nearest: [.row(rowKey), .table(id)]),
                    "\(table.name)「\(row.displayLabel)」缺少：\(absent.map { table.labels[$0] ?? $0 }.joined(separator: "、"))",
                    hint: "在 \(id) → \(row.id) 下补上 \(absent.joined(separator: "、"))，没有就填 0"))
            }
        }
        return out
    }

    // MARK: - Rules

    func broken(_ report: Report, _ plan: Plan) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (rule, table, units) in plan {
            units: for unit in units {
                func value(_ id: String) -> Int? {
                    report.value(unit.key(id))?.intValue
                }
                // Summed as looked up, no array per unit: a rule holds in hundreds of units.
                var sum = 0
                for id in rule.sum {
                    guard let term = value(id) else { continue units }
                    sum += term
                }
                if let total = rule.total, let given = value(total) {
                    guard given != sum else { continue }
                    let rowLabel = table.row(unit.row(total))?.displayLabel ?? unit.row(total)
                    let columnLabel = table.labels[unit.column(total)] ?? unit.column(total)
                    out.append(Diagnostic(kind: .rule, at: report.location(nearest: ReportPlace.around(unit.key(total))),
                        "\(table.name)「\(rowLabel)」×「\(columnLabel)」应为 \(sum)（\(rule.says)），填写的是 \(given)",
                        hint: "核对这个总数和各项数字；总数也可以不填，由程序计算"))
                } else if let equals = rule.equals {
                    var other = 0
                    for id in equals {
                        guard let term = value(id) else { continue units }
                        other += term
                    }
                    guard other != sum else { continue }
                    let first = equals[0]
                    let where_ = rule.each == .column
                        ? "「\(table.labels[unit.column(first)] ?? unit.column(first))」列"
                        : "「\(table.row(unit.row(first))?.displayLabel ?? unit.row(first))」行"
                    out.append(Diagnostic(kind: .rule, at: report.location(nearest: ReportPlace.around(unit.key(first))),
                        "\(table.name)\(where_)：\(rule.sum.map { label(table, rule, $0) }.joined(separator: "加"))之和为 \(sum)，"
                            + "\(equals.map { label(table, rule, $0) }.joined(separator: "加"))之和为 \(other)，两者应相等（\(rule.says)）",
                        hint: "核对这一\(rule.each == .column ? "列" : "行")的各项数字"))
                }
            }
        }
        return out
    }

    /// The short name of a rule's term: a row's label up to its first "、" or a column's label.
    private func label(_ table: TableSpec, _ rule: RuleSpec, _ id: String) -> String {
        switch rule.each {
        case .row: return "「\(table.labels[id] ?? id)」"
        case .column:
            let full = table.row(id)?.displayLabel ?? id
            return "「\(full.split(separator: "、").first.map(String.init) ?? full)」"
        }
    }

    // MARK: - Where a rule applies

    /// One row (for `each: row`) or one column (for `each: column`) the rule holds in.
    public struct Unit: Sendable {
        let rule: RuleSpec
        let table: String
        let fixed: String
        public func row(_ id: String) -> String { rule.each == .row ? fixed : id }
        public func column(_ id: String) -> String { rule.each == .row ? id : fixed }
        /// The cell a rule term `id` names in this unit.
        public func key(_ id: String) -> CellKey { CellKey(table: table, row: row(id), column: column(id)) }
    }

    public func units(of rule: RuleSpec, in table: TableSpec) -> [Unit] {
        let named = [rule.total].compactMap { $0 } + rule.sum + (rule.equals ?? [])
        switch rule.each {
        case .row:
            return table.valueRows.filter { row in named.allSatisfy(row.valueColumns.contains) }.map { Unit(rule: rule, table: table.id, fixed: $0.id) }
        case .column:
            let rows = named.compactMap { table.row($0) }
            guard rows.count == named.count, let first = rows.first else { return [] }
            return first.valueColumns.filter { column in rows.allSatisfy { $0.valueColumns.contains(column) } }
                .map { Unit(rule: rule, table: table.id, fixed: $0) }
        }
    }
}
