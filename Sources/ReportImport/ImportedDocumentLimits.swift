import OOXMLWriter
import ReportExport

extension ImportLimits {
    /// The caps on what any reader hands on, checked once more on the finished document: the
    /// readers that build tables from text (Markdown pipes, run-on dumps, PDF positions, LibreOffice's
    /// conversions) are held to the same rows, cells and characters as the markup readers, so
    /// recognition never sees more than it can match in well under a second.
    /// The first cap `document` passes, and the 1-based number of the table it is in, if any.
    func violation(in document: ImportedDocument) -> (error: ReadLimitError, table: Int?)? {
        var tables = 0
        do {
            try check(document, tables: &tables)
            return nil
        } catch {
            return (error, [.tableRows, .tableColumns, .tableCells, .cellText, .tableText].contains(error.kind) ? tables : nil)
        }
    }

    private func check(_ document: ImportedDocument, tables: inout Int) throws(ReadLimitError) {
        var paragraphs = 0, total = 0
        for block in document.blocks {
            switch block {
            case .paragraph(let text):
                paragraphs += 1
                if paragraphs > self.paragraphs { throw ReadLimitError(.paragraphs, limit: self.paragraphs) }
                if text.count > paragraphText { throw ReadLimitError(.paragraphText, limit: paragraphText, line: paragraphs) }
                total += text.count
            case .table(let table):
                tables += 1
                if tables > self.tables { throw ReadLimitError(.tables, limit: self.tables) }
                if table.rows > tableRows { throw ReadLimitError(.tableRows, limit: tableRows) }
                if table.columns > tableColumns { throw ReadLimitError(.tableColumns, limit: tableColumns) }
                if table.cells.count > tableCells { throw ReadLimitError(.tableCells, limit: tableCells) }
                var text = 0
                for cell in table.cells {
                    if cell.text.count > cellText { throw ReadLimitError(.cellText, limit: cellText) }
                    text += cell.text.count
                }
                if text > tableText { throw ReadLimitError(.tableText, limit: tableText) }
                total += text
            }
            if total > documentText { throw ReadLimitError(.documentText, limit: documentText) }
        }
    }
}
