import Foundation
import OOXMLWriter
import ReportExport
import ReportImport
import Testing
import TestSupport

/// `import` of a report workbook: the report file written holds the workbook's values, so
/// rendering it gives the very bytes rendering the workbook gives; a workbook that is not ours
/// is refused, naming what it lacks; a cell left blank is 待填, named by its cell.
@Suite struct WorkbookImportTests {
    static let importer = ReportImporter(templates: WorkbookTests.library)

    /// Imports `workbook`, writes the report file, and checks both render to the same bytes.
    static func roundTrip(_ workbook: String) throws {
        let result = try importer.recognize(path: workbook)
        let check = ImportCheck(result, templates: importer.templates)
        #expect(check.complete, "\(check.input) \(result.missing)")
        #expect(check.rules.isEmpty, "\(check.rules)")
        let yaml = Fixtures.reportFile(result.yaml, name: "导入.yaml")
        for format in [OutputFormat.docx, .odt] {
            #expect(try Fixtures.render(yaml, format) == Fixtures.render(workbook, format), "\(workbook) \(format)")
        }
    }

    @Test(arguments: WorkbookTests.examples)
    func anExamplesWorkbookImportsToTheSameReport(_ path: String) throws {
        try Self.roundTrip(try WorkbookTests.write(try WorkbookTests.workbook(for: path).bytes))
    }

    @Test(arguments: ["2019", "2021", "2021-other-documents"])
    func theSkeletonImportsToTheSameReport(_ edition: String) throws {
        let bytes = try ReportWorkbook.skeletonBytes(format: try WorkbookTests.library.format(edition), styles: try WorkbookTests.library.styleSet(),
                                                     agency: "某某局", year: 2021)
        let path = try WorkbookTests.write(bytes)
        try Self.roundTrip(path)
        let result = try Self.importer.recognize(path: path)
        #expect(result.agency == "某某局" && result.year == 2021 && result.edition == edition)
        // Totals stay formulas' business: left to the program, said once.
        #expect(!result.computed.isEmpty && result.blankNotes.isEmpty)
        #expect(result.readerNotes.contains { $0.contains("\(result.computed.count) 个总计是公式") })
    }

    /// A clerk's copy: a number stored as text (with spaces about it), read as the number.
    @Test func aClerksCopyImportsAsItReads() throws {
        let key = CellKey(table: "applications", row: "granted", column: "natural_person")
        let value = try #require(try WorkbookTests.workbook(for: WorkbookTests.examples[1]).report.value(key))
        let ref = try WorkbookTests.cell("granted", "natural_person")
        let path = try WorkbookTests.edited(WorkbookTests.replacing(ref) { "<c r=\"\(ref)\"\($0) t=\"inlineStr\"><is><t> \(value.printed) </t></is></c>" })
        let result = try Self.importer.recognize(path: path)
        #expect(result.values[key] == value)
        try Self.roundTrip(path)
    }

    @Test func aBlankCellIsToBeFilledNamedByItsCell() throws {
        let ref = try WorkbookTests.cell("granted", "natural_person")
        let path = try WorkbookTests.edited(WorkbookTests.replacing(ref) { "<c r=\"\(ref)\"\($0)/>" })
        let result = try Self.importer.recognize(path: path)
        #expect(!result.isComplete)
        let said = result.missing.first { $0.contains("予以公开") }
        #expect(said?.contains("表格!\(ref)") == true, "\(result.missing)")
        #expect(result.yaml.contains("natural_person: 待填"))
        #expect(!ImportCheck(result, templates: Self.importer.templates).complete)
    }

    @Test func aWorkbookNotOursNamesWhatItLacks() throws {
        var sheet = Worksheet(name: "Sheet1")
        sheet[CellAddress(row: 0, column: 0)] = SheetCell(.text("单位"))
        let bytes = try XLSXSerializer.serialize(Workbook(sheets: [sheet], properties: DocumentProperties(title: "别的", creator: "某人")))
        let path = try WorkbookTests.write(bytes, name: "别的.xlsx")
        do {
            _ = try Self.importer.recognize(path: path)
            Issue.record("a foreign workbook imported")
        } catch {
            #expect(error.description.contains("不是 gkexport init 生成的报告工作簿"))
            for lacking in ["gk_edition（报告格式版本）", "gk_agency（单位名称）", "gk_year（报告年度）", "工作表“表格”", "工作表“文字”"] {
                #expect(error.description.contains(lacking), "\(error.description)")
            }
        }
        let broken = try WorkbookTests.write(Array("not a zip".utf8), name: "坏.xlsx")
        do {
            _ = try Self.importer.recognize(path: broken)
            Issue.record("a text file imported as a workbook")
        } catch {
            #expect(error.description.contains("无法读取工作簿"), "\(error.description)")
        }
    }
}
