import OOXMLWriter
import ReportExport

/// Reads every table of a document against one format. Rows are found by their labels, not by
/// which table or part they stand in, so a table split over several pieces, or printed under an
/// agency's own numbering, still fills the right rows. Nothing is filled that was not read: a
/// blank cell is 0 only where the form means "none", a blank total is left to be computed, and
/// every row that could not be read is named with the reason.
struct TableFiller {
    let format: FormatSpec
    /// The document's name in the locations values are handed to the builder with.
    var source = "导入的文件"
    var templates = TemplateLibrary()

    /// Where in the document a row stands: its table and row, counted from 1.
    struct Place {
        let table: Int
        let row: Int

        func at(_ column: Int?, in source: String) -> SourceLocation {
            SourceLocation(file: source, place: .documentTable(table: table, row: row, column: column.map { $0 + 1 }))
        }
    }

    private struct Target {
        let table: TableSpec
        let row: ValueRow
        let grid: SpecGrid
        var key: RowKey { row.key(in: table.id) }
    }

    func fill(_ tables: [ReadTable]) -> TableFill {
        var builder = ReportBuilder(source: source, whole: SourceLocation(file: source), words: .importedTable,
                                    cap: .perRow(max: .max), templates: templates)
        builder.use(format)
        var fill = TableFill(builder: builder)
        var byLabel: [String: Target] = [:]
        var labels: [String] = []
        var unlabelled: [Target] = []
        /// Group label (（六）其他处理) → the rows it spans, for a group printed as one row.
        var groups: [String: [Target]] = [:]
        var groupLabels: [String] = []
        for id in format.parts.compactMap(\.table) {
            guard let spec = format.table(id) else { continue }
            let grid = SpecGrid(spec)
            var openGroups: [(label: String, left: Int)] = []
            for row in spec.rows {
                openGroups = openGroups.map { ($0.label, $0.left - 1) }.filter { $0.left > 0 }
                for cell in row.cells ?? [] where cell.style == .group && (cell.rowspan ?? 1) > 1 {
                    if let text = cell.text { openGroups.append((text, cell.rowspan ?? 1)); groupLabels.append(text) }
                }
                guard let valueRow = ValueRow(row) else { continue }
                let target = Target(table: spec, row: valueRow, grid: grid)
                for group in openGroups { groups[group.label, default: []].append(target) }
                if (row.cells ?? []).allSatisfy({ $0.text == nil }) {
                    unlabelled.append(target)
                } else if byLabel[row.displayLabel] == nil {
                    byLabel[row.displayLabel] = target
                    labels.append(row.displayLabel)
                }
            }
        }
        var groupRows: [String: (printed: String, values: [CellText], place: Place)] = [:]
        let allTexts = Array(Set(format.tables.flatMap { $0.rows.flatMap { ($0.cells ?? []).compactMap(\.text) } })).sorted()
            .map { ($0, LabelMatching.normalize($0)) }
        let rowLabels = labels.map { ($0, LabelMatching.normalize($0)) }
        let groupTexts = groupLabels.map { ($0, LabelMatching.normalize($0)) }
        var blankRow: (cells: [ReadTable.Cell], kinds: [CellText], grid: Bool, place: Place)?

        for (t, table) in tables.enumerated() {
            let isGrid = table.cells.contains { $0.colSpan > 1 || $0.rowSpan > 1 }
            let order = isGrid ? columnOrder(table, &fill) : [:]
            // A flattened table (Markdown, a converter's output) gives every row the same
            // number of cells; a row with another count lost or gained a cell somewhere, and
            // which one cannot be known.
            let counts = Dictionary(grouping: (0..<table.rows).map { r in table.cells.filter { $0.row == r }.count }, by: { $0 }).mapValues(\.count)
            let uniform = isGrid ? nil : counts.max { $0.value < $1.value }.flatMap { table.rows >= 5 && Double($0.value) >= 0.9 * Double(table.rows) ? $0.key : nil }
            var rowsOfTable: [[ReadTable.Cell]] = Array(repeating: [], count: table.rows)
            for cell in table.cells where cell.row < table.rows { rowsOfTable[cell.row].append(cell) }
            for (r, unsorted) in rowsOfTable.enumerated() {
                let place = Place(table: t + 1, row: r + 1)
                var cells = unsorted.sorted { $0.column < $1.column }
                var kinds = cells.map { CellText.classify($0.text) }
                // A note after the numbers (a 备注 column): the label is the rightmost text that
                // names a row, and the note is said, not read.
                if let last = kinds.lastIndex(of: .text), LabelMatching.match(cells[last].text, normalized: rowLabels) == nil,
                   LabelMatching.match(cells[last].text, normalized: groupTexts) == nil,
                   let earlier = kinds.indices.last(where: { $0 < last && kinds[$0] == .text }),
                   LabelMatching.match(cells[earlier].text, normalized: rowLabels) != nil, earlier + 1 < last {
                    fill.note("「\(oneLine(cells[earlier].text))」这一行末尾的文字「\(oneLine(cells[last].text))」不是表格的数，未读入")
                    cells = Array(cells[...(last - 1)])
                    kinds = Array(kinds[...(last - 1)])
                }
                // Section and group labels are checked for known local wordings too.
                for (cell, kind) in zip(cells, kinds) where kind == .text {
                    if let hit = LabelMatching.match(cell.text, normalized: allTexts), hit.corrected { fill.note("「\(oneLine(cell.text))」→「\(hit.label)」") }
                }
                guard let labelIndex = kinds.lastIndex(of: .text) else {
                    // A row of numbers only: 表四's one row (or its digits run together).
                    let numbers = expanded(kinds)
                    let run = numbers.count == 1 && digitRun(numbers[0]) != nil
                    guard let t = unlabelled.firstIndex(where: { target in
                        !fill.isRead(target.key)
                            && (run || (target.row.valueColumns.count <= numbers.count && (numbers.contains { $0 != .blank } || numbers.count == target.row.valueColumns.count)))
                    }) else { continue }
                    let target = unlabelled[t]
                    if !numbers.contains(where: { $0 != .blank }) {
                        // An all-blank row is 表四 only if no row with numbers comes.
                        if blankRow == nil { blankRow = (cells, kinds, isGrid && table.columns == target.grid.width, place) }
                        continue
                    }
                    read(cells, kinds, from: 0, into: target, grid: isGrid && table.columns == target.grid.width, at: place, &fill)
                    continue
                }
                let printed = cells[labelIndex].text
                let valueKinds = Array(kinds[(labelIndex + 1)...])
                guard !valueKinds.isEmpty else { continue }
                if let hit = LabelMatching.match(printed, normalized: rowLabels), let target = byLabel[hit.label] {
                    if hit.corrected { fill.note("「\(oneLine(printed))」→「\(hit.label)」") }
                    if fill.isRead(target.key) {
                        fill.unplaced.append("\(target.table.name)「\(target.row.displayLabel)」出现了两次，第二次的数字未读入")
                        continue
                    }
                    if let uniform, cells.count != uniform, !fill.isRead(target.key) {
                        fill.missing.append(.init(row: target.key, columns: target.row.valueColumns,
                            reason: "这一行有 \(cells.count) 个单元格，表格其他各行都是 \(uniform) 个：少了或多了的是哪一格无法确定"))
                        continue
                    }
                    read(cells, kinds, from: labelIndex + 1, into: target, grid: isGrid && table.columns == target.grid.width && order[target.table.id] == nil, order: order[target.table.id], at: place, &fill)
                } else if let hit = LabelMatching.match(printed, normalized: groupTexts) {
                    groupRows[hit.label] = (oneLine(printed), valueKinds, place)
                } else if let t = unlabelled.firstIndex(where: { $0.row.valueColumns.count == expanded(valueKinds).count && !fill.isRead($0.key) }) {
                    let target = unlabelled[t]
                    fill.note("「\(oneLine(printed))」这一行按\(target.table.name)的数字行读入")
                    read(cells, kinds, from: labelIndex + 1, into: target, grid: false, at: place, &fill)
                } else if valueKinds.contains(where: { $0 != .blank }) {
                    fill.unplaced.append("「\(oneLine(printed))」这一行的数字（表格里没有这一行）")
                }
            }
        }

        if let blankRow, let target = unlabelled.first(where: { !fill.isRead($0.key) }) {
            read(blankRow.cells, blankRow.kinds, from: 0, into: target, grid: blankRow.grid, at: blankRow.place, &fill)
        }

        // A group printed as one row (2021's （六）其他处理 the 2019 way): its parts can be
        // known only when the row is all zeros.
        for (label, printedRow) in groupRows.sorted(by: { $0.key < $1.key }) {
            guard let members = groups[label] else { continue }
            let unread = members.filter { !fill.isRead($0.key) }
            guard unread.count == members.count, let first = members.first else {
                fill.note("「\(printedRow.printed)」的小计行未读入（各分项已读到）")
                continue
            }
            let numbers = expanded(printedRow.values)
            let allZero = numbers.count == first.row.valueColumns.count && numbers.allSatisfy {
                if case .number(let s, _) = $0 { return Int(s) == 0 } else { return $0 == .blank }
            }
            if allZero {
                for member in members {
                    // The one printed row of zeros stands for each of its members' cells.
                    for column in member.row.valueColumns {
                        fill.builder.value("0", quoted: false, table: member.table, row: member.row, column: column,
                                           at: printedRow.place.at(nil, in: source))
                    }
                    fill.markRead(member.key)
                    fill.matched += 1
                }
                fill.note("\(first.table.name)「\(label)」只印了一行且全为 0：其下 \(members.count) 个分项均读作 0")
            } else {
                for member in members {
                    fill.missing.append(.init(row: member.key, columns: member.row.valueColumns,
                        reason: "原文「\(label)」只印了一行合计，本版格式分为 \(members.count) 行，无法拆分"))
                }
            }
        }

        for id in format.parts.compactMap(\.table) {
            guard let spec = format.table(id) else { continue }
            for row in spec.valueRows where !fill.isRead(row.key(in: id)) && !fill.missing.contains(where: { $0.row == row.key(in: id) }) {
                fill.missing.append(.init(row: row.key(in: id), columns: row.valueColumns, reason: "原文中没有找到这一行"))
            }
        }
        return fill
    }

