import OOXMLWriter

/// Reads the tables of a `word/document.xml` back into logical grids by resolving
/// `w:gridSpan` and `w:vMerge` — independently of the writer's `TableGrid`.
public struct WordGrid: Equatable, CustomStringConvertible {
    /// One merged cell: its top-left slot, spans and text.
    public struct Cell: Equatable, CustomStringConvertible {
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

        public var description: String { "(\(row),\(column)) \(rowSpan)×\(colSpan) “\(text)”" }
    }

    public var columns: Int
    public var rows: Int
    public var cells: [Cell]

    public var description: String { cells.map(\.description).joined(separator: "\n") }

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Every top-level table of the document, in order.
    public static func tables(inDocumentXML bytes: [UInt8]) throws -> [WordGrid] {
        let root = try SafeXMLParser.parse(bytes)
        guard let body = root.child("body", namespace: w) else { return [] }
        return body.children("tbl", namespace: w).map(grid)
    }

    static func grid(_ tbl: XMLNode) -> WordGrid {
        let columns = tbl.child("tblGrid", namespace: w)?.children("gridCol", namespace: w).count ?? 0
        var cells: [Cell] = []
        // For each column, the index in `cells` of the cell a vMerge continuation extends.
        var openAbove: [Int: Int] = [:]
        let trs = tbl.children("tr", namespace: w)
        for (r, tr) in trs.enumerated() {
            var c = 0
            for tc in tr.children("tc", namespace: w) {
                let pr = tc.child("tcPr", namespace: w)
                let span = Int(pr?.child("gridSpan", namespace: w)?.attribute("val", namespace: w) ?? "1") ?? 1
                let vMerge = pr?.child("vMerge", namespace: w)
                let vMergeValue = vMerge?.attribute("val", namespace: w) ?? (vMerge == nil ? nil : "continue")
                if vMergeValue == "continue", let index = openAbove[c] {
                    cells[index].rowSpan += 1
                } else {
                    let text = tc.children("p", namespace: w).map { $0.descendants("t", namespace: w).map(\.text).joined() }
                        .joined(separator: "\n")
                    cells.append(Cell(row: r, column: c, rowSpan: 1, colSpan: span, text: text))
                    if vMergeValue == "restart" { openAbove[c] = cells.count - 1 } else { openAbove[c] = nil }
                }
                c += span
            }
        }
        return WordGrid(columns: columns, rows: trs.count, cells: cells)
    }
}
