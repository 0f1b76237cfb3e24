/// The one resolver of merged cells: places each row's anchor cells on a logical grid and says,
/// for every slot, whether it holds an anchor or is covered by one. Both serializers read it.
public struct TableGrid: Sendable, Hashable {
    public enum Slot: Sendable, Hashable {
        /// The top-left slot of a cell: `rows[row].cells[index]`.
        case anchor(index: Int)
        /// A slot covered by the cell anchored at (`row`, `column`).
        case covered(row: Int, column: Int)
    }

    public let columnCount: Int
    /// `slots[row][column]`, 0-based.
    public let slots: [[Slot]]

    public init(rows: [Row], columnCount: Int) throws(TableGridError) {
        guard columnCount > 0 else { throw .noColumns }
        // Slots are written in place, with which are taken kept flat beside them: one array per
        // row and no optional grid to copy out afterwards (every layout builds a grid per table).
        var grid = [[Slot]](repeating: [Slot](repeating: .anchor(index: -1), count: columnCount), count: rows.count)
        var taken = [Bool](repeating: false, count: rows.count * columnCount)
        let headerCount = rows.prefix { $0.isHeader }.count
        for (r, row) in rows.enumerated() {
            var column = 0
            for (index, cell) in row.cells.enumerated() {
                guard cell.colSpan >= 1, cell.rowSpan >= 1 else { throw .invalidSpan(row: r + 1, cell: index + 1) }
                while column < columnCount, taken[r * columnCount + column] { column += 1 }
                guard column + cell.colSpan <= columnCount, r + cell.rowSpan <= rows.count else {
                    throw .outOfBounds(row: r + 1, column: column + 1)
                }
                if r < headerCount, r + cell.rowSpan > headerCount {
                    throw .spanCrossesHeader(row: r + 1, column: column + 1)
                }
                for dr in 0..<cell.rowSpan {
                    for dc in 0..<cell.colSpan {
                        let at = (r + dr) * columnCount + column + dc
                        guard !taken[at] else { throw .overlap(row: r + dr + 1, column: column + dc + 1) }
                        taken[at] = true
                        grid[r + dr][column + dc] = (dr == 0 && dc == 0)
                            ? .anchor(index: index) : .covered(row: r, column: column)
                    }
                }
                column += cell.colSpan
            }
        }
        if let hole = taken.firstIndex(of: false) {
            throw .hole(row: hole / columnCount + 1, column: hole % columnCount + 1)
        }
        self.columnCount = columnCount
        self.slots = grid
    }

    /// Whether rows `row` and `row + 1` share a cell (a vertical merge runs across their
    /// boundary): splitting the table between them would cut that cell.
    public func joinsNext(_ row: Int) -> Bool {
        guard row + 1 < slots.count else { return false }
        return slots[row + 1].contains { slot in
            if case .covered(let anchorRow, _) = slot { return anchorRow <= row }
            return false
        }
    }
}
