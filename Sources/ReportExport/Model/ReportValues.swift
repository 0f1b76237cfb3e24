/// A report's numbers, each under its `CellKey`, and the tables the source gives at all (a
/// table given with no number in it still exists: its numbers are then missing one by one).
public struct ReportValues: Sendable, Hashable {
    public private(set) var cells: [CellKey: CellValue] = [:]
    public private(set) var tables: Set<String> = []

    public init() {}

    public subscript(key: CellKey) -> CellValue? {
        get { cells[key] }
        set {
            cells[key] = newValue
            if newValue != nil { tables.insert(key.table) }
        }
    }

    /// Marks `table` as given, with or without numbers.
    public mutating func give(table: String) { tables.insert(table) }

    /// Room for `count` cells, so a reader that knows the format's size never rehashes.
    public mutating func reserveCapacity(_ count: Int) { cells.reserveCapacity(count) }

    public func contains(table: String) -> Bool { tables.contains(table) }

    /// The numbers of one row, column id → value.
    public func row(_ key: RowKey) -> [String: CellValue] {
        var out: [String: CellValue] = [:]
        for (cell, value) in cells where cell.table == key.table && cell.row == key.row { out[cell.column] = value }
        return out
    }

    public var isEmpty: Bool { cells.isEmpty }
}
