import OOXMLWriter

/// The format's 勾稽 rules as spreadsheet formulas: each total that a rule defines as a sum
/// becomes that sum (so a rule changed in the format file changes the formula), and every unit
/// a rule holds in gets a check showing ✓ or ✗ with the difference.
struct RuleFormulas {
    let layout: WorkbookLayout

    /// Total cell → its formula; the first rule that defines a cell wins (a cell that is the
    /// total of a row and of a column is checked by the other rule).
    func totals() -> [CellKey: String] {
        var out: [CellKey: String] = [:]
        let validator = ReportValidator(format: layout.format)
        for rule in layout.format.rules {
            guard let total = rule.total, rule.equals == nil, let table = layout.format.table(rule.table) else { continue }
            for unit in validator.units(of: rule, in: table) where out[unit.key(total)] == nil {
                guard let terms = references(rule.sum.map(unit.key)) else { continue }
                out[unit.key(total)] = "SUM(\(terms))"
            }
        }
        return out
    }

    /// The check of one unit of a rule: ✓ when it holds, else ✗ and left side minus right side.
    func check(_ rule: RuleSpec, _ unit: ReportValidator.Unit) -> String? {
        let left: String, right: String
        if let total = rule.total {
            guard let t = references([unit.key(total)]), let s = references(rule.sum.map(unit.key)) else { return nil }
            (left, right) = (t, "SUM(\(s))")
        } else if let equals = rule.equals {
            guard let s = references(rule.sum.map(unit.key)), let e = references(equals.map(unit.key)) else { return nil }
            (left, right) = ("SUM(\(s))", "SUM(\(e))")
        } else {
            return nil
        }
        return "IF(\(left)=\(right),\"\(Self.holds)\",\"\(Self.broken) 差 \"&(\(left)-\(right)))"
    }

    static let holds = "✓"
    static let broken = "✗"

    /// `F5,F6,G9`: the anchors of `keys`, nil if any is not a value cell of the layout.
    private func references(_ keys: [CellKey]) -> String? {
        var out: [String] = []
        for key in keys {
            guard let reference = layout.reference(key) else { return nil }
            out.append(reference)
        }
        return out.joined(separator: ",")
    }
}
