import Foundation
import OOXMLWriter
import ReportExport

/// `DIR/汇总.xlsx` (`batch --summary-xlsx`): the batch for the office, which works in Excel and
/// WPS 表格 — sheet 汇总 has one row per agency (its status, its problems, every table value in
/// a column named in the report's words), sheet 概况 the run's totals. Built as a neutral
/// `Workbook` and written by `XLSXSerializer`; no clock in it, so the same batch gives the same
/// bytes.
public enum SummaryWorkbook {
    public static let fileName = "汇总.xlsx"
    public static let agenciesSheet = "汇总"
    public static let totalsSheet = "概况"
    /// The columns before the values, as headed.
    public static let fixedHeadings = ["序号", "单位", "年度", "格式版本", "状态", "问题", "输入", "文件"]
    /// Agencies one workbook holds: the whole sheet is built in memory before it is written
    /// (measured: 1,000 agencies add about 80 MB of peak memory and 2 s), so a batch past this
    /// gets summary.json alone, and the message says to split it.
    public static let maxAgencies = 5_000
    /// Excel's limit on one cell's text.
    static let maxCellText = 32_767

    static func status(_ status: BatchResult.Status) -> String {
        switch status {
        case .ok: return "成功"
        case .warnings: return "有警告"
        case .failed: return "失败"
        }
    }

    public static func workbook(_ summary: BatchSummary, values: BatchValues) -> Workbook {
        let kept = summary.results.map { values.values(for: $0.input) }
        var columns = SummaryColumns()
        let placed = kept.map { $0.map { columns.columns($0.format) } }
        let fixed = fixedHeadings.count

        let head = CellFormat(fontSize: .pt(10), bold: true, horizontal: .center, wrap: true, bordered: true, fill: "D9D9D9")
        let plain = CellFormat(fontSize: .pt(10), bordered: true)
        let number = CellFormat(fontSize: .pt(10), horizontal: .right, bordered: true)
        let problems = CellFormat(fontSize: .pt(10), horizontal: .left, vertical: .top, wrap: true, bordered: true)
        let failed = CellFormat(fontSize: .pt(10), horizontal: .center, bordered: true, fill: "FFC7CE")
        let warned = CellFormat(fontSize: .pt(10), horizontal: .center, bordered: true, fill: "FFEB9C")
        let ok = CellFormat(fontSize: .pt(10), horizontal: .center, bordered: true)

        let valueWidth = Length.mm(26)
        var sheet = Worksheet(name: agenciesSheet,
                              columnWidths: [.mm(10), .mm(55), .mm(12), .mm(16), .mm(14), .mm(90), .mm(45), .mm(60)]
                                  + Array(repeating: valueWidth, count: columns.names.count),
                              frozenRows: 1, frozenColumns: 2)
        for (c, heading) in (fixedHeadings + columns.names).enumerated() {
            sheet[CellAddress(row: 0, column: c)] = SheetCell(.text(heading), format: head)
        }
        // Spreadsheet programs do not grow a row for wrapped text they did not lay out, so the
        // header row is made tall enough for the longest value heading (a CJK character is one em).
        let perLine = max(1, Int((valueWidth.points - 4) / 10))
        let lines = columns.names.map { ($0.count + perLine - 1) / perLine }.max() ?? 1
        sheet.rowHeights[0] = .pt(Double(max(2, lines)) * 13 + 4)

        for (i, result) in summary.results.enumerated() {
            let row = i + 1
            func put(_ column: Int, _ content: SheetCell.Content, _ format: CellFormat) {
                sheet[CellAddress(row: row, column: column)] = SheetCell(content, format: format)
            }
            put(0, .number(String(row)), number)
            put(1, .text(clean(result.agency)), plain)
            put(2, result.year.map { .number(String($0)) } ?? .empty, number)
            put(3, kept[i].map { .text(clean($0.format.edition)) } ?? .empty, plain)
            put(4, .text(status(result.status)), result.status == .failed ? failed : result.status == .warnings ? warned : ok)
            put(5, .text(capped(clean(result.diagnostics.joined(separator: "\n")))), problems)
            put(6, .text(clean(result.input)), plain)
            put(7, .text(clean(result.files.joined(separator: "\n"))), problems)
            guard let kept = kept[i], let columns = placed[i] else { continue }
            for (value, column) in zip(kept.values, columns) where value != nil {
                put(fixed + column, ReportWorkbook.content(value), number)
            }
        }

        let label = CellFormat(fontSize: .pt(11), bordered: true)
        let figure = CellFormat(fontSize: .pt(11), horizontal: .right, bordered: true)
        let warnings = summary.results.filter { $0.status == .warnings }.count
        let figures: [(String, SheetCell.Content)] = [
            ("输入", .text(clean(summary.input))),
            ("输出格式", .text(summary.formats.joined(separator: "、"))),
            ("单位总数", .number(String(summary.total))),
            ("成功", .number(String(summary.succeeded))),
            ("其中有警告", .number(String(warnings))),
            ("失败", .number(String(summary.failed))),
            ("未处理", .number(String(summary.notRun))),
        ]
        var totals = Worksheet(name: totalsSheet, columnWidths: [.mm(30), .mm(90)])
        for (row, (name, content)) in figures.enumerated() {
            totals[CellAddress(row: row, column: 0)] = SheetCell(.text(name), format: label)
            totals[CellAddress(row: row, column: 1)] = SheetCell(content, format: { if case .number = content { return figure }; return label }())
        }
        return Workbook(sheets: [sheet, totals],
                        properties: DocumentProperties(title: "批量生成汇总", creator: "gkexport"))
    }

    /// `DIR/汇总.xlsx`, staged and renamed in like summary.json; on failure any earlier one is
    /// gone too, so no 汇总.xlsx on disk ever describes a different run.
    public static func write(_ summary: BatchSummary, values: BatchValues, in directory: URL, mode: mode_t? = nil) throws(WriteError) {
        let url = directory.appendingPathComponent(fileName)
        do throws(WriteError) {
            guard summary.results.count <= maxAgencies else {
                throw WriteError(path: url.path, reason: "单位数 \(summary.results.count) 超过汇总表的上限 \(maxAgencies)",
                                 hint: "全部结果在 summary.json 里；分成几批运行，每批各得一份 \(fileName)")
            }
            let bytes: [UInt8]
            do {
                bytes = try XLSXSerializer.serialize(workbook(summary, values: values))
            } catch {
                throw WriteError(path: url.path, reason: "汇总表含有不能写入工作簿的字符（\(error)）", hint: "summary.json 里有全部结果")
            }
            try AtomicFile.write(bytes, to: url, mode: mode)
        } catch {
            BatchSummary.removeStale(fileName, in: directory)
            throw error
        }
    }

    /// Text a worksheet can carry: characters XML forbids (a stray control from a sheet) dropped.
    static func clean(_ text: String) -> String {
        guard XMLCharacters.firstForbidden(in: text) != nil else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLCharacters.isAllowed)))
    }

    /// At most Excel's cell length; the rest is in summary.json.
    static func capped(_ text: String) -> String {
        guard text.count > maxCellText else { return text }
        let tail = "\n……（其余见 summary.json）"
        return String(text.prefix(maxCellText - tail.count)) + tail
    }
}
