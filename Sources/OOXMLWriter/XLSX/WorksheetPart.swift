/// `xl/worksheets/sheetN.xml`: one `Worksheet`, its children in CT_Worksheet's order.
enum WorksheetPart {
    static func xml(_ sheet: Worksheet, selected: Bool, styles: SpreadsheetStyles,
                    strings: inout SharedStrings, references: inout Int) throws(XMLCharacterError) -> [UInt8] {
        var parts: [(name: String, bytes: [UInt8])] = []
        func add(_ element: XMLElement) {
            var xml = XMLWriter(capacity: 256)
            xml.write(element)
            parts.append((element.name, xml.bytes))
        }
        if let page = sheet.page, page.fitToWidth > 0 || page.fitToHeight > 0 {
            add(XMLElement("sheetPr", children: [XMLElement("pageSetUpPr", [("fitToPage", "1")])]))
        }
        let addresses = sheet.cells.keys.sorted()
        if let last = addresses.max(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
            let lastColumn = addresses.map(\.column).max()!
            add(XMLElement("dimension", [("ref", CellRange(CellAddress(row: 0, column: 0), CellAddress(row: last.row, column: lastColumn)).description)]))
        }
        add(XMLElement("sheetViews", children: [view(sheet, selected: selected)]))
        if !sheet.columnWidths.isEmpty {
            add(XMLElement("cols", children: sheet.columnWidths.enumerated().map { column, width in
                XMLElement("col", [("min", String(column + 1)), ("max", String(column + 1)),
                                   ("width", SpreadsheetUnits.columnWidth(width)), ("customWidth", "1")])
            }))
        }
        parts.append(("sheetData", try sheetData(sheet, addresses, styles, &strings, &references)))
        if sheet.isProtected {
            add(XMLElement("sheetProtection", [("sheet", "1"), ("objects", "1"), ("scenarios", "1")]))
        }
        if let range = sheet.autoFilter { add(XMLElement("autoFilter", [("ref", range.description)])) }
        if !sheet.merges.isEmpty {
            add(XMLElement("mergeCells", [("count", String(sheet.merges.count))],
                           children: sheet.merges.map { XMLElement("mergeCell", [("ref", $0.description)]) }))
        }
        for (priority, rule) in sheet.conditionalFormats.enumerated() {
            var xml = XMLWriter(capacity: 256)
            xml.start("conditionalFormatting", attributes: [("sqref", rule.range.description)])
            xml.start("cfRule", attributes: [("type", "expression"), ("dxfId", String(styles.dxfIndex(color: rule.color, fill: rule.fill))),
                                             ("priority", String(priority + 1))])
            xml.element("formula", text: rule.formula)
            parts.append(("conditionalFormatting", try xml.finish()))
        }
        if !sheet.validations.isEmpty {
            var xml = XMLWriter(capacity: 1024)
            xml.start("dataValidations", attributes: [("count", String(sheet.validations.count))])
            for validation in sheet.validations { write(validation, &xml) }
            parts.append(("dataValidations", try xml.finish()))
        }
        if let page = sheet.page {
            if page.centeredHorizontally { add(XMLElement("printOptions", [("horizontalCentered", "1")])) }
            add(XMLElement("pageMargins", [
                ("left", SpreadsheetUnits.inches(page.marginLeft)), ("right", SpreadsheetUnits.inches(page.marginRight)),
                ("top", SpreadsheetUnits.inches(page.marginTop)), ("bottom", SpreadsheetUnits.inches(page.marginBottom)),
                ("header", "0.3"), ("footer", "0.3"),
            ]))
            add(XMLElement("pageSetup", [("paperSize", String(page.paperSize)), ("fitToWidth", String(page.fitToWidth)),
                                         ("fitToHeight", String(page.fitToHeight)), ("orientation", page.orientation.rawValue)]))
        }
        var xml = XMLWriter(capacity: 16384)
        xml.declaration()
        xml.start("worksheet", ["xmlns": SpreadsheetNamespace.main, "xmlns:r": SpreadsheetNamespace.r])
        xml.embed(parts, by: SpreadsheetSchemaOrder.worksheet, in: "worksheet")
        return try xml.finish()
    }

