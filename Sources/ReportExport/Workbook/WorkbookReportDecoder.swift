import Foundation
import OOXMLWriter

/// Reads a report workbook (made by `init … -o 报告.xlsx`) and hands each cell, with the cell
/// it stands in, to the `ReportBuilder`: one more input adapter. Values come from the cells;
/// a formula's saved result is never taken (a total with its formula is computed from its
/// terms like any total left out; a total typed over its formula is checked like any given).
struct WorkbookReportDecoder {
    let file: String
    let templates: TemplateLibrary
    var limits = WorkbookReading.Limits()

    func decode(_ bytes: [UInt8]) throws(ReportErrors) -> ReportFileReader.Loaded {
        let whole = SourceLocation(file: file)
        let book: WorkbookReading.Book
        do {
            book = try WorkbookReading.read(bytes, limits: limits)
        } catch {
            throw ReportErrors([Diagnostic(at: whole, Self.message(error), hint: Self.hint(error))])
        }
        guard let edition = book.names[ReportWorkbook.editionName].flatMap(Self.constant) else {
            throw ReportErrors([Diagnostic(at: whole, "这个工作簿不是 gkexport init 生成的报告工作簿（没有记录报告格式版本）",
                                           hint: "用 gkexport init 单位名称 年度 -o 报告.xlsx 生成工作簿，再把数字填进去")])
        }
        var builder = ReportBuilder(source: file, whole: whole, words: .workbook,
                                    cap: .stopLooking(max: ReportBuilder.maxProblems), templates: templates)
        let agency = book.names[ReportWorkbook.agencyName].flatMap(Self.constant)
        builder.report.agency = builder.required("agency", agency.map { .text($0.trimmedSpaces, at: whole) } ?? .absent) ?? ""
        let yearText = book.names[ReportWorkbook.yearName].map { Self.constant($0) ?? $0 }
        let year = builder.year(yearText.map { .text($0, at: whole) } ?? .absent)
        builder.report.year = year ?? 0
        builder.chooseFormat(year: year, named: edition, namedAt: whole, noEditionAt: whole)
        if builder.format == nil { builder.report.edition = edition }
        if let agency { builder.checkCharacters(field: "agency", agency, at: whole) }
        guard let format = builder.format else { return builder.finish() }
        let layout: WorkbookLayout
        do { layout = try WorkbookLayout(format: format) } catch { throw ReportErrors([Diagnostic(at: whole, error.message)]) }

        if let sheet = book.sheet(WorkbookLayout.tablesSheet) {
            let totals = Set(RuleFormulas(layout: layout).totals().keys)
            for table in layout.tables { read(table, sheet, layout, totals, &builder) }
        } else {
            builder.problem(at: whole, "工作簿里没有“\(WorkbookLayout.tablesSheet)”表", hint: "不要改工作表的名字；用 gkexport init 重新生成工作簿")
        }
        let text = book.sheet(WorkbookLayout.textSheet)
        if text == nil {
            builder.problem(at: whole, "工作簿里没有“\(WorkbookLayout.textSheet)”表", hint: "不要改工作表的名字；用 gkexport init 重新生成工作簿")
        }
        func at(_ row: Int) -> SourceLocation {
            SourceLocation(file: file, place: .workbookCell(sheet: WorkbookLayout.textSheet, cell: CellAddress(row: row, column: 1).description))
        }
        if let text {
            for (i, field) in WorkbookLayout.textFields.enumerated() {
                let row = WorkbookLayout.textFirstFieldRow + i
                let value = text.cells[CellAddress(row: row, column: 1)].map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }
                guard let value, !value.isEmpty else { continue }
                builder.checkCharacters(field: field.key, value, at: at(row))
                switch field.key {
                case "attachment": builder.report.attachment = value
                case "title": builder.report.title = value
                default: builder.report.date = value
                }
            }
            for part in format.parts {
                guard let key = part.narrative, let row = layout.narrativeRows[key] else { continue }
                guard let cell = text.cells[CellAddress(row: row, column: 1)] else { continue }
                let body = cell.value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                builder.report.locations[.narrative(key)] = at(row)
                builder.report.narratives[key] = builder.narrative(key, body, firstLine: nil, noun: "「\(part.heading)」", at: at(row)) ?? Narrative([])
            }
            builder.checkNarratives { key in layout.narrativeRows[key].map(at) ?? whole }
        }
        return builder.finish()
    }

    // MARK: - 表格

    private func read(_ table: WorkbookLayout.PlacedTable, _ sheet: WorkbookReading.Sheet, _ layout: WorkbookLayout,
                      _ totals: Set<CellKey>, _ builder: inout ReportBuilder) {
        let spec = table.spec
        func at(_ address: CellAddress) -> SourceLocation {
            SourceLocation(file: file, place: .workbookCell(sheet: sheet.name, cell: address.description))
        }
        builder.report.locations[.table(spec.id)] = at(CellAddress(row: table.headingRow, column: 0))
        // Rows or columns inserted or deleted would shift every number: the labels must stand
        // where the format puts them, else the table is not read at all.
        for (r, rowSpec) in spec.rows.enumerated() {
            for (c, slot) in table.grid.slots[r].enumerated() {
                guard case .anchor(let index) = slot, let label = rowSpec.allCells[index].text else { continue }
                let address = table.range(row: r, column: c).first
                let found = sheet.cells[address]?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                guard Self.squeezed(found) == Self.squeezed(label) else {
                    builder.report.unusable.insert(.table(spec.id))
                    builder.problem(at: at(address), "\(spec.name)的这一格应是「\(label)」，现在是「\(found.prefix(30))」：表格的行列被改动过，\(spec.name)没有读取",
                                    hint: "不要插入、删除或移动表格的行列；把数字填进 gkexport init 新生成的工作簿")
                    return
                }
            }
        }
        builder.report.values.give(table: spec.id)
        for row in spec.valueRows {
            var first: SourceLocation?
            for column in row.valueColumns {
                guard builder.saying() else { return }
                let key = row.key(in: spec.id).cell(column)
                guard let range = layout.cells[key] else { continue }
                let here = at(range.first)
                first = first ?? here
                builder.report.locations[.cell(key)] = here
                let cell = sheet.cells[range.first]
                strays(range, sheet, key, spec, row, &builder, at)
                if let formula = cell?.formula {
                    // A total's formula: computed from its terms, never its saved result.
                    if totals.contains(key) { continue }
                    builder.report.unusable.insert(.cell(key))
                    builder.problem(at: here, "\(ReportBuilder.name(spec, row, column))：这一格是公式（=\(formula.prefix(30))），应直接填写数字",
                                    hint: "把公式换成它算出的数字")
                    continue
                }
                guard let cell else { continue }
                switch cell.kind {
                case .number:
                    builder.value(Self.numberText(cell.value, kind: spec.kind(of: column)), quoted: false, table: spec, row: row, column: column, at: here)
                case .text:
                    let text = cell.value.trimmingCharacters(in: .whitespacesAndNewlines)
                    if text.isEmpty { continue }
                    builder.value(Self.withoutThousands(text), quoted: false, table: spec, row: row, column: column, at: here)
                case .boolean, .error, .date:
                    builder.report.unusable.insert(.cell(key))
                    let what = cell.kind == .boolean ? "逻辑值" : cell.kind == .error ? "错误值 \(cell.value)" : "日期"
                    builder.problem(at: here, "\(ReportBuilder.name(spec, row, column))：填写的是\(what)，应是数字", hint: "填写阿拉伯数字，没有就填 0")
                }
            }
            if let first { builder.report.locations[.row(row.key(in: spec.id))] = first }
        }
    }

    /// Text in a merged value cell's other slots (a clerk unmerged it and typed beside the
    /// anchor): said, naming both cells, so a number is never silently dropped.
    private func strays(_ range: CellRange, _ sheet: WorkbookReading.Sheet, _ key: CellKey, _ spec: TableSpec, _ row: ValueRow,
                        _ builder: inout ReportBuilder, _ at: (CellAddress) -> SourceLocation) {
        guard range.first != range.last else { return }
        for r in range.first.row...range.last.row {
            for c in range.first.column...range.last.column {
                let address = CellAddress(row: r, column: c)
                guard address != range.first, let cell = sheet.cells[address],
                      !cell.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
                builder.problem(at: at(address), "\(ReportBuilder.name(spec, row, key.column))的数字应填在 \(range.first)（合并单元格 \(range) 的左上角），这里填了“\(cell.value.prefix(20))”",
                                hint: "把数字移到 \(range.first)，这一格清空")
            }
        }
    }

    // MARK: - Values as cells hold them

    /// A number cell's stored text as the report would write it: a whole number without a
    /// point, an amount to the 15 significant digits a spreadsheet keeps (3775.4613349999999 is
    /// 3775.461335), anything else as stored (the parser then says what is wrong with it).
    static func numberText(_ stored: String, kind: TableSpec.ValueKind) -> String {
        guard let x = Double(stored), x.isFinite else { return stored }
        if kind == .amount {
            let text = String(format: "%.15g", x)
            return text.contains("e") ? stored : text
        }
        guard x == x.rounded(), abs(x) < 1e15 else { return stored }
        return String(Int(x))
    }

    /// `1,234` or `12,345.5万` as a clerk types them, without the separators; anything else unchanged.
    static func withoutThousands(_ text: String) -> String {
        guard text.contains(",") else { return text }
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let whole = body.prefix { $0 != "." && !"万元".contains($0) }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1, (1...3).contains(groups[0].count),
              groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return text }
        return text.replacingOccurrences(of: ",", with: "")
    }

    /// A defined name's string constant `"…"` (quotes doubled inside) as its text.
    static func constant(_ formula: String) -> String? {
        guard formula.count >= 2, formula.hasPrefix("\""), formula.hasSuffix("\"") else { return nil }
        return String(formula.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }

    /// A label as compared: without the white space a program may add or drop when wrapping.
    static func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    // MARK: - Messages

    static func message(_ error: WorkbookReading.Failure) -> String {
        switch error {
        case .zip(let zip): return "无法读取工作簿：" + zip.reason.replacingOccurrences(of: "（DOCX、ODT 都是 ZIP 格式）", with: "（XLSX 工作簿是 ZIP 格式）")
        case .malformed(let part, let reason): return "工作簿已损坏：\(part) 不能读取（\(reason.prefix(80))）"
        case .over(let what, let limit): return "工作簿超出上限：\(WorkbookLimitWords.word(what)) 超过 \(limit)"
        }
    }

    static func hint(_ error: WorkbookReading.Failure) -> String {
        switch error {
        case .over: return "报告工作簿只有三张表、几百个数字；确认选对了文件"
        default: return "用 Excel、WPS 表格或 LibreOffice 打开后另存为 .xlsx 再试；或用 gkexport init 重新生成工作簿"
        }
    }
}

/// The Chinese names of the workbook reader's caps.
enum WorkbookLimitWords {
    static func word(_ what: String) -> String {
        switch what {
        case "sheets": return "工作表数"
        case "cells": return "单元格数"
        case "shared strings": return "文字条目数"
        case "characters in one cell": return "一个单元格的字数"
        default: return what.hasPrefix("XML elements") ? "XML 元素数（\(what.dropFirst("XML elements of ".count))）" : what
        }
    }
}

/// The decoder's value normalisation, for tests.
public enum WorkbookReportDecoderProbe {
    public static func numberText(_ stored: String, _ kind: TableSpec.ValueKind) -> String {
        WorkbookReportDecoder.numberText(stored, kind: kind)
    }

    public static func withoutThousands(_ text: String) -> String { WorkbookReportDecoder.withoutThousands(text) }
}
