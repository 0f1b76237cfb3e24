/// A table whose merged cells have been checked: constructing one resolves its grid, so an
/// invalid table is an error here, never a corrupt file later.
public struct Table: Sendable, Hashable {
    public let columnWidths: [Length]
    public let rows: [Row]
    public let grid: TableGrid
    /// Width of every border line.
    public var borderWidth: Length
    /// Inner space left and right of each cell's text.
    public var cellPadding: Length
    /// What the table is about, for formats that name a table (a web page's `<caption>`);
    /// print formats leave it to the heading before the table.
    public var caption: String?

    public init(columnWidths: [Length], rows: [Row], borderWidth: Length = .pt(0.5),
                cellPadding: Length = .mm(1), caption: String? = nil) throws(TableGridError) {
        self.columnWidths = columnWidths
        self.rows = rows
        self.grid = try TableGrid(rows: rows, columnCount: columnWidths.count)
        self.borderWidth = borderWidth
        self.cellPadding = cellPadding
        self.caption = caption
    }

    public var width: Length { columnWidths.reduce(.zero, +) }

    /// Width of the cell anchored at `column` spanning `span` columns.
    public func width(fromColumn column: Int, span: Int) -> Length {
        columnWidths[column..<(column + span)].reduce(.zero, +)
    }
}
