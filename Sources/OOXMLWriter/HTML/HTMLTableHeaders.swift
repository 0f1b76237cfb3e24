/// Which header cells name each cell of a table (WCAG technique H43: `id` on every header,
/// `headers` on every cell), read from the grid and the cells' roles alone.
///
/// A cell's column headers are the nearest block of column-header cells above it, in each
/// grid column it covers: data cells between it and that block are passed over, and the
/// scan stops where the block ends (so a table of several bands, each with its own header
/// row, names only the band's headers). Its row headers are, likewise, the nearest block of
/// row-header cells to its left in each grid row it covers. A header cell is named
/// by headers of its own kind only: a column header by the ones above it, a row header by the
/// ones to its left. Anchors are given as (row, column) of the grid, outermost first.
struct HTMLTableHeaders {
    struct Anchor: Hashable, Comparable {
        let row: Int
        let column: Int
        static func < (a: Anchor, b: Anchor) -> Bool { (a.row, a.column) < (b.row, b.column) }
    }

    let table: Table
    /// The anchor of every slot, `owner[row][column]`.
    private let owner: [[Anchor]]

    init(_ table: Table) {
        self.table = table
        owner = table.grid.slots.enumerated().map { r, line in
            line.enumerated().map { c, slot in
                switch slot {
                case .anchor: return Anchor(row: r, column: c)
                case .covered(let row, let column): return Anchor(row: row, column: column)
                }
            }
        }
    }

    func cell(_ a: Anchor) -> Cell {
        guard case .anchor(let index) = table.grid.slots[a.row][a.column] else {
            preconditionFailure("not an anchor: \(a)")
        }
        return table.rows[a.row].cells[index]
    }

    /// The header cells naming the cell anchored at `a`: row headers, then column headers.
    func headers(of a: Anchor) -> [Anchor] {
        let c = cell(a)
        switch c.role {
        case .data: return rowHeaders(of: a, c) + columnHeaders(of: a, c)
        case .rowHeader: return rowHeaders(of: a, c)
        case .columnHeader: return columnHeaders(of: a, c)
        }
    }

    private func columnHeaders(of a: Anchor, _ c: Cell) -> [Anchor] {
        var found: Set<Anchor> = []
        for column in a.column..<(a.column + c.colSpan) {
            var inBlock = false
            var row = a.row - 1
            while row >= 0 {
                let o = owner[row][column]
                if o != a {
                    if cell(o).role == .columnHeader {
                        inBlock = true
                        found.insert(o)
                    } else if inBlock {
                        break
                    }
                }
                row -= 1
            }
        }
        return found.sorted()
    }

    private func rowHeaders(of a: Anchor, _ c: Cell) -> [Anchor] {
        var found: Set<Anchor> = []
        for row in a.row..<(a.row + c.rowSpan) {
            var inBlock = false
            var column = a.column - 1
            while column >= 0 {
                let o = owner[row][column]
                if o != a {
                    if cell(o).role == .rowHeader {
                        inBlock = true
                        found.insert(o)
                    } else if inBlock {
                        break
                    }
                }
                column -= 1
            }
        }
        return found.sorted()
    }
}
