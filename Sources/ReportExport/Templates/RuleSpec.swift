/// A cross-footing rule (勾稽关系) of a format, as data.
///
/// - `each: row` — the rule holds in every value row of the table that has all the named
///   columns; `total`, `sum` and `equals` name columns.
/// - `each: column` — the rule holds in every column; `total`, `sum` and `equals` name rows.
///
/// Either `total` = Σ `sum` (a total may then be left out of a report and is computed), or
/// Σ `sum` = Σ `equals`.
public struct RuleSpec: Codable, Sendable, Equatable {
    public enum Each: String, TemplateEnum {
        case row, column
    }

    public var table: String
    public var each: Each
    public var total: String?
    public var sum: [String]
    public var equals: [String]?
    /// How the report itself words the rule (各项之和), for messages.
    public var says: String
}
