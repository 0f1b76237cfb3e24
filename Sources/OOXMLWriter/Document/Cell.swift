/// An anchor cell: it starts at its slot and spans `colSpan` × `rowSpan` slots of the grid.
public struct Cell: Sendable, Hashable {
    public enum VerticalAlignment: String, Sendable {
        case top, center, bottom
    }

    /// What a cell is to a reader who cannot see the grid: print formats draw every cell
    /// alike, a web page marks headers up so a screen reader can name a number's row and column.
    public enum Role: String, Sendable {
        /// A value (a number, or an empty place for one).
        case data
        /// A label over the columns below it (and over the rows of a band spanning the table).
        case columnHeader
        /// A label of the rows to its right.
        case rowHeader
    }

    public var paragraphs: [Paragraph]
    public var colSpan: Int
    public var rowSpan: Int
    public var verticalAlignment: VerticalAlignment
    public var role: Role

    public init(_ paragraphs: [Paragraph], colSpan: Int = 1, rowSpan: Int = 1,
                verticalAlignment: VerticalAlignment = .center, role: Role = .data) {
        self.paragraphs = paragraphs
        self.colSpan = colSpan
        self.rowSpan = rowSpan
        self.verticalAlignment = verticalAlignment
        self.role = role
    }
}
