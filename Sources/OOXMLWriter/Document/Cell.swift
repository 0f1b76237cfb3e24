/// An anchor cell: it starts at its slot and spans `colSpan` × `rowSpan` slots of the grid.
public struct Cell: Sendable, Hashable {
    public enum VerticalAlignment: String, Sendable {
        case top, center, bottom
    }

    public var paragraphs: [Paragraph]
    public var colSpan: Int
    public var rowSpan: Int
    public var verticalAlignment: VerticalAlignment

    public init(_ paragraphs: [Paragraph], colSpan: Int = 1, rowSpan: Int = 1,
                verticalAlignment: VerticalAlignment = .center) {
        self.paragraphs = paragraphs
        self.colSpan = colSpan
        self.rowSpan = rowSpan
        self.verticalAlignment = verticalAlignment
    }
}
