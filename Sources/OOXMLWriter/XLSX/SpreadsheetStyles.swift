/// The style records a workbook needs, each list in order of first use so the numbers are
/// stable: fonts, fills, borders, cell formats (index 0 is the default) and the differential
/// formats conditional formatting points at.
struct SpreadsheetStyles {
    struct Font: Hashable {
        let name: String
        let size: Length
        let bold: Bool
        let color: String?
    }

    private(set) var fonts: [Font] = []
    private(set) var fills: [String] = []
    private(set) var formats: [CellFormat] = []
    private(set) var dxfs: [(color: String, fill: String)] = []
    private var formatIndex: [CellFormat: Int] = [:]
    private var fontIndex: [Font: Int] = [:]

    init(_ workbook: Workbook) {
        _ = index(of: CellFormat())
        for sheet in workbook.sheets {
            for address in sheet.cells.keys.sorted() { _ = index(of: sheet.cells[address]!.format) }
            for rule in sheet.conditionalFormats where !dxfs.contains(where: { $0 == (rule.color, rule.fill) }) {
                dxfs.append((rule.color, rule.fill))
            }
        }
    }

    /// The cell format's record number, adding it (and its font and fill) on first use.
    mutating func index(of format: CellFormat) -> Int {
        if let known = formatIndex[format] { return known }
        let font = Font(name: format.fontName, size: format.fontSize, bold: format.bold, color: nil)
        if fontIndex[font] == nil {
            fontIndex[font] = fonts.count
            fonts.append(font)
        }
        if let fill = format.fill, !fills.contains(fill) { fills.append(fill) }
        formatIndex[format] = formats.count
        formats.append(format)
        return formats.count - 1
    }

    func existingIndex(of format: CellFormat) -> Int { formatIndex[format]! }

    func dxfIndex(color: String, fill: String) -> Int { dxfs.firstIndex { $0 == (color, fill) }! }

    /// `xl/styles.xml`.
    func xml() throws(XMLCharacterError) -> [UInt8] {
        var xml = XMLWriter(capacity: 4096)
        xml.declaration()
        xml.start("styleSheet", ["xmlns": SpreadsheetNamespace.main])
        xml.start("fonts", attributes: [("count", String(fonts.count))])
        for font in fonts { xml.write(Self.font(font)) }
        xml.end()
        // Fills 0 and 1 are reserved (none, gray125) by every spreadsheet program.
        xml.start("fills", attributes: [("count", String(fills.count + 2))])
        xml.write(XMLElement("fill", children: [XMLElement("patternFill", [("patternType", "none")])]))
        xml.write(XMLElement("fill", children: [XMLElement("patternFill", [("patternType", "gray125")])]))
        for fill in fills { xml.write(Self.solid(fill)) }
        xml.end()
        xml.start("borders", ["count": "2"])
        xml.write("border", ordered: SpreadsheetSchemaOrder.border.names.map { XMLElement($0) }, by: SpreadsheetSchemaOrder.border)
        xml.write("border", ordered: SpreadsheetSchemaOrder.border.names.map { side in
            side == "diagonal" ? XMLElement(side) : XMLElement(side, [("style", "thin")], children: [XMLElement("color", [("auto", "1")])])
        }, by: SpreadsheetSchemaOrder.border)
        xml.end()
        xml.start("cellStyleXfs", ["count": "1"])
        xml.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
        xml.end()
        xml.start("cellXfs", attributes: [("count", String(formats.count))])
        for format in formats { xml.write(xf(format)) }
        xml.end()
        xml.start("cellStyles", ["count": "1"])
        xml.empty("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
        xml.end()
        xml.start("dxfs", attributes: [("count", String(dxfs.count))])
        for dxf in dxfs {
            xml.write("dxf", ordered: [
                XMLElement("font", children: [XMLElement("b"), XMLElement("color", [("rgb", "FF" + dxf.color)])]),
                Self.solid(dxf.fill, background: true),
            ], by: SpreadsheetSchemaOrder.dxf)
        }
        xml.end()
        return try xml.finish()
    }

    private static func font(_ font: Font) -> XMLElement {
        // CT_Font is a choice of any order; this one is Excel's.
        var children: [XMLElement] = []
        if font.bold { children.append(XMLElement("b")) }
        children.append(XMLElement("sz", [("val", Length.trim(font.size.points))]))
        children.append(XMLElement("name", [("val", font.name)]))
        children.append(XMLElement("charset", [("val", "134")]))  // GB2312: CJK faces
        return XMLElement("font", children: children)
    }

    /// A solid fill; in a differential format the colour goes in `bgColor`.
    private static func solid(_ rgb: String, background: Bool = false) -> XMLElement {
        XMLElement("fill", children: [XMLElement("patternFill", [("patternType", "solid")], children:
            background ? [XMLElement("bgColor", [("rgb", "FF" + rgb)])]
                       : [XMLElement("fgColor", [("rgb", "FF" + rgb)]), XMLElement("bgColor", [("indexed", "64")])])])
    }

    private func xf(_ format: CellFormat) -> XMLElement {
        let font = fontIndex[Font(name: format.fontName, size: format.fontSize, bold: format.bold, color: nil)]!
        let fill = format.fill.map { fills.firstIndex(of: $0)! + 2 } ?? 0
        var attributes = [("numFmtId", String(format.numberFormat)), ("fontId", String(font)), ("fillId", String(fill)),
                          ("borderId", format.bordered ? "1" : "0"), ("xfId", "0")]
        if format.numberFormat != 0 { attributes.append(("applyNumberFormat", "1")) }
        attributes += [("applyFont", "1"), ("applyFill", "1"), ("applyBorder", "1"), ("applyAlignment", "1"), ("applyProtection", "1")]
        var alignment: [(String, String)] = []
        if format.horizontal != .general { alignment.append(("horizontal", format.horizontal.rawValue)) }
        alignment.append(("vertical", format.vertical.rawValue))
        if format.wrap { alignment.append(("wrapText", "1")) }
        return XMLElement("xf", attributes, children: SpreadsheetSchemaOrder.xf.sorted([
            XMLElement("alignment", alignment),
            XMLElement("protection", [("locked", format.locked ? "1" : "0")]),
        ], in: "xf"))
    }
}
