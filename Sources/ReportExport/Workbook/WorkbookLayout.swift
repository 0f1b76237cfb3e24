import OOXMLWriter

/// Where everything of a format stands in the workbook, computed from the format alone, so the
/// writer and the reader agree: the sheet 表格 holds the format's tables one under another,
/// each laid out by the same `TableGrid` the documents use, on one set of sheet columns whose
/// edges are the union of every table's column edges (so each table keeps its printed widths);
/// rule checks stand right of a table (one column per row rule) and under it (one row per
/// column rule).
public struct WorkbookLayout: Sendable {
    public static let tablesSheet = "表格"
    public static let textSheet = "文字"
    public static let guideSheet = "说明"
    /// Edges closer than this merge into one, so no sheet column is a sliver.
    static let snap = 1.5
    static let checkWidth = Length.mm(32)

    public struct PlacedTable: Sendable {
        public let spec: TableSpec
        public let grid: TableGrid
        /// The sheet row of the part heading, and of the table's first grid row.
        public let headingRow: Int
        public let firstRow: Int
        /// Sheet column where each grid column starts; one entry more for the right edge.
        public let columnStart: [Int]
        /// Row rules of this table with the sheet column of their checks.
        public let rowChecks: [(rule: RuleSpec, column: Int)]
        /// Column rules of this table with the sheet row of their checks.
        public let columnChecks: [(rule: RuleSpec, row: Int)]

        /// The sheet range of a grid cell anchored at (`row`, `column`) with its spans.
        public func range(row: Int, column: Int, rowSpan: Int = 1, colSpan: Int = 1) -> CellRange {
            CellRange(CellAddress(row: firstRow + row, column: columnStart[column]),
                      CellAddress(row: firstRow + row + rowSpan - 1, column: columnStart[column + colSpan] - 1))
        }
    }

    public let format: FormatSpec
    /// Widths of the sheet columns the tables use, then of the check columns.
    public let columnWidths: [Length]
    public let tableColumns: Int
    public let tables: [PlacedTable]
    /// Every value cell: its sheet range (the anchor is its first cell).
    public let cells: [CellKey: CellRange]
    /// The part of each narrative key: its row on 文字.
    public let narrativeRows: [String: Int]
    public let lastRow: Int

    /// Rows of 文字 for the fixed fields, in order.
    public static let textFields: [(key: String, label: String)] = [
        ("attachment", "附件标识（首页左上角，如“附件2”；不需要就留空）"),
        ("title", "标题（留空则为“单位名称+年度+政府信息公开工作年度报告”）"),
        ("date", "落款日期（可选，如“2022年1月20日”）"),
    ]
    public static let textFirstFieldRow = 2

    public init(format: FormatSpec) throws(LayoutError) {
        self.format = format
        let specs = format.parts.compactMap(\.table).compactMap { format.table($0) }
        // The union of every table's column edges, snapped.
        var all: [Double] = []
        for spec in specs {
            var x = 0.0
            all.append(x)
            for w in spec.widths { x += w; all.append(x) }
        }
        var edges: [Double] = []
        for x in all.sorted() where edges.last.map({ x - $0 >= Self.snap }) ?? true { edges.append(x) }
        func edgeIndex(_ x: Double) -> Int {
            edges.indices.min { abs(edges[$0] - x) < abs(edges[$1] - x) }!
        }
        let tableColumns = edges.count - 1
        self.tableColumns = tableColumns
        var widths = (0..<tableColumns).map { Length.mm(edges[$0 + 1] - edges[$0]) }
        let checkColumns = specs.map { spec in format.rules.filter { $0.table == spec.id && $0.each == .row }.count }.max() ?? 0
        widths += Array(repeating: Self.checkWidth, count: checkColumns)
        columnWidths = widths

        var row = 2  // title, note
        var placed: [PlacedTable] = []
        var cells: [CellKey: CellRange] = [:]
        for spec in specs {
            row += 1
            let headingRow = row
            row += 1
            let headerRows = spec.headerRows ?? 0
            let neutral = spec.rows.enumerated().map { r, rowSpec in
                Row(rowSpec.allCells.map { Cell([], colSpan: $0.colspan ?? 1, rowSpan: $0.rowspan ?? 1) }, isHeader: r < headerRows)
            }
            let grid: TableGrid
            do {
                grid = try TableGrid(rows: neutral, columnCount: spec.widths.count)
            } catch {
                throw LayoutError("报告格式中\(spec.name)（\(spec.id)）的单元格合并有误：\(error)")
            }
            var x = 0.0, starts = [edgeIndex(0)]
            for w in spec.widths { x += w; starts.append(edgeIndex(x)) }
            let rules = format.rules.filter { $0.table == spec.id }
            let rowChecks = rules.filter { $0.each == .row }.enumerated().map { ($1, tableColumns + $0) }
            let firstRow = row
            row += spec.rows.count
            let columnChecks = rules.filter { $0.each == .column }.map { rule -> (RuleSpec, Int) in
                defer { row += 1 }
                return (rule, row)
            }
            let table = PlacedTable(spec: spec, grid: grid, headingRow: headingRow, firstRow: firstRow, columnStart: starts,
                                    rowChecks: rowChecks, columnChecks: columnChecks)
            for (r, rowSpec) in spec.rows.enumerated() {
                guard let id = rowSpec.id else { continue }
                for (c, slot) in grid.slots[r].enumerated() {
                    guard case .anchor(let index) = slot, let column = rowSpec.allCells[index].value else { continue }
                    let cell = rowSpec.allCells[index]
                    cells[CellKey(table: spec.id, row: id, column: column)] =
                        table.range(row: r, column: c, rowSpan: cell.rowspan ?? 1, colSpan: cell.colspan ?? 1)
                }
            }
            placed.append(table)
        }
        tables = placed
        self.cells = cells
        lastRow = row - 1
        var narrativeRows: [String: Int] = [:]
        var textRow = Self.textFirstFieldRow + Self.textFields.count + 1
        for part in format.parts {
            guard let key = part.narrative else { continue }
            narrativeRows[key] = textRow
            textRow += 1
        }
        self.narrativeRows = narrativeRows
    }

    public func table(_ id: String) -> PlacedTable? { tables.first { $0.spec.id == id } }

    /// Where a rule term's cell stands, as a reference for a formula.
    func reference(_ key: CellKey) -> String? { cells[key].map { $0.first.description } }
}