    private func oneLine(_ s: String) -> String {
        String(s.filter { !CellText.isSpace($0) })
    }

    /// Cells holding several numbers count as that many values.
    private func expanded(_ kinds: [CellText]) -> [CellText] {
        kinds.flatMap { kind -> [CellText] in
            if case .numbers(let list) = kind { return list.map { .number($0, note: nil) } }
            return [kind]
        }
    }

    /// One row's value cells (from `start`) into `target`'s columns.
    private func read(_ cells: [ReadTable.Cell], _ kinds: [CellText], from start: Int, into target: Target, grid: Bool,
                      order: [String]? = nil, at place: Place, _ fill: inout TableFill) {
        let spec = target.table, row = target.row
        // Columns in the order the document's header prints them, when it differs from the form's.
        let columns = order.flatMap { o in Set(o) == Set(row.valueColumns) ? o : nil } ?? row.valueColumns
        let places = target.grid.rows[row.id]
        var values: [CellText]?
        /// The document column each value was read from, where one cell gave it.
        var from: [Int?] = []
        // On the form's own grid, each value sits in its own grid column.
        if grid, let places {
            var picked: [CellText] = []
            var pickedFrom: [Int?] = []
            for g in places.valueColumns {
                guard let i = cells.indices.first(where: { cells[$0].column <= g && g < cells[$0].column + cells[$0].colSpan }), i >= start else { break }
                picked.append(kinds[i])
                pickedFrom.append(cells[i].column)
            }
            if picked.count == columns.count, picked.allSatisfy({ if case .numbers = $0 { return false } else { return true } }) {
                values = picked
                from = pickedFrom
            }
        }
        // A flattened table with one cell per grid column (covered slots left empty, as
        // converters write merged cells): each value sits in its own grid column too.
        if values == nil, let places, cells.count == target.grid.width, cells.enumerated().allSatisfy({ $0.element.column == $0.offset && $0.element.colSpan == 1 }),
           let first = places.valueColumns.first, first >= start, kinds[start..<first].allSatisfy({ $0 == .blank }) {
            let picked = places.valueColumns.map { kinds[$0] }
            if picked.allSatisfy({ if case .numbers = $0 { return false } else { return true } }) {
                values = picked
                from = places.valueColumns.map { cells[$0].column }
            }
        }
        if values == nil {
            let raw = Array(kinds[start...])
            let list = expanded(raw)
            if list.count > columns.count {
                // Which blanks are padding and which are zeros: read only when every way of
                // dropping the extra blanks gives the same numbers.
                let extra = list.count - columns.count
                let leading = list.prefix { $0 == .blank }.count
                let trailing = list.reversed().prefix { $0 == .blank }.count
                var readings: [[CellText]] = []
                if let t = places?.trailingEmpty, t > 0, list.count == columns.count + t, list.suffix(t).allSatisfy({ $0 == .blank }) {
                    // The form's own empty cells after the values (表二 2019's fourth column).
                    readings.append(Array(list.prefix(columns.count)))
                } else {
                    for k in 0...extra where k <= leading && extra - k <= trailing {
                        readings.append(Array(list[k..<(list.count - (extra - k))]))
                    }
                }
                guard let reading = readings.first, readings.allSatisfy({ $0 == reading }) else {
                    fill.missing.append(.init(row: target.key, columns: columns, reason: readings.isEmpty
                        ? "这一行有 \(list.count) 个数，表格只有 \(columns.count) 列，对不上"
                        : "这一行有 \(list.count) 个单元格、其中有空白，表格只有 \(columns.count) 列：分不清哪个空白是 0"))
                    return
                }
                values = reading
            } else if list.count < columns.count {
                let run = raw.count == 1 ? digitRun(raw[0]) : nil
                if let run, columns.allSatisfy({ spec.kind(of: $0) != .amount }), let split = CellText.uniqueSplit(run, into: columns.count) {
                    fill.note("\(spec.name)「\(row.displayLabel)」：数字连写为“\(run)”，只有一种拆法：\(split.joined(separator: " "))")
                    values = split.map { .number($0, note: nil) }
                } else if let run {
                    fill.missing.append(.init(row: target.key, columns: columns,
                        reason: "数字连在一起（“\(run)”），无法分成 \(columns.count) 个数"))
                    return
                } else {
                    fill.missing.append(.init(row: target.key, columns: columns,
                        reason: "应有 \(columns.count) 个数，读到 \(list.count) 个"))
                    return
                }
            } else {
                values = list
                // One cell a value: each came from its own cell.
                if raw.count == list.count { from = cells[start...].map(\.column) }
            }
        }
        var unread: [String] = []
        var reasons: [String] = []
        for (i, (column, kind)) in zip(columns, values!).enumerated() {
            let at = place.at(i < from.count ? from[i] : nil, in: source)
            switch kind {
            case .number(let text, let note):
                // Parsed and checked by the builder, as every input's values are.
                if let refused = fill.builder.value(text, quoted: false, table: spec, row: row, column: column, at: at) {
                    unread.append(column)
                    reasons.append(refused.message)
                } else if let note {
                    fill.note("\(ReportBuilder.name(spec, row, column))：\(note)")
                }
            case .blank:
                if isTotal(target.key.cell(column)) {
                    fill.computed.append(target.key.cell(column))
                } else {
                    // Where the form means "none", a blank is the value 0.
                    fill.builder.value("0", quoted: false, table: spec, row: row, column: column, at: at)
                    fill.blanks[spec.id, default: 0] += 1
                }
            case .numbers, .text:
                unread.append(column)
                reasons.append("不是数字")
            }
        }
        if !unread.isEmpty {
            fill.missing.append(.init(row: target.key, columns: unread, reason: reasons.joined(separator: "；")))
        }
        fill.markRead(target.key)
        fill.matched += 1
    }