    private static func view(_ sheet: Worksheet, selected: Bool) -> XMLElement {
        var attributes: [(String, String)] = []
        if !sheet.showGridLines { attributes.append(("showGridLines", "0")) }
        if selected { attributes.append(("tabSelected", "1")) }
        attributes.append(("workbookViewId", "0"))
        guard sheet.frozenRows > 0 || sheet.frozenColumns > 0 else { return XMLElement("sheetView", attributes) }
        var pane: [(String, String)] = []
        if sheet.frozenColumns > 0 { pane.append(("xSplit", String(sheet.frozenColumns))) }
        if sheet.frozenRows > 0 { pane.append(("ySplit", String(sheet.frozenRows))) }
        let active = sheet.frozenRows > 0 && sheet.frozenColumns > 0 ? "bottomRight" : sheet.frozenRows > 0 ? "bottomLeft" : "topRight"
        pane += [("topLeftCell", CellAddress(row: sheet.frozenRows, column: sheet.frozenColumns).description),
                 ("activePane", active), ("state", "frozen")]
        return XMLElement("sheetView", attributes, children: [XMLElement("pane", pane), XMLElement("selection", [("pane", active)])])
    }

    private static func sheetData(_ sheet: Worksheet, _ addresses: [CellAddress], _ styles: SpreadsheetStyles,
                                  _ strings: inout SharedStrings, _ references: inout Int) throws(XMLCharacterError) -> [UInt8] {
        var xml = XMLWriter(capacity: 16384)
        xml.start("sheetData")
        var rows = Set(addresses.map(\.row))
        rows.formUnion(sheet.rowHeights.keys)
        var byRow: [Int: [CellAddress]] = [:]
        for address in addresses { byRow[address.row, default: []].append(address) }
        for row in rows.sorted() {
            var attributes = [("r", String(row + 1))]
            if let height = sheet.rowHeights[row] { attributes += [("ht", Length.trim(height.points)), ("customHeight", "1")] }
            xml.start("row", attributes: attributes)
            for address in byRow[row] ?? [] {
                let cell = sheet.cells[address]!
                var attributes = [("r", address.description)]
                let style = styles.existingIndex(of: cell.format)
                if style != 0 { attributes.append(("s", String(style))) }
                switch cell.content {
                case .empty:
                    xml.empty("c", attributes: attributes)
                case .text(let text):
                    attributes.append(("t", "s"))
                    xml.start("c", attributes: attributes)
                    references += 1
                    xml.element("v", text: String(strings.number(text)))
                    xml.end()
                case .number(let number):
                    xml.start("c", attributes: attributes)
                    xml.element("v", text: number)
                    xml.end()
                case .formula(let formula):
                    xml.start("c", attributes: attributes)
                    xml.element("f", text: formula)
                    xml.end()
                }
            }
            xml.end()
        }
        xml.end()
        return try xml.finish()
    }

    private static func write(_ v: DataValidation, _ xml: inout XMLWriter) {
        var attributes = [("type", v.kind.rawValue)]
        // A list or a formula has no operator.
        if v.kind != .custom && v.kind != .list { attributes.append(("operator", v.op.rawValue)) }
        attributes += [("allowBlank", "1"), ("showInputMessage", v.prompt == nil ? "0" : "1"), ("showErrorMessage", "1"),
                       ("errorTitle", v.errorTitle), ("error", v.error)]
        if let prompt = v.prompt { attributes.append(("prompt", prompt)) }
        attributes.append(("sqref", v.ranges.map(\.description).joined(separator: " ")))
        xml.start("dataValidation", attributes: attributes)
        xml.element("formula1", text: v.formula1)
        if let formula2 = v.formula2 { xml.element("formula2", text: formula2) }
        xml.end()
    }
}
