/// Reads tables back from the main part of a DOCX or an ODT. Spans and repeats come from the
/// file, so each is parsed without overflow and checked against `Limits` before it is used.
public enum TableReading {
    static let w = WordNamespace.w
    static let table = ODFNamespace.table
    static let text = ODFNamespace.text

    /// The body's tables of a `word/document.xml`.
    public static func word(_ root: XMLNode, limits: Limits = Limits()) throws(ReadLimitError) -> [ReadTable] {
        guard let body = root.child("body", namespace: w) else { return [] }
        var tables: [ReadTable] = []
        for tbl in body.children("tbl", namespace: w) { tables.append(try word(table: tbl, limits: limits)) }
        return tables
    }

    /// One `w:tbl`, from `w:gridBefore`, `w:gridSpan` and `w:vMerge`.
    public static func word(table tbl: XMLNode, limits: Limits = Limits()) throws(ReadLimitError) -> ReadTable {
        var tally = Tally(limits: limits)
        let columns = tbl.child("tblGrid", namespace: w)?.children("gridCol", namespace: w).count ?? 0
        try tally.checkColumns(0, columns, row: 0)
        var cells: [ReadTable.Cell] = []
        var open: [Int: Int] = [:]
        let trs = tbl.children("tr", namespace: w)
        for (r, tr) in trs.enumerated() {
            try tally.checkRow(r)
            // Grid columns a row leaves out before its first cell.
            var c = CountAttribute.xml(tr.child("trPr", namespace: w)?.child("gridBefore", namespace: w)?.attribute("val", namespace: w)) ?? 0
            try tally.checkColumns(0, c, row: r)
            for tc in tr.children("tc", namespace: w) {
                let pr = tc.child("tcPr", namespace: w)
                let span = CountAttribute.xml(pr?.child("gridSpan", namespace: w)?.attribute("val", namespace: w)) ?? 1
                try tally.checkColumns(c, span, row: r)
                let merge = pr?.child("vMerge", namespace: w)
                let value: String? = merge.map { $0.attribute("val", namespace: w) ?? "continue" }
                if value == "continue", let i = open[c] {
                    cells[i].rowSpan += 1
                } else {
                    try tally.addCell(row: r)
                    let text = try tally.text(row: r) { (g: inout TextGatherer) throws(ReadLimitError) in
                        for (k, p) in tc.children("p", namespace: w).enumerated() {
                            if k > 0 { try g.append("\n") }
                            for t in p.descendants("t", namespace: w) { try g.append(t.text) }
                        }
                    }
                    cells.append(ReadTable.Cell(row: r, column: c, rowSpan: 1, colSpan: span, text: text))
                    open[c] = value == "restart" ? cells.count - 1 : nil
                }
                c += span
            }
        }
        return ReadTable(columns: columns, rows: trs.count, cells: cells)
    }

    /// The tables of an ODF `content.xml`.
    public static func odf(_ root: XMLNode, limits: Limits = Limits()) throws(ReadLimitError) -> [ReadTable] {
        var tables: [ReadTable] = []
        for tbl in root.descendants("table", namespace: table) { tables.append(try odf(table: tbl, limits: limits)) }
        return tables
    }

    /// One `table:table`, from the spans (covered cells only hold places) and the repeats.
    public static func odf(table tbl: XMLNode, limits: Limits = Limits()) throws(ReadLimitError) -> ReadTable {
        var tally = Tally(limits: limits)
        var columns = 0
        var rows: [XMLNode] = []
        func collect(_ node: XMLNode) throws(ReadLimitError) {
            for child in node.children where child.namespace == table {
                switch child.name {
                case "table-column":
                    let n = CountAttribute.xml(child.attribute("number-columns-repeated", namespace: table)) ?? 1
                    try tally.checkColumns(columns, n, row: 0)
                    columns += n
                case "table-row":
                    rows.append(child)
                case "table-header-rows", "table-rows", "table-row-group", "table-columns", "table-header-columns", "table-column-group":
                    try collect(child)
                default:
                    break
                }
            }
        }
        try collect(tbl)
        var cells: [ReadTable.Cell] = []
        var r = 0
        for tr in rows {
            try tally.checkRow(r)
            let repeats = CountAttribute.xml(tr.attribute("number-rows-repeated", namespace: table)) ?? 1
            guard repeats <= limits.rows - r else { throw ReadLimitError(.tableRows, limit: limits.rows, line: r + 1) }
            var rowCells: [ReadTable.Cell] = []
            var c = 0
            for slot in tr.children where slot.namespace == table && (slot.name == "table-cell" || slot.name == "covered-table-cell") {
                let n = CountAttribute.xml(slot.attribute("number-columns-repeated", namespace: table)) ?? 1
                try tally.checkColumns(c, n, row: r)
                if slot.name == "table-cell" {
                    let cs = CountAttribute.xml(slot.attribute("number-columns-spanned", namespace: table)) ?? 1
                    let rs = CountAttribute.xml(slot.attribute("number-rows-spanned", namespace: table)) ?? 1
                    try tally.checkColumns(c, cs, row: r)
                    guard rs <= limits.rows - r else { throw ReadLimitError(.tableRows, limit: limits.rows, line: r + 1) }
                    // n ≤ the columns cap and repeats ≤ the rows cap: the product cannot overflow.
                    try tally.addCell(row: r, copies: n * repeats)
                    let text = try tally.text(row: r, copies: n * repeats) { (g: inout TextGatherer) throws(ReadLimitError) in
                        for (k, p) in slot.children("p", namespace: TableReading.text).enumerated() {
                            if k > 0 { try g.append("\n") }
                            try g.appendAll(p)
                        }
                    }
                    for k in 0..<n { rowCells.append(ReadTable.Cell(row: r, column: c + k, rowSpan: rs, colSpan: cs, text: text)) }
                }
                c += n
            }
            for k in 0..<repeats {
                for var cell in rowCells {
                    cell.row = r + k
                    cells.append(cell)
                }
            }
            r += repeats
        }
        return ReadTable(columns: columns, rows: r, cells: cells)
    }
}
