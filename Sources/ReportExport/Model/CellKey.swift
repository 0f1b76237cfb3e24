/// One value cell of a format: a table, one of its value rows and one of that row's columns,
/// by their stable ids. The only way values are stored, looked up and located.
public struct CellKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var table: String
    public var row: String
    public var column: String

    public init(table: String, row: String, column: String) {
        self.table = table
        self.row = row
        self.column = column
    }

    /// The id a report sheet's header and docs/fields.md use: `applications.received.natural_person`.
    public var path: String { "\(table).\(row).\(column)" }

    /// Reads a `path`; nil unless it has exactly three non-empty parts.
    public init?(path: String) {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        self.init(table: String(parts[0]), row: String(parts[1]), column: String(parts[2]))
    }

    public var description: String { path }

    /// Row and column ids only: hashing is most of a lookup, and cells of different tables that
    /// share both ids are few (equality still compares the table).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(row)
        hasher.combine(column)
    }

    public static func < (a: CellKey, b: CellKey) -> Bool {
        (a.table, a.row, a.column) < (b.table, b.row, b.column)
    }
}
