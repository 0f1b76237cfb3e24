import OOXMLWriter
import ReportExport

/// The 问题清单 as a workbook (`--issues FILE.xlsx`) for an office that works in Excel or WPS
/// 表格: the CSV's columns, the header row frozen and filtered, text wrapped in columns wide
/// enough to read, and the severity column limited to 错误/警告 and coloured by them (a
/// conditional fill, so a clerk who downgrades a finding sees the colour follow). No clock in
/// it: the same run gives the same bytes.
enum IssueWorkbook {
    static let sheetName = "问题清单"
    /// Excel's limits: characters in one cell, rows in one sheet.
    static let maxCellText = 32_767
    static let maxRows = 1_048_576

    static func workbook(_ list: IssueList) -> Workbook {
        let head = CellFormat(fontSize: .pt(10), bold: true, horizontal: .center, wrap: true, bordered: true, fill: "D9D9D9")
        let text = CellFormat(fontSize: .pt(10), horizontal: .left, vertical: .top, wrap: true, bordered: true)
        let severity = CellFormat(fontSize: .pt(10), horizontal: .center, vertical: .top, bordered: true)
        let widths: [Length] = [.mm(45), .mm(50), .mm(18), .mm(32), .mm(50), .mm(120), .mm(80)]
        var sheet = Worksheet(name: sheetName, columnWidths: widths, frozenRows: 1)
        for (c, heading) in IssueList.header.enumerated() {
            sheet[CellAddress(row: 0, column: c)] = SheetCell(.text(heading), format: head)
        }
        // One row is the header; a list longer than a sheet ends with a line saying so.
        let room = maxRows - 1
        let shown = list.lines.count > room ? list.lines.prefix(room - 1) : list.lines[...]
        for (i, line) in shown.enumerated() {
            let fields = [line.agency, line.input, line.severity, line.rule, line.place, line.message, line.fix]
            for (c, field) in fields.enumerated() {
                sheet[CellAddress(row: i + 1, column: c)] = SheetCell(.text(cell(field)), format: c == 2 ? severity : text)
            }
        }
        if shown.count < list.lines.count {
            sheet[CellAddress(row: shown.count + 1, column: 0)] =
                SheetCell(.text("……另有 \(list.lines.count - shown.count) 条，超出工作表的行数，见 CSV 或 JSON 的问题清单"), format: text)
        }
        let last = max(1, sheet.cells.keys.map(\.row).max() ?? 0)
        let columns = IssueList.header.count
        sheet.autoFilter = CellRange(CellAddress(row: 0, column: 0), CellAddress(row: last, column: columns - 1))
        if !shown.isEmpty {
            let severities = CellRange(CellAddress(row: 1, column: 2), CellAddress(row: shown.count, column: 2))
            let words = [Diagnostic.Severity.error.rawValue, Diagnostic.Severity.warning.rawValue]
            sheet.validations = [DataValidation(ranges: [severities], kind: .list, op: .between,
                                                formula1: "\"" + words.joined(separator: ",") + "\"",
                                                errorTitle: "严重程度", error: "严重程度只能是" + words.joined(separator: "或"))]
            sheet.conditionalFormats = [
                ConditionalFormat(range: severities, formula: "C2=\"\(words[0])\"", color: "9C0006", fill: "FFC7CE"),
                ConditionalFormat(range: severities, formula: "C2=\"\(words[1])\"", color: "9C5700", fill: "FFEB9C"),
            ]
        }
        // Excel's filter keeps its range in a hidden name local to the sheet.
        return Workbook(sheets: [sheet],
                        definedNames: [DefinedName(name: "_xlnm._FilterDatabase",
                                                   formula: "'\(sheetName)'!$A$1:$\(letters(columns - 1))$\(last + 1)", sheet: 0, hidden: true)],
                        properties: DocumentProperties(title: sheetName, creator: "gkexport"))
    }

    static func bytes(_ list: IssueList) throws(XMLCharacterError) -> [UInt8] {
        try XLSXSerializer.serialize(workbook(list))
    }

    /// Text a cell can carry: characters XML forbids dropped, at most Excel's cell length.
    static func cell(_ text: String) -> String {
        var text = text
        if XMLCharacters.firstForbidden(in: text) != nil {
            text = String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLCharacters.isAllowed)))
        }
        guard text.count > maxCellText else { return text }
        let tail = "……（其余见 CSV 或 JSON 的问题清单）"
        return String(text.prefix(maxCellText - tail.count)) + tail
    }

    /// A 0-based column's letters (0 → A).
    static func letters(_ column: Int) -> String {
        CellAddress(row: 0, column: column).description.filter(\.isLetter)
    }
}
