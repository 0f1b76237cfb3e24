import ReportExport
/// Where a format table's cells sit on its grid, placed as HTML places them (each cell takes
/// its row's first free slot): the grid column of every value cell, and how many empty
/// cells the form prints after a row's values (表二 2019's fourth column under 收费 and 采购).
struct SpecGrid {
    struct RowPlaces {
        /// Grid column of each value cell, in `valueColumns` order.
        var valueColumns: [Int]
        /// Empty cells after the last value cell.
        var trailingEmpty: Int
    }

    let width: Int
    /// Row id → places.
    let rows: [String: RowPlaces]

    init(_ spec: TableSpec) {
        width = spec.widths.count
        var taken = Set<[Int]>()
        var places: [String: RowPlaces] = [:]
        for (r, row) in spec.rows.enumerated() {
            var c = 0
            var valueColumns: [Int] = []
            var trailing = 0
            for cell in row.allCells {
                while taken.contains([r, c]) { c += 1 }
                let cs = cell.colspan ?? 1, rs = cell.rowspan ?? 1
                for dr in 0..<rs { for dc in 0..<cs { taken.insert([r + dr, c + dc]) } }
                if cell.value != nil {
                    valueColumns.append(c)
                    trailing = 0
                } else if cell.text == nil, !valueColumns.isEmpty {
                    trailing += 1
                }
                c += cs
            }
            if let id = row.id { places[id] = RowPlaces(valueColumns: valueColumns, trailingEmpty: trailing) }
        }
        rows = places
    }
}
