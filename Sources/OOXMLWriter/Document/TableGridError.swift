/// Why a table's cells do not tile its grid. Rows and columns are 1-based, as a person counts.
public enum TableGridError: Error, Equatable, CustomStringConvertible {
    case noColumns
    case invalidSpan(row: Int, cell: Int)
    /// A cell's span runs past the last column or the last row.
    case outOfBounds(row: Int, column: Int)
    /// A cell would cover a slot another cell already holds.
    case overlap(row: Int, column: Int)
    /// A row leaves slots that no cell covers.
    case hole(row: Int, column: Int)
    /// A rowspan starts in the header rows and runs into the body, which cannot repeat on a new page.
    case spanCrossesHeader(row: Int, column: Int)

    public var description: String {
        switch self {
        case .noColumns: return "the table has no columns"
        case .invalidSpan(let r, let c): return "row \(r), cell \(c): spans must be at least 1"
        case .outOfBounds(let r, let c): return "row \(r), column \(c): the cell's span runs off the table"
        case .overlap(let r, let c): return "row \(r), column \(c): two cells cover the same slot"
        case .hole(let r, let c): return "row \(r), column \(c): no cell covers this slot"
        case .spanCrossesHeader(let r, let c): return "row \(r), column \(c): a rowspan runs from the header rows into the body"
        }
    }
}
