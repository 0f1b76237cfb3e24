/// Something of a report that a source file gives at some place: a fixed field, a narrative
/// part, a table, one of its rows or one cell. Keys `Report.locations` and `Report.unusable`.
public enum ReportPlace: Sendable, Hashable {
    case field(String)
    case narrative(String)
    case table(String)
    case row(RowKey)
    case cell(CellKey)

    /// The places a message about `key` may point at, most precise first.
    public static func around(_ key: CellKey) -> [ReportPlace] {
        [.cell(key), .row(key.rowKey), .table(key.table)]
    }
}
