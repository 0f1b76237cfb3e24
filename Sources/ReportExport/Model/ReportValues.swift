/// A report's numbers, each under its `CellKey`, and the tables the source gives at all (a
/// table given with no number in it still exists: its numbers are then missing one by one).
public struct ReportValues: Sendable, Hashable {
    public private(set) var cells: [CellKey: CellValue] = [:]
    /// The tables given, in the order first given: a format has a handful, so a linear search
    /// of short ids is cheaper than hashing the table id again for every cell stored.
    private var given: [String] = []

    public var tables: Set<String> { Set(given) }

    public init() {}

    public subscript(key: CellKey) -> CellValue? {
        get { cells[key] }
        set {
            cells[key] = newValue
            if newValue != nil { give(table: key.table) }
        }
    }

    /// Marks `table` as given, with or without numbers.
    public mutating func give(table: String) {
        if !given.contains(table) { given.append(table) }
    }

    /// Room for `count` cells, so a reader that knows the format's size never rehashes.
    public mutating func reserveCapacity(_ count: Int) { cells.reserveCapacity(count) }

    public func contains(table: String) -> Bool { given.contains(table) }

    /// The numbers of one row, column id → value.
    public func row(_ key: RowKey) -> [String: CellValue] {
        var out: [String: CellValue] = [:]
        for (cell, value) in cells where cell.table == key.table && cell.row == key.row { out[cell.column] = value }
        return out
    }

    public var isEmpty: Bool { cells.isEmpty }

    // Equal whatever order the tables were given in, as when they were a set.
    public static func == (a: ReportValues, b: ReportValues) -> Bool {
        a.cells == b.cells && a.given.count == b.given.count && a.given.allSatisfy(b.given.contains)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(cells)
        hasher.combine(tables)
    }
}
