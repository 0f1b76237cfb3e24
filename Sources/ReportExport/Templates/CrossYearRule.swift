/// A rule between this year's report and last year's report of the same agency, as data
/// (`cross_year:` in a format file), checked when a run is given `--previous`.
///
/// In each of `rows` of `table`, for each of `columns` (default: every value column of the
/// row), this year's cell equals last year's cell of row `last_row` and column `last_column`
/// (default: the same row and column), plus this year's `plus` columns of the row, minus its
/// `minus` columns.
/// A rule any of whose cells is missing or not a count is not checked.
public struct CrossYearRule: Codable, Sendable, Equatable {
    public var table: String
    public var rows: [String]
    public var columns: [String]?
    public var lastRow: String?
    public var lastColumn: String?
    public var plus: [String]?
    public var minus: [String]?
    public enum Severity: String, TemplateEnum {
        case error, warning
    }

    public var severity: Severity
    /// The message, with placeholders: {place} (table「row」×「column」), {value} (this year's
    /// cell), {last} (last year's), {expected}, {previous} (last year's report) and, for each
    /// `plus` or `minus` column, {<column id>}.
    public var message: String
    public var hint: String?

    enum CodingKeys: String, CodingKey {
        case table, rows, columns, plus, minus, severity, message, hint
        case lastRow = "last_row"
        case lastColumn = "last_column"
    }

    /// The diagnostic severity `severity` names.
    public var diagnosticSeverity: Diagnostic.Severity {
        switch severity {
        case .error: return .error
        case .warning: return .warning
        }
    }

    /// The cells checked, each with the one of last year it is compared with.
    public func cells(in format: FormatSpec) -> [(now: CellKey, last: CellKey)] {
        guard let spec = format.table(table) else { return [] }
        return rows.flatMap { row -> [(now: CellKey, last: CellKey)] in
            (columns ?? spec.row(row)?.valueColumns ?? []).map { column in
                (CellKey(table: table, row: row, column: column), CellKey(table: table, row: lastRow ?? row, column: lastColumn ?? column))
            }
        }
    }

    /// Why this rule cannot be checked in `format`: the key at fault and what is wrong with it;
    /// nil when it can.
    func problem(in format: FormatSpec) -> (key: String, text: String)? {
        guard let spec = format.table(table) else { return ("table", "table 写的表格“\(table)”在格式中不存在") }
        if rows.isEmpty { return ("rows", "rows 没有写任何行") }
        for row in rows + [lastRow].compactMap({ $0 }) where spec.row(row) == nil {
            let key = row == lastRow && !rows.contains(row) ? "last_row" : "rows"
            return (key, "\(key) 写的行“\(row)”在\(spec.name)中不存在")
        }
        for row in rows {
            let held = Set(spec.row(row)?.valueColumns ?? [])
            if let lastColumn, !(spec.row(lastRow ?? row)?.valueColumns ?? []).contains(lastColumn) {
                return ("last_column", "last_column 写的列“\(lastColumn)”不是\(spec.name)「\(spec.row(lastRow ?? row)?.displayLabel ?? row)」的数值列")
            }
            for (key, list) in [("columns", columns ?? []), ("plus", plus ?? []), ("minus", minus ?? [])] {
                for column in list where !held.contains(column) {
                    return (key, "\(key) 写的列“\(column)”不是\(spec.name)「\(spec.row(row)?.displayLabel ?? row)」的数值列")
                }
            }
        }
        let known = Set(["place", "value", "last", "expected", "previous"] + (plus ?? []) + (minus ?? []))
        for name in Self.placeholders(in: message) where !known.contains(name) {
            return ("message", "message 中的 {\(name)} 不是可用的占位符（可用：\(known.sorted().map { "{\($0)}" }.joined(separator: "、"))）")
        }
        return nil
    }

    /// The names between braces in `text`.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            names.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return names
    }

    /// `message` with each placeholder replaced by its value, in one pass (a value such as a
    /// file name may itself hold braces).
    public func say(_ values: [String: String]) -> String {
        var text = ""
        var rest = Substring(message)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            text += rest[..<open]
            let name = String(after[..<close])
            text += values[name] ?? "{\(name)}"
            rest = after[after.index(after: close)...]
        }
        return text + rest
    }
}
