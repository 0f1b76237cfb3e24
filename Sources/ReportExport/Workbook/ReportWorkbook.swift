import OOXMLWriter

/// A report as a workbook a clerk fills in: the sheet 表格 with the format's tables as printed
/// (inputs unlocked and validated by value kind, labels locked, totals as formulas from the
/// rules, a check beside each rule), 文字 for the narrative parts, 说明 for what to do; agency,
/// year and edition kept in hidden defined names. Built from the format's `TableSpec`s through
/// `WorkbookLayout`, never from a second description of the tables.
public struct ReportWorkbook: Sendable {
    public let layout: WorkbookLayout
    public let styles: StyleSet

    /// Hidden defined names holding what a clerk must not change.
    public static let agencyName = "gk_agency", yearName = "gk_year", editionName = "gk_edition"

    public init(format: FormatSpec, styles: StyleSet) throws(LayoutError) {
        layout = try WorkbookLayout(format: format)
        self.styles = styles
    }

    /// The workbook of `report`: its values and narratives where it has them, blanks elsewhere.
    public func workbook(_ report: Report) -> Workbook {
        let formats = WorkbookFormats(styles: styles)
        let sheets = [tablesSheet(report, formats), textSheet(report, formats), guideSheet(formats)]
        let lastColumn = CellAddress.columnName(layout.tableColumns - 1)
        let names = [
            DefinedName(name: "_xlnm.Print_Area", formula: "'\(WorkbookLayout.tablesSheet)'!$A$1:$\(lastColumn)$\(layout.lastRow + 1)", sheet: 0),
            DefinedName(name: Self.agencyName, formula: Self.constant(report.agency), hidden: true),
            DefinedName(name: Self.editionName, formula: Self.constant(layout.format.edition), hidden: true),
            DefinedName(name: Self.yearName, formula: String(report.year), hidden: true),
        ]
        return Workbook(sheets: sheets, definedNames: names,
                        properties: DocumentProperties(title: report.displayTitle + "（表格）", creator: report.agency))
    }

