/// The child order of the SpreadsheetML elements we write, from sml.xsd (ECMA-376
/// transitional), trimmed to what we use; the XSD test catches any drift.
enum SpreadsheetSchemaOrder {
    /// CT_Worksheet.
    static let worksheet = SchemaOrder([
        "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
        "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
        "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
        "headerFooter",
    ])
    /// CT_Workbook.
    static let workbook = SchemaOrder([
        "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
        "externalReferences", "definedNames", "calcPr",
    ])
    /// CT_Stylesheet.
    static let stylesheet = SchemaOrder([
        "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors",
    ])
    /// CT_Xf.
    static let xf = SchemaOrder(["alignment", "protection"])
    /// CT_Border (transitional names).
    static let border = SchemaOrder(["left", "right", "top", "bottom", "diagonal"])
    /// CT_Dxf.
    static let dxf = SchemaOrder(["font", "numFmt", "fill", "alignment", "border", "protection"])
}

extension XMLWriter {
    /// Writes pre-built fragments of one parent's children in `order`: parts too large to build
    /// as `XMLElement`s (sheet data) sit beside small ones and still land where the schema says.
    mutating func embed(_ fragments: [(name: String, bytes: [UInt8])], by order: SchemaOrder, in parent: String) {
        let rank = Dictionary(uniqueKeysWithValues: order.names.enumerated().map { ($1, $0) })
        let sorted = fragments.enumerated().map { (offset, fragment) -> (Int, Int, [UInt8]) in
            guard let r = rank[fragment.name] else { preconditionFailure("\(fragment.name) is not in the schema order of \(parent)") }
            return (r, offset, fragment.bytes)
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        for (_, _, bytes) in sorted { embed(bytes) }
    }
}
