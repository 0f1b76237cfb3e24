import OOXMLWriter
import ReportExport

/// Names a cell of a rendered table in the report's own terms: the k-th table of the document
/// is the k-th table part of the format, and grid row r is the format's row r, so a value cell
/// is 表二「行政许可」×「处理决定数量」 and a label cell 表三 第 5 行的文字.
struct TableTerms {
    let format: FormatSpec?

    func table(_ index: Int) -> TableSpec? {
        guard let format else { return nil }
        let ids = format.parts.compactMap(\.table)
        return index < ids.count ? format.table(ids[index]) : nil
    }

    func name(_ index: Int) -> String { table(index)?.name ?? "第 \(index + 1) 个表格" }

    /// The cell anchored at (`row`, `column`) of table `index` of `read`.
    func describe(tableIndex index: Int, _ read: ReadTable, row: Int, column: Int) -> String {
        let tableName = name(index)
        guard let spec = table(index), row < spec.rows.count else { return "\(tableName) 第 \(row + 1) 行第 \(column + 1) 列" }
        let rowSpec = spec.rows[row]
        // The anchor's position among its row's anchors picks its cell spec.
        let anchors = read.cells.filter { $0.row == row }.sorted { $0.column < $1.column }
        guard let position = anchors.firstIndex(where: { $0.column == column }), position < rowSpec.allCells.count else {
            return "\(tableName) 第 \(row + 1) 行第 \(column + 1) 列"
        }
        let cell = rowSpec.allCells[position]
        if let value = cell.value {
            return "\(tableName)「\(rowSpec.displayLabel)」×「\(spec.labels[value] ?? value)」"
        }
        return "\(tableName) 第 \(row + 1) 行的文字"
    }
}