    /// A formula's string constant: quotes doubled.
    static func constant(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    // MARK: - 表格

    private func tablesSheet(_ report: Report, _ f: WorkbookFormats) -> Worksheet {
        var sheet = Worksheet(name: WorkbookLayout.tablesSheet, columnWidths: layout.columnWidths, frozenRows: 2,
                              isProtected: true, showGridLines: false)
        let width = layout.tableColumns
        func merge(_ range: CellRange, _ content: SheetCell.Content, _ format: CellFormat) {
            for row in range.first.row...range.last.row {
                for column in range.first.column...range.last.column {
                    sheet[CellAddress(row: row, column: column)] = SheetCell(.empty, format: format)
                }
            }
            sheet[range.first] = SheetCell(content, format: format)
            if range.first != range.last { sheet.merges.append(range) }
        }
        merge(CellRange(CellAddress(row: 0, column: 0), CellAddress(row: 0, column: width - 1)),
              .text(report.displayTitle), f.title)
        merge(CellRange(CellAddress(row: 1, column: 0), CellAddress(row: 1, column: width - 1)),
              .text("白色格子填数字（没有就填 0）；“总计”由公式计算，不用填。表格右侧和下方的“勾稽”格显示 ✓ 或差数，出现红色 ✗ 请核对。"), f.note)
        sheet.rowHeights[1] = .pt(30)

        let rules = RuleFormulas(layout: layout)
        let totals = rules.totals()
        let validator = ReportValidator(format: layout.format)
        var inputs: [TableSpec.ValueKind: [CellRange]] = [:]
        for table in layout.tables {
            let spec = table.spec
            let heading = layout.format.parts.first { $0.table == spec.id }.map(\.heading) ?? spec.name
            merge(CellRange(CellAddress(row: table.headingRow, column: 0), CellAddress(row: table.headingRow, column: width - 1)),
                  .text("\(heading)（\(spec.name)）"), f.heading)
            for (r, rowSpec) in spec.rows.enumerated() {
                for (c, slot) in table.grid.slots[r].enumerated() {
                    guard case .anchor(let index) = slot else { continue }
                    let cell = rowSpec.allCells[index]
                    let range = table.range(row: r, column: c, rowSpan: cell.rowspan ?? 1, colSpan: cell.colspan ?? 1)
                    guard let column = cell.value, let id = rowSpec.id else {
                        let format = cell.style == .head || cell.style == .section ? f.head : cell.align == .left ? f.labelLeft : f.label
                        merge(range, cell.text.map { .text($0) } ?? .empty, format)
                        continue
                    }
                    let key = CellKey(table: spec.id, row: id, column: column)
                    if let formula = totals[key] {
                        merge(range, .formula(formula), f.total)
                    } else {
                        merge(range, content(report.value(key)), f.input)
                        inputs[spec.kind(of: column), default: []].append(range)
                    }
                }
            }
            // Checks of row rules: a column each, right of the table.
            for (rule, column) in table.rowChecks {
                sheet[CellAddress(row: table.headingRow, column: column)] = SheetCell(.text("勾稽：\(rule.says)"), format: f.check)
                var rows: [Int] = []
                for unit in validator.units(of: rule, in: spec) {
                    guard let formula = rules.check(rule, unit), let anchor = layout.cells[unit.key(rule.total ?? rule.sum[0])] else { continue }
                    sheet[CellAddress(row: anchor.first.row, column: column)] = SheetCell(.formula(formula), format: f.check)
                    rows.append(anchor.first.row)
                }
                if let first = rows.min(), let last = rows.max() {
                    sheet.conditionalFormats.append(Self.redWhenBroken(CellRange(CellAddress(row: first, column: column), CellAddress(row: last, column: column))))
                }
            }
            // Checks of column rules: a row each, under the table.
            for (rule, row) in table.columnChecks {
                let units = validator.units(of: rule, in: spec)
                let anchors = units.compactMap { layout.cells[$0.key(rule.total ?? rule.sum[0])] }
                let firstColumn = anchors.map(\.first.column).min() ?? width
                if firstColumn > 0 {
                    merge(CellRange(CellAddress(row: row, column: 0), CellAddress(row: row, column: firstColumn - 1)),
                          .text("勾稽：\(rule.says)"), f.checkLabel)
                }
                for unit in units {
                    guard let formula = rules.check(rule, unit), let anchor = layout.cells[unit.key(rule.total ?? rule.sum[0])] else { continue }
                    merge(CellRange(CellAddress(row: row, column: anchor.first.column), CellAddress(row: row, column: anchor.last.column)),
                          .formula(formula), f.check)
                }
                if !anchors.isEmpty {
                    let last = anchors.map(\.last.column).max()!
                    sheet.conditionalFormats.append(Self.redWhenBroken(CellRange(CellAddress(row: row, column: firstColumn), CellAddress(row: row, column: last))))
                }
            }
        }
        rowHeights(&sheet)
        sheet.validations = Self.validations(inputs)
        let page = styles.page
        sheet.page = PageSetup(marginLeft: .mm(page.left), marginRight: .mm(page.right), marginTop: .mm(page.top),
                               marginBottom: .mm(page.bottom))
        return sheet
    }

    /// Rows tall enough for their wrapped labels: spreadsheet programs do not grow a row for
    /// text in merged cells, so the height is estimated here (a CJK character is one em wide).
    private func rowHeights(_ sheet: inout Worksheet) {
        var spanned = Set<CellAddress>()
        for range in sheet.merges where range.first.row != range.last.row { spanned.insert(range.first) }
        var widths: [CellAddress: Double] = [:]
        for range in sheet.merges where range.first.row == range.last.row {
            widths[range.first] = (range.first.column...range.last.column).reduce(0) { $0 + layout.columnWidths[$1].points }
        }
        for (address, cell) in sheet.cells where address.row > 1 && !spanned.contains(address) && cell.format.wrap {
            guard case .text(let text) = cell.content, address.column < layout.columnWidths.count else { continue }
            let width = widths[address] ?? layout.columnWidths[address.column].points
            let perLine = max(1, Int((width - 4) / cell.format.fontSize.points))
            let lines = (text.count + perLine - 1) / perLine
            guard lines > 1 else { continue }
            let height = Length.pt(Double(lines) * cell.format.fontSize.points * 1.3 + 4)
            if height > sheet.rowHeights[address.row] ?? .zero { sheet.rowHeights[address.row] = height }
        }
    }

    /// A value as a cell holds it: a number when it is one, else its text (an amount with a unit).
    private func content(_ value: CellValue?) -> SheetCell.Content {
        switch value {
        case .none: return .empty
        case .count(let n): return .number(String(n))
        case .amount(let text):
            return text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) && ValueParser.isDecimalAmount(text) ? .number(text) : .text(text)
        }
    }

    static func redWhenBroken(_ range: CellRange) -> ConditionalFormat {
        let first = range.first.description
        return ConditionalFormat(range: range, formula: "AND(\(first)<>\"\",LEFT(\(first),1)<>\"\(RuleFormulas.holds)\")",
                                 color: "9C0006", fill: "FFC7CE")
    }

