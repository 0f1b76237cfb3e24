/// Writes a `Workbook` as an XLSX (ECMA-376 transitional SpreadsheetML in an OPC package):
/// the third serializer beside DOCX and ODT. Same workbook, same bytes.
public enum XLSXSerializer {
    typealias CT = SpreadsheetNamespace.ContentType
    typealias RT = SpreadsheetNamespace.RelationshipType
    typealias WT = WordNamespace.ContentType
    typealias WR = WordNamespace.RelationshipType

    public static func serialize(_ workbook: Workbook) throws(XMLCharacterError) -> [UInt8] {
        let styles = SpreadsheetStyles(workbook)
        var strings = SharedStrings()
        var references = 0
        var sheets: [[UInt8]] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            sheets.append(try WorksheetPart.xml(sheet, selected: index == 0, styles: styles, strings: &strings, references: &references))
        }
        let sheetNames = workbook.sheets.indices.map { "xl/worksheets/sheet\($0 + 1).xml" }
        var package = ZipWriter()
        package.add("[Content_Types].xml", PackageParts.contentTypes(
            [.init(name: "xl/workbook.xml", contentType: CT.workbook)]
                + sheetNames.map { .init(name: $0, contentType: CT.worksheet) }
                + [.init(name: "xl/styles.xml", contentType: CT.styles),
                   .init(name: "xl/sharedStrings.xml", contentType: CT.sharedStrings),
                   .init(name: "docProps/core.xml", contentType: WT.coreProperties),
                   .init(name: "docProps/app.xml", contentType: WT.extendedProperties)]))
        package.add("_rels/.rels", PackageParts.relationships([
            .init(id: "rId1", type: WR.officeDocument, target: "xl/workbook.xml"),
            .init(id: "rId2", type: WR.coreProperties, target: "docProps/core.xml"),
            .init(id: "rId3", type: WR.extendedProperties, target: "docProps/app.xml"),
        ]))
        package.add("xl/workbook.xml", try WorkbookPart.xml(workbook))
        package.add("xl/_rels/workbook.xml.rels", PackageParts.relationships(
            sheetNames.enumerated().map { .init(id: "rId\($0 + 1)", type: RT.worksheet, target: String($1.dropFirst("xl/".count))) }
                + [.init(id: "rId\(sheetNames.count + 1)", type: RT.styles, target: "styles.xml"),
                   .init(id: "rId\(sheetNames.count + 2)", type: RT.sharedStrings, target: "sharedStrings.xml")]))
        for (name, bytes) in zip(sheetNames, sheets) { package.add(name, bytes) }
        package.add("xl/styles.xml", try styles.xml())
        package.add("xl/sharedStrings.xml", try strings.xml(references: references))
        package.add("docProps/core.xml", try DocumentPropertiesParts.core(workbook.properties))
        package.add("docProps/app.xml", try DocumentPropertiesParts.app(workbook.properties))
        return package.finish()
    }
}
