import Foundation
import OOXMLWriter
import ReportExport

/// `import` of a report workbook (made by `init`, or a clerk's copy of one): read by the same
/// workbook adapter `validate` and `render` use, so the report file written holds exactly the
/// workbook's values — rendering it gives the bytes rendering the workbook gives. A workbook
/// that is not ours is refused, naming what it lacks.
extension ReportImporter {
    public func recognizeWorkbook(path: String) throws(Failure) -> ReportRecognizer.Result {
        let bytes: [UInt8]
        do {
            bytes = try BoundedRead.bytes(path, cap: BoundedRead.Cap.workbook)
        } catch {
            throw Failure(description: "\(path)：\(message(error, cap: BoundedRead.Cap.workbook))")
        }
        return try recognizeWorkbook(bytes, name: path)
    }

    func recognizeWorkbook(_ bytes: [UInt8], name: String) throws(Failure) -> ReportRecognizer.Result {
        // A workbook that is readable but not ours: said with everything it lacks, before the
        // decoder would stop at the first.
        if let book = try? WorkbookReading.read(bytes) {
            let missing = ReportWorkbook.missingMarks(in: book)
            if !missing.isEmpty {
                throw Failure(description: "\(name)：这个工作簿不是 gkexport init 生成的报告工作簿，缺少\(missing.joined(separator: "、"))"
                              + "\n    → 用 gkexport init 单位名称 年度 -o 报告.xlsx 生成工作簿，把数字和文字填进去后再导入")
            }
        }
        let loaded: ReportFileReader.Loaded
        do {
            loaded = try ReportFileReader(templates: templates).load(bytes: Data(bytes), name: name)
        } catch {
            throw Failure(description: error.description)
        }
        guard let format = loaded.format else {
            throw Failure(description: loaded.errors.map(\.description).joined(separator: "\n"))
        }
        return Self.result(loaded.report, format: format, diagnostics: loaded.diagnostics)
    }

    /// The import's result of a report read from a workbook: its values as read, totals the
    /// workbook computes by formula left to the program, every cell not read marked 待填 with
    /// the problem said at it.
    static func result(_ report: Report, format: FormatSpec, diagnostics: [Diagnostic]) -> ReportRecognizer.Result {
        var result = ReportRecognizer.Result(
            agency: report.agency, year: report.year, edition: format.edition, format: format,
            attachment: report.attachment, title: report.title, date: report.date,
            narratives: report.narratives.mapValues { $0.paragraphs.map(\.text) }, values: report.values,
            corrected: [], unplaced: [])
        result.evidence = ["工作簿里记录的单位、年度和格式版本"]
        result.formulaTotals = true
        var said = Set<Diagnostic>()
        for table in format.tables {
            for row in table.valueRows {
                for column in row.valueColumns {
                    let key = row.key(in: table.id).cell(column)
                    if report.computed.contains(key) {
                        result.computed.append(key)
                        continue
                    }
                    guard report.value(key) == nil else { continue }
                    let at = report.location(key)
                    let reason: String
                    if let problem = diagnostics.first(where: { $0.kind == .input && $0.location == at && at.place != .file }) {
                        said.insert(problem)
                        reason = "\(problem.message)（\(at)）"
                    } else if report.unusable.contains(.table(table.id)) {
                        reason = "\(table.name)没有读取（见上面的问题）"
                    } else {
                        reason = "工作簿里这一格是空的（\(at)）"
                    }
                    result.missingCells.append(TableFill.Missing(row: row.key(in: table.id), columns: [column], reason: reason))
                }
            }
        }
        if !result.computed.isEmpty {
            result.readerNotes.append("工作簿的 \(result.computed.count) 个总计是公式：不取公式的结果，由程序按勾稽关系重新算出")
        }
        result.missingParts = format.parts.compactMap { part in
            guard let key = part.narrative, report.narratives[key]?.paragraphs.isEmpty ?? true else { return nil }
            return key
        }
        // What else the workbook adapter said (a table whose rows were moved, a narrative's
        // forbidden character): told as read, since no cell carries it.
        for problem in diagnostics where problem.kind == .input && !said.contains(problem) {
            result.readerNotes.append(problem.description)
        }
        ReportRecognizer.removeForbiddenCharacters(&result)
        return result
    }
}
