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

/// Reads tables back from the main part of a DOCX or an ODT.
public enum TableReading {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    /// The body's tables of a `word/document.xml`.
    public static func word(_ root: XMLNode) -> [ReadTable] {
        guard let body = root.child("body", namespace: w) else { return [] }
        return body.children("tbl", namespace: w).map(word(table:))
    }

    /// One `w:tbl`, from `w:gridSpan` and `w:vMerge`.
    public static func word(table tbl: XMLNode) -> ReadTable {
        let columns = tbl.child("tblGrid", namespace: w)?.children("gridCol", namespace: w).count ?? 0
        var cells: [ReadTable.Cell] = []
        var open: [Int: Int] = [:]
        let trs = tbl.children("tr", namespace: w)
        for (r, tr) in trs.enumerated() {
            var c = 0
            for tc in tr.children("tc", namespace: w) {
                let pr = tc.child("tcPr", namespace: w)
                let span = Int(pr?.child("gridSpan", namespace: w)?.attribute("val", namespace: w) ?? "1") ?? 1
                let merge = pr?.child("vMerge", namespace: w)
                let value: String? = merge.map { $0.attribute("val", namespace: w) ?? "continue" }
                if value == "continue", let i = open[c] {
                    cells[i].rowSpan += 1
                } else {
                    let lines: [String] = tc.children("p", namespace: w).map { p in
                        p.descendants("t", namespace: w).map { $0.text }.joined()
                    }
                    cells.append(ReadTable.Cell(row: r, column: c, rowSpan: 1, colSpan: span, text: lines.joined(separator: "\n")))
                    open[c] = value == "restart" ? cells.count - 1 : nil
                }
                c += span
            }
        }
        return ReadTable(columns: columns, rows: trs.count, cells: cells)
    }

    /// The tables of an ODF `content.xml`.
    public static func odf(_ root: XMLNode) -> [ReadTable] {
        root.descendants("table", namespace: table).map(odf(table:))
    }

    /// One `table:table`, from the spans (covered cells only hold places).
    public static func odf(table tbl: XMLNode) -> ReadTable {
        let columns = tbl.children("table-column", namespace: table).count
        var rows: [XMLNode] = []
        for child in tbl.children where child.namespace == table {
            if child.name == "table-row" { rows.append(child) }
            if child.name == "table-header-rows" { rows += child.children("table-row", namespace: table) }
        }
        var cells: [ReadTable.Cell] = []
        for (r, tr) in rows.enumerated() {
            var c = 0
            for slot in tr.children where slot.namespace == table {
                if slot.name == "table-cell" {
                    let cs = Int(slot.attribute("number-columns-spanned", namespace: table) ?? "1") ?? 1
                    let rs = Int(slot.attribute("number-rows-spanned", namespace: table) ?? "1") ?? 1
                    let lines: [String] = slot.children("p", namespace: text).map { $0.allText }
                    cells.append(ReadTable.Cell(row: r, column: c, rowSpan: rs, colSpan: cs, text: lines.joined(separator: "\n")))
                    c += 1
                } else if slot.name == "covered-table-cell" {
                    c += 1
                }
            }
        }
        return ReadTable(columns: columns, rows: rows.count, cells: cells)
    }
}

extension TableReading {
    /// An HTML `<table>`: rows of `td`/`th` with `rowspan`/`colspan`, placed as browsers do.
    public static func html(table tbl: XMLNode) -> ReadTable {
        var rows: [XMLNode] = []
        func collect(_ node: XMLNode) {
            for child in node.children {
                if child.name == "tr" { rows.append(child) } else if ["thead", "tbody", "tfoot"].contains(child.name) { collect(child) }
            }
        }
        collect(tbl)
        var cells: [ReadTable.Cell] = []
        var taken = Set<[Int]>()
        var columns = 0
        for (r, tr) in rows.enumerated() {
            var c = 0
            for td in tr.children where td.name == "td" || td.name == "th" {
                while taken.contains([r, c]) { c += 1 }
                let cs = max(1, min(Int(td.attribute("colspan") ?? "1") ?? 1, 1000))
                let rs = max(1, min(Int(td.attribute("rowspan") ?? "1") ?? 1, rows.count - r))
                for dr in 0..<rs { for dc in 0..<cs { taken.insert([r + dr, c + dc]) } }
                cells.append(ReadTable.Cell(row: r, column: c, rowSpan: rs, colSpan: cs, text: td.allText))
                c += cs
                columns = max(columns, c)
            }
        }
        return ReadTable(columns: columns, rows: rows.count, cells: cells)
    }
}
