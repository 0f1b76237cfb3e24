/// `xl/workbook.xml`: the sheets in order, the defined names, and a full recalculation on
/// load (formulas are written without results; the spreadsheet computes them).
enum WorkbookPart {
    static func xml(_ workbook: Workbook) throws(XMLCharacterError) -> [UInt8] {
        var xml = XMLWriter(capacity: 2048)
        xml.declaration()
        xml.start("workbook", ["xmlns": SpreadsheetNamespace.main, "xmlns:r": SpreadsheetNamespace.r])
        var parts: [(name: String, bytes: [UInt8])] = []
        func add(_ build: (inout XMLWriter) -> Void, _ name: String) {
            var part = XMLWriter(capacity: 512)
            build(&part)
            parts.append((name, part.bytes))
        }
        add({ $0.write(XMLElement("bookViews", children: [XMLElement("workbookView", [("activeTab", "0")])])) }, "bookViews")
        add({ part in
            part.start("sheets")
            for (index, sheet) in workbook.sheets.enumerated() {
                var attributes = [("name", sheet.name), ("sheetId", String(index + 1))]
                if sheet.visibility != .visible { attributes.append(("state", sheet.visibility.rawValue)) }
                attributes.append(("r:id", "rId\(index + 1)"))
                part.empty("sheet", attributes: attributes)
            }
            part.end()
        }, "sheets")
        if !workbook.definedNames.isEmpty {
            add({ part in
                part.start("definedNames")
                for name in workbook.definedNames {
                    var attributes = [("name", name.name)]
                    if let sheet = name.sheet { attributes.append(("localSheetId", String(sheet))) }
                    if name.hidden { attributes.append(("hidden", "1")) }
                    part.start("definedName", attributes: attributes)
                    part.text(name.formula)
                    part.end()
                }
                part.end()
            }, "definedNames")
        }
        add({ $0.empty("calcPr", ["calcId": "191029", "fullCalcOnLoad": "1"]) }, "calcPr")
        xml.embed(parts, by: SpreadsheetSchemaOrder.workbook, in: "workbook")
        return try xml.finish()
    }
}
