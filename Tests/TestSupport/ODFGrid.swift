import OOXMLWriter

/// Reads the tables of an ODF `content.xml` back into logical grids from
/// `table:number-*-spanned` and `table:covered-table-cell`, and checks the covered cells
/// fill exactly what the spans claim.
public enum ODFGrid {
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    public struct Mismatch: Error, CustomStringConvertible {
        public let description: String
    }

    public static func tables(inContentXML bytes: [UInt8]) throws -> [WordGrid] {
        let root = try SafeXMLParser.parse(bytes)
        return try root.descendants("table", namespace: table).map(grid)
    }

    /// Rows of a table, header rows included, in order.
    public static func rows(_ tbl: XMLNode) -> [XMLNode] {
        tbl.children.flatMap { child -> [XMLNode] in
            if child.namespace == table && child.name == "table-row" { return [child] }
            if child.namespace == table && child.name == "table-header-rows" { return child.children("table-row", namespace: table) }
            return []
        }
    }

    static func grid(_ tbl: XMLNode) throws -> WordGrid {
        let columns = tbl.children("table-column", namespace: table).count
        var cells: [WordGrid.Cell] = []
        var covered = Set<[Int]>()
        let rows = rows(tbl)
        for (r, tr) in rows.enumerated() {
            var c = 0
            for slot in tr.children where slot.namespace == table {
                switch slot.name {
                case "table-cell":
                    guard !covered.contains([r, c]) else { throw Mismatch(description: "row \(r + 1) column \(c + 1): a cell where a span needs a covered cell") }
                    let cs = Int(slot.attribute("number-columns-spanned", namespace: table) ?? "1")!
                    let rs = Int(slot.attribute("number-rows-spanned", namespace: table) ?? "1")!
                    let text = slot.children("p", namespace: text).map(\.allText).joined(separator: "\n")
                    cells.append(.init(row: r, column: c, rowSpan: rs, colSpan: cs, text: text))
                    for dr in 0..<rs { for dc in 0..<cs where dr > 0 || dc > 0 { covered.insert([r + dr, c + dc]) } }
                case "covered-table-cell":
                    guard covered.remove([r, c]) != nil else { throw Mismatch(description: "row \(r + 1) column \(c + 1): a covered cell no span covers") }
                default:
                    continue
                }
                c += 1
            }
            guard c == columns else { throw Mismatch(description: "row \(r + 1) has \(c) slots, the table \(columns) columns") }
        }
        guard covered.isEmpty else { throw Mismatch(description: "spans claim slots with no covered cell: \(covered.sorted { $0.lexicographicallyPrecedes($1) })") }
        return WordGrid(columns: columns, rows: rows.count, cells: cells)
    }
}