    static func validations(_ inputs: [TableSpec.ValueKind: [CellRange]]) -> [DataValidation] {
        var out: [DataValidation] = []
        let max = String(ValueParser.maxCount)
        if let ranges = inputs[.count] {
            out.append(DataValidation(ranges: ranges, kind: .whole, op: .between, formula1: "0", formula2: max,
                                      errorTitle: "应填整数", error: "这里填不小于 0 的整数（件数），没有就填 0。"))
        }
        if let ranges = inputs[.signed] {
            out.append(DataValidation(ranges: ranges, kind: .whole, op: .between, formula1: "-" + max, formula2: max,
                                      errorTitle: "应填整数", error: "这里填整数；减少时填负数，没有增减就填 0。"))
        }
        if let ranges = inputs[.amount] {
            out.append(DataValidation(ranges: ranges, kind: .decimal, op: .greaterThanOrEqual, formula1: "0",
                                      errorTitle: "应填金额", error: "这里填不小于 0 的金额（可带小数），没有就填 0。"))
        }
        return out
    }

    // MARK: - 文字

    private func textSheet(_ report: Report, _ f: WorkbookFormats) -> Worksheet {
        var sheet = Worksheet(name: WorkbookLayout.textSheet, columnWidths: [.mm(45), .mm(165)], isProtected: true)
        sheet.page = PageSetup(marginLeft: .mm(styles.page.left), marginRight: .mm(styles.page.right),
                               marginTop: .mm(styles.page.top), marginBottom: .mm(styles.page.bottom))
        sheet[CellAddress(row: 0, column: 0)] = SheetCell(.text("报告的文字部分：在右列填写，每段一行（单元格内按 Alt+Enter 换行；WPS 同）。以“（一）”“1.”等开头的段落自动成为小标题。"), format: f.note)
        sheet.merges.append(CellRange(CellAddress(row: 0, column: 0), CellAddress(row: 0, column: 1)))
        sheet[CellAddress(row: 0, column: 1)] = SheetCell(.empty, format: f.note)
        sheet.rowHeights[0] = .pt(32)
        let fields = [report.attachment, report.title, report.date]
        for (i, field) in WorkbookLayout.textFields.enumerated() {
            let row = WorkbookLayout.textFirstFieldRow + i
            sheet[CellAddress(row: row, column: 0)] = SheetCell(.text(field.label), format: f.text)
            sheet[CellAddress(row: row, column: 1)] = SheetCell(fields[i].map { .text($0) } ?? .empty, format: f.textInput)
        }
        for part in layout.format.parts {
            guard let key = part.narrative, let row = layout.narrativeRows[key] else { continue }
            sheet[CellAddress(row: row, column: 0)] = SheetCell(.text(part.heading), format: f.text)
            let text = report.narratives[key].map { $0.paragraphs.map(\.text).joined(separator: "\n") }
            sheet[CellAddress(row: row, column: 1)] = SheetCell(text.map { .text($0) } ?? .empty, format: f.textInput)
        }
        return sheet
    }

    // MARK: - 说明

    private func guideSheet(_ f: WorkbookFormats) -> Worksheet {
        let lines = [
            "怎样填写这个工作簿",
            "1. 在“\(WorkbookLayout.tablesSheet)”表里填写\(layout.tables.map(\.spec.name).joined(separator: "、"))的各个数字：只有白色的输入格可以填写，标题和“总计”等公式格已锁定。",
            "2. 件数填不小于 0 的整数，没有就填 0；“本年增/减”可以填负数；金额可带小数。填错时会弹出提示。",
            "3. 各个总计由公式按勾稽关系计算。表格右侧和下方的“勾稽”格显示 ✓ 表示相符；显示红色 ✗ 和差数时，请核对相关数字。",
            "4. 在“\(WorkbookLayout.textSheet)”表里填写报告的文字部分（\(layout.format.parts.compactMap { $0.narrative == nil ? nil : $0.heading }.joined(separator: "、"))），每段一行。",
            "5. 不要改动表格的行列、不要改工作表的名字；单位名称、报告年度和格式版本已记录在工作簿里，无需填写。",
            "6. 填好后保存为 .xlsx 文件（Excel 或 WPS 表格均可），把这个文件原样发回。",
            "检查：gkexport validate 本文件    生成文档：gkexport render 本文件 -o 输出文件夹",
            "格式：\(layout.format.name)",
        ]
        var sheet = Worksheet(name: WorkbookLayout.guideSheet, columnWidths: [.mm(200)], isProtected: true, showGridLines: false)
        for (row, line) in lines.enumerated() {
            sheet[CellAddress(row: row, column: 0)] = SheetCell(.text(line), format: row == 0 ? f.heading : f.note)
        }
        return sheet
    }
}
