extension TableReading {
    /// An HTML `<table>`: rows of `td`/`th` with `rowspan`/`colspan`, placed as browsers do
    /// (colspan up to 1000, a rowspan clamped to the rows left), within `limits`.
    public static func html(table tbl: XMLNode, limits: Limits = Limits()) throws(ReadLimitError) -> ReadTable {
        var rows: [XMLNode] = []
        func collect(_ node: XMLNode) throws(ReadLimitError) {
            for child in node.children {
                if child.name == "tr" {
                    try Tally(limits: limits).checkRow(rows.count)
                    rows.append(child)
                } else if ["thead", "tbody", "tfoot"].contains(child.name) {
                    try collect(child)
                }
            }
        }
        try collect(tbl)
        var tally = Tally(limits: limits)
        var cells: [ReadTable.Cell] = []
        // Per row, which slots a cell (or a rowspan from above) already holds.
        var taken = [[Bool]](repeating: [], count: rows.count)
        var claimed = 0
        var columns = 0
        for (r, tr) in rows.enumerated() {
            var c = 0
            for td in tr.children where td.name == "td" || td.name == "th" {
                while c < taken[r].count, taken[r][c] { c += 1 }
                let cs = min(CountAttribute.html(td.attribute("colspan")) ?? 1, 1000)
                let rs = min(CountAttribute.html(td.attribute("rowspan")) ?? 1, rows.count - r)
                try tally.checkColumns(c, cs, row: r)
                guard rs * cs <= limits.spannedSlots - claimed else {
                    throw ReadLimitError(.spannedSlots, limit: limits.spannedSlots, line: r + 1)
                }
                claimed += rs * cs
                for row in r..<(r + rs) {
                    if taken[row].count < c + cs { taken[row] += repeatElement(false, count: c + cs - taken[row].count) }
                    for k in c..<(c + cs) { taken[row][k] = true }
                }
                try tally.addCell(row: r)
                let text = try tally.text(row: r) { (g: inout TextGatherer) throws(ReadLimitError) in try g.appendAll(td) }
                cells.append(ReadTable.Cell(row: r, column: c, rowSpan: rs, colSpan: cs, text: text))
                c += cs
                columns = max(columns, c)
            }
        }
        return ReadTable(columns: columns, rows: rows.count, cells: cells)
    }
}
