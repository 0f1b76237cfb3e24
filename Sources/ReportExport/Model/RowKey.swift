/// One value row of a format table, by its table and row ids: what a missing-number message or
/// a row-wide problem points at.
public struct RowKey: Sendable, Hashable, Comparable {
    public var table: String
    public var row: String

    public init(table: String, row: String) {
        self.table = table
        self.row = row
    }

    /// The cell of this row in `column`.
    public func cell(_ column: String) -> CellKey { CellKey(table: table, row: row, column: column) }

    public static func < (a: RowKey, b: RowKey) -> Bool { (a.table, a.row) < (b.table, b.row) }
}

extension CellKey {
    /// The row this cell stands in.
    public var rowKey: RowKey { RowKey(table: table, row: row) }
}