    /// Tables whose header prints the form's column labels in another order (a grid table,
    /// so positions are real): table id → column ids in the document's order.
    private func columnOrder(_ table: ReadTable, _ fill: inout TableFill) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for spec in format.tables {
            let columns = spec.valueRows.first?.valueColumns ?? []
            // Only where every column has a label of its own (not 表四's repeated 结果维持).
            let labels = columns.compactMap { spec.labels[$0] }
            guard columns.count > 1, labels.count == columns.count, Set(labels).count == labels.count,
                  spec.valueRows.allSatisfy({ $0.valueColumns == columns }) else { continue }
            var found: [(column: Int, id: String)] = []
            for (id, label) in zip(columns, labels) {
                let hits = table.cells.filter { LabelMatching.normalize($0.text) == LabelMatching.normalize(label) }
                guard hits.count == 1 else { break }
                found.append((hits[0].column, id))
            }
            guard found.count == columns.count else { continue }
            let printed = found.sorted { $0.column < $1.column }.map(\.id)
            if printed != columns {
                out[spec.id] = printed
                fill.note("\(spec.name)的列按原文表头的顺序读入：" + printed.map { spec.labels[$0] ?? $0 }.joined(separator: "、"))
            }
        }
        return out
    }

    /// A cell that holds only digits (a crawler joined the row's numbers).
    private func digitRun(_ kind: CellText) -> String? {
        guard case .number(let s, nil) = kind, s.count > 1, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return s
    }

    /// Whether the cell is a total a rule computes (so a blank there is not a 0).
    func isTotal(_ key: CellKey) -> Bool {
        let row = key.row, column = key.column
        return format.rules.contains { rule in
            guard rule.table == key.table, let total = rule.total, rule.equals == nil else { return false }
            switch rule.each {
            case .row: return total == column
            case .column: return total == row
            }
        }
    }
}
