/// A table read back from a document: merged cells resolved onto the grid.
public struct ReadTable: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var row: Int
        public var column: Int
        public var rowSpan: Int
        public var colSpan: Int
        public var text: String

        public init(row: Int, column: Int, rowSpan: Int, colSpan: Int, text: String) {
            self.row = row
            self.column = column
            self.rowSpan = rowSpan
            self.colSpan = colSpan
            self.text = text
        }
    }

    public var columns: Int
    public var rows: Int
    public var cells: [Cell]

    public init(columns: Int, rows: Int, cells: [Cell]) {
        self.columns = columns
        self.rows = rows
        self.cells = cells
    }

    /// The cell anchored at (`row`, `column`), if one is.
    public func cell(row: Int, column: Int) -> Cell? {
        cells.first { $0.row == row && $0.column == column }
    }
}
