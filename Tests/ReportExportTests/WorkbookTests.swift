import Foundation
import OOXMLWriter
import ReportExport
import Testing
import TestSupport

/// The report workbook: valid SpreadsheetML, the same bytes every time, read back into the
/// same report as the YAML path, and every problem named by its cell.
@Suite struct WorkbookTests {
    static let library = TemplateLibrary()
    static let examples = ["examples/fengcheng-2020.yaml", "examples/qingyuan-2021.yaml", "examples/qingyuan-2021-variant.yaml"]

    static func workbook(for path: String) throws -> (bytes: [UInt8], report: Report, format: FormatSpec) {
        let report = try ReportFileReader(templates: library).read(path: Paths.root.appendingPathComponent(path).path)
        let format = try library.format(report.edition ?? library.edition(forYear: report.year)!)
        return (try ReportWorkbook.bytes(report, format: format, styles: try library.styleSet()), report, format)
    }

    static func write(_ bytes: [UInt8], name: String = "报告.xlsx") throws -> String {
        let url = Paths.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test(.needsShared, arguments: ["2019", "2021", "2021-other-documents"])
    func everyPartOfTheSkeletonValidates(_ edition: String) throws {
        let bytes = try ReportWorkbook.skeletonBytes(format: try Self.library.format(edition), styles: try Self.library.styleSet(),
                                                     agency: "某某局 <&>\"", year: 2021)
        let results = try Schemas.validateXLSX(bytes)
        #expect(results.count == 11)
        for (part, errors) in results.sorted(by: { $0.key < $1.key }) { #expect(errors.isEmpty, "\(part): \(errors.prefix(3))") }
    }

    @Test(.needsShared, arguments: examples)
    func everyPartOfAFilledWorkbookValidates(_ path: String) throws {
        for (part, errors) in try Schemas.validateXLSX(try Self.workbook(for: path).bytes) {
            #expect(errors.isEmpty, "\(part): \(errors.prefix(3))")
        }
    }

    @Test func sameWorkbookSameBytes() throws {
        #expect(try Self.workbook(for: Self.examples[0]).bytes == Self.workbook(for: Self.examples[0]).bytes)
    }

    /// Our writer fills the workbook, our reader reads it: DOCX and ODT equal the YAML path's.
    @Test(arguments: examples)
    func readBackRendersAsTheReportFile(_ path: String) throws {
        let workbook = try Self.write(try Self.workbook(for: path).bytes)
        let yaml = Paths.root.appendingPathComponent(path).path
        for format in [OutputFormat.docx, .odt] {
            #expect(try Fixtures.render(workbook, format) == Fixtures.render(yaml, format), "\(path) \(format)")
        }
    }

    @Test func theSkeletonValidatesAsItIs() throws {
        let bytes = try ReportWorkbook.skeletonBytes(format: try Self.library.format("2021"), styles: try Self.library.styleSet(),
                                                     agency: "某某局", year: 2021)
        let loaded = try ReportFileReader(templates: Self.library).load(path: try Self.write(bytes))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.report.agency == "某某局" && loaded.report.year == 2021 && loaded.report.edition == "2021")
    }

    /// Totals are formulas from the rules; a broken rule is named by the cell it is said at.
    @Test func aBrokenRuleNamesItsCell() throws {
        let (_, report, format) = try Self.workbook(for: Self.examples[1])
        var broken = report
        let key = CellKey(table: "applications", row: "received", column: "natural_person")
        broken.values[key] = .count((report.value(key)?.intValue ?? 0) + 5)
        let layout = try WorkbookLayout(format: format)
        let path = try Self.write(try ReportWorkbook.bytes(broken, format: format, styles: try Self.library.styleSet()))
        let loaded = try ReportFileReader(templates: Self.library).load(path: path)
        // The column 自然人 and the column 总计 (its row total follows by formula) both break.
        let rule = loaded.errors.filter { $0.kind == .rule && $0.message.contains("「自然人」列") }
        #expect(loaded.errors.filter { $0.kind == .rule }.count == 2)
        #expect(rule.count == 1)
        let said = CellKey(table: "applications", row: "results_total", column: "natural_person")
        #expect(rule.first?.location == SourceLocation(file: path, place: .workbookCell(sheet: "表格", cell: layout.cells[said]!.first.description)))
        #expect(rule.first?.message.contains("第一项加第二项之和，等于第三项加第四项之和") == true)
        #expect(rule.first?.description.contains("表格!") == true)
    }

    @Test func totalsAreFormulasOfTheRules() throws {
        let format = try Self.library.format("2021")
        let layout = try WorkbookLayout(format: format)
        let sheet = try Self.library.styleSet()
        let book = try ReportWorkbook(format: format, styles: sheet).skeleton(agency: "某某局", year: 2021)
        let total = layout.cells[CellKey(table: "applications", row: "received", column: "total")]!.first
        let terms = ["natural_person", "commercial_enterprise", "research_institution", "public_interest_org", "legal_service_org", "other_org"]
            .map { layout.cells[CellKey(table: "applications", row: "received", column: $0)]!.first.description }
        #expect(book.sheets[0][total]?.content == .formula("SUM(\(terms.joined(separator: ",")))"))
        #expect(book.sheets[0][total]?.format.locked == true)
        let input = layout.cells[CellKey(table: "applications", row: "received", column: "natural_person")]!.first
        #expect(book.sheets[0][input]?.format.locked == false)
        #expect(book.sheets[0].isProtected)
    }

    // MARK: - Cells as a clerk leaves them

    /// The example's workbook with sheet 表格's XML changed by `edit`.
    static func edited(_ edit: (String) -> String) throws -> String {
        let zip = try ZipReader(try workbook(for: examples[1]).bytes)
        var out = ZipWriter()
        for name in zip.names {
            var data = try zip.data(name)
            if name == "xl/worksheets/sheet1.xml" { data = Array(edit(String(decoding: data, as: UTF8.self)).utf8) }
            out.add(name, data)
        }
        return try write(out.finish())
    }

    static func cell(_ row: String, _ column: String) throws -> String {
        try WorkbookLayout(format: library.format("2021")).cells[CellKey(table: "applications", row: row, column: column)]!.first.description
    }

    /// Replaces cell `ref`'s element with `replacement`.
    static func replacing(_ ref: String, with replacement: @escaping (String) -> String) -> (String) -> String {
        { xml in
            guard let start = xml.range(of: "<c r=\"\(ref)\"") else { return xml }
            let rest = xml[start.lowerBound...]
            let close = rest.range(of: ">")!
            let end = rest[..<close.lowerBound].hasSuffix("/") ? close.upperBound : rest.range(of: "</c>")!.upperBound
            let head = rest[..<end]
            let style = head.range(of: " s=\"").map { found in " s=\"" + head[found.upperBound...].prefix { $0 != "\"" } + "\"" } ?? ""
            return xml.replacingCharacters(in: start.lowerBound..<end, with: replacement(style))
        }
    }

    @Test func inlineStringsNumbersAsTextAndThousandsSeparatorsAreRead() throws {
        let ref = try Self.cell("granted", "natural_person")
        let path = try Self.edited(Self.replacing(ref) { "<c r=\"\(ref)\"\($0) t=\"inlineStr\"><is><t> 1,234 </t></is></c>" })
        let loaded = try ReportFileReader(templates: Self.library).load(path: path)
        #expect(loaded.report.value(CellKey(table: "applications", row: "granted", column: "natural_person")) == .count(1234))
        // The row's 总计 is a formula: recomputed, so it follows the new number, and no input problem.
        #expect(loaded.diagnostics.filter { $0.kind == .input }.isEmpty)
    }

    @Test func aNumberStoredAsExcelWritesItIsReadAsTyped() throws {
        #expect(WorkbookReportDecoderProbe.numberText("3775.4613349999999", .amount) == "3775.461335")
        #expect(WorkbookReportDecoderProbe.numberText("12", .count) == "12")
        #expect(WorkbookReportDecoderProbe.numberText("1E+3", .count) == "1000")
        #expect(WorkbookReportDecoderProbe.numberText("12.5", .count) == "12.5")
        #expect(WorkbookReportDecoderProbe.withoutThousands("12,345") == "12345")
        #expect(WorkbookReportDecoderProbe.withoutThousands("1,2345") == "1,2345")
    }

    @Test func aFormulaResultIsNeverTakenForAnInput() throws {
        let ref = try Self.cell("granted", "natural_person")
        let path = try Self.edited(Self.replacing(ref) { "<c r=\"\(ref)\"\($0)><f>3+4</f><v>7</v></c>" })
        let loaded = try ReportFileReader(templates: Self.library).load(path: path)
        let problem = loaded.errors.first { $0.kind == .input }
        #expect(problem?.location.description.hasSuffix("表格!\(ref)") == true)
        #expect(problem?.message.contains("公式") == true)
    }

    @Test func aNumberBesideAnUnmergedCellIsNamed() throws {
        let format = try Self.library.format("2021")
        let layout = try WorkbookLayout(format: format)
        let range = layout.cells[CellKey(table: "proactive", row: "licensing", column: "decisions")]!
        let stray = CellAddress(row: range.first.row, column: range.last.column).description
        let path = try Self.edited { xml in
            Self.replacing(stray) { "<c r=\"\(stray)\"\($0)><v>9</v></c>" }(xml)
                .replacingOccurrences(of: "<mergeCell ref=\"\(range)\"/>", with: "")
        }
        let loaded = try ReportFileReader(templates: Self.library).load(path: path)
        #expect(loaded.errors.contains { $0.location.description.hasSuffix("表格!\(stray)") && $0.message.contains(range.first.description) })
    }

    @Test func aMovedRowIsRefusedNotMisread() throws {
        let format = try Self.library.format("2021")
        let layout = try WorkbookLayout(format: format)
        let table = layout.table("applications")!
        let label = table.range(row: 3, column: 0).first.description
        let path = try Self.edited(Self.replacing(label) { "<c r=\"\(label)\"\($0) t=\"inlineStr\"><is><t>别的</t></is></c>" })
        let loaded = try ReportFileReader(templates: Self.library).load(path: path)
        #expect(loaded.errors.contains { $0.location.description.hasSuffix("表格!\(label)") && $0.message.contains("行列被改动过") })
    }

    @Test func notAWorkbookOfOursIsSaidSo() throws {
        var zip = ZipWriter()
        zip.add("hello.txt", Array("hi".utf8))
        let loaded = try? ReportFileReader(templates: Self.library).load(path: try Self.write(zip.finish()))
        #expect(loaded == nil)
        do {
            _ = try ReportFileReader(templates: Self.library).load(path: try Self.write(Array("not a zip".utf8)))
            Issue.record("a text file read as a workbook")
        } catch let error as ReportErrors {
            #expect(error.description.contains("无法读取工作簿"))
        }
    }
}
