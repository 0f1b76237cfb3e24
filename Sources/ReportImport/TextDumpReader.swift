import OOXMLWriter
import ReportExport

extension DocumentReaders {
    /// The plain-text dump Word's "save as text" gives: narrative lines as they are; each table
    /// row as tab-indented lines, one cell each, rows separated by blank lines (a cell's own
    /// line breaks come as untabbed lines right after it). The whole dump counts as document
    /// text, so it is measured once before any line is looked at.
    public static func text(_ content: String, limits: ImportLimits = ImportLimits()) throws(Failure) -> ImportedDocument {
        let name = "文本"
        guard content.unicodeScalars.count <= limits.documentText else {
            throw Failure(description: ImportLimitMessages.describe(ReadLimitError(.documentText, limit: limits.documentText), part: name))
        }
        var builder = DocumentBuilder(limits: limits, part: name)
        var rows: [[String]] = []
        var row: [String] = []
        var inTable = false
        var lastWasCell = false
        func endRow() {
            if !row.isEmpty { rows.append(row) }
            row = []
        }
        func endTable() throws(Failure) {
            endRow()
            if !rows.isEmpty {
                let table = rows
                try builder.table { limits throws(ReadLimitError) in try textTable(table, limits) }
            }
            rows = []
            inTable = false
        }
        // "\r\n" is one Character, so both line ends are named.
        for line in content.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.hasPrefix("\t") {
                inTable = true
                row.append(String(line.dropFirst()).trimmedSpaces)
                lastWasCell = true
            } else if line.trimmedSpaces.isEmpty {
                if inTable { endRow() }
                lastWasCell = false
            } else if inTable && lastWasCell {
                row[row.count - 1] += line.trimmedSpaces
            } else {
                if inTable { try endTable() }
                try builder.paragraph { (g: inout TextGatherer) throws(ReadLimitError) in try g.append(line.trimmedSpaces) }
                lastWasCell = false
            }
        }
        if inTable { try endTable() }
        return builder.document
    }

    /// A text dump's table, one cell per slot, within the table caps.
    static func textTable(_ rows: [[String]], _ limits: TableReading.Limits) throws(ReadLimitError) -> ReadTable {
        guard rows.count <= limits.rows else { throw ReadLimitError(.tableRows, limit: limits.rows, line: limits.rows + 1) }
        var cells: [ReadTable.Cell] = []
        var text = 0
        for (r, cellsOfRow) in rows.enumerated() {
            guard cellsOfRow.count <= limits.columns else { throw ReadLimitError(.tableColumns, limit: limits.columns, line: r + 1) }
            guard cellsOfRow.count <= limits.cells - cells.count else { throw ReadLimitError(.tableCells, limit: limits.cells, line: r + 1) }
            for (c, cell) in cellsOfRow.enumerated() {
                let n = cell.unicodeScalars.count
                guard n <= limits.cellText else { throw ReadLimitError(.cellText, limit: limits.cellText, line: r + 1) }
                guard n <= limits.tableText - text else { throw ReadLimitError(.tableText, limit: limits.tableText, line: r + 1) }
                text += n
                cells.append(ReadTable.Cell(row: r, column: c, rowSpan: 1, colSpan: 1, text: cell))
            }
        }
        return ReadTable(columns: rows.map(\.count).max() ?? 0, rows: rows.count, cells: cells)
    }
}
