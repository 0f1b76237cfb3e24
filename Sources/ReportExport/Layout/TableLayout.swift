import OOXMLWriter

/// One table of the format, filled with a report's values, as a neutral `Table`.
struct TableLayout {
    let styles: DocumentStyles

    /// `caption` names the table for formats that carry one (the part's title).
    func table(_ spec: TableSpec, of report: Report, caption: String? = nil) throws(LayoutError) -> Table {
        let width = spec.widths.reduce(0, +)
        guard width <= styles.set.tables.maxWidth + 0.001 else {
            throw LayoutError("\(spec.name)（\(spec.id)）宽 \(width) mm，超出版心 \(styles.set.tables.maxWidth) mm")
        }
        let headerRows = spec.headerRows ?? 0
        var rows: [Row] = []
        rows.reserveCapacity(spec.rows.count)
        // A group of rows joined by a vertical merge stays on one page: a page holding only its
        // later rows would show them without the group's label. A row joins the next while a
        // merge anchored at or above it reaches below it — the grid's `joinsNext`, found without
        // resolving the grid a second time (Table's init resolves it).
        var mergeEnd = -1
        for (r, rowSpec) in spec.rows.enumerated() {
            let row = rowSpec.id.map { RowKey(table: spec.id, row: $0) }
            var cells: [Cell] = []
            cells.reserveCapacity(rowSpec.allCells.count)
            for cellSpec in rowSpec.allCells {
                cells.append(cell(cellSpec, row, report))
                mergeEnd = max(mergeEnd, r + (cellSpec.rowspan ?? 1) - 1)
            }
            rows.append(Row(cells, isHeader: r < headerRows, cantSplit: true, keepWithNext: mergeEnd > r))
        }
        do {
            return try Table(columnWidths: spec.widths.map { .mm($0) }, rows: rows,
                             borderWidth: .pt(styles.set.tables.border), cellPadding: .mm(styles.set.tables.padding),
                             caption: caption)
        } catch {
            throw LayoutError("报告格式中\(spec.name)（\(spec.id)）的单元格合并有误：\(error)")
        }
    }

    private func cell(_ spec: TableSpec.CellSpec, _ row: RowKey?, _ report: Report) -> Cell {
        let paragraph: Paragraph
        let role: Cell.Role
        if let column = spec.value {
            role = .data
            let value = row.flatMap { report.value($0.cell(column)) }
            paragraph = Paragraph(style: StyleID.tableNumber.documentID, text: value?.printed ?? "")
        } else {
            let style: StyleID = (spec.style == .head || spec.style == .section) ? .tableHead : .tableLabel
            // Head cells and section bands name the columns below them; labels and vertical
            // groups name the rows to their right.
            role = style == .tableHead ? .columnHeader : .rowHeader
            let props = spec.align == .left ? ParagraphProperties(alignment: .left) : ParagraphProperties()
            paragraph = Paragraph(style: style.documentID, props, text: spec.text ?? "")
        }
        return Cell([paragraph], colSpan: spec.colspan ?? 1, rowSpan: spec.rowspan ?? 1, verticalAlignment: .center, role: role)
    }
}
