import Foundation
import OOXMLWriter
@testable import ReportBatch
@testable import ReportGolden
@testable import ReportImport
@testable import ReportExport
import Testing
import TestSupport

/// The pieces of import that decide what a cell means, and the DOCX path the command line takes.
@Suite struct ImportReadingTests {
    @Test func digitsThatRanTogetherAreSplitOnlyWhenTheSplitIsForced() {
        #expect(CellText.uniqueSplit("0000000", into: 7) == ["0", "0", "0", "0", "0", "0", "0"])
        #expect(CellText.uniqueSplit("100", into: 2) == ["10", "0"])
        #expect(CellText.uniqueSplit("1234", into: 3) == nil)   // 1|2|34, 1|23|4, 12|3|4
        #expect(CellText.uniqueSplit("12", into: 3) == nil)
    }

    @Test func placeholdersAreBlanksAndNotesAreDropped() {
        for blank in ["", "\u{00A0}", "/", "—", "－", "无", "不适用", " \u{3000}"] { #expect(CellText.classify(blank) == .blank, "\(blank)") }
        #expect(CellText.classify("22（其中修订 16 件）") == .number("22", note: "「22（其中修订 16 件）」读作 22"))
        #expect(CellText.classify("３５") == .number("35", note: nil))
        #expect(CellText.classify("0 0 0") == .numbers(["0", "0", "0"]))
        #expect(CellText.classify("行政许可") == .text)
    }

    @Test func headingsAreFoundByOrderAndLikeness() throws {
        let parts = try TemplateLibrary().format("2021").parts
        let paragraphs = ["一、总体情况", "（一）主动公开", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                          "四、政府信息公开行政法复议、行政诉讼情况", "五、存在的主要问题及整改措施", "二、改进措施", "六、其他需要报告的事项"]
        let found = PartHeadings.find(paragraphs.enumerated().map { ($0.offset, $0.element) }, parts: parts)
        #expect(found.parts == [0: 0, 2: 1, 3: 2, 4: 3, 5: 4, 7: 5])
    }

    @Test func titlesInEveryShape() {
        #expect(TitleEvidence.title("2019年上海市人民政府办公厅政府信息公开工作年度报告")?.agency == "上海市人民政府办公厅")
        #expect(TitleEvidence.title("国家统计局2019年政府信息公开年度报告")?.agency == "国家统计局")
        #expect(TitleEvidence.title("2021年政府信息公开工作年度报告")?.agency == nil)
        #expect(TitleEvidence.title("某某局2022年政府信息公开工作年度报告_某某市人民政府", maxLength: 120)?.year == 2022)
        #expect(TitleEvidence.statisticsYear("本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。") == 2019)
        #expect(!TitleEvidence.looksLikeAgency("为确保最佳浏览效果，建议使用IE10以上浏览器"))
        #expect(!TitleEvidence.looksLikeAgency("— 7 —"))
    }

    /// A Markdown table padded at the end, whose zeros are blanks too: which blank is padding
    /// cannot be known, so the row is reported, never filled by a guess.
    @Test func ambiguousBlanksAreReportedNotGuessed() throws {
        let format = try TemplateLibrary().format("2021")
        let row = ["一、本年新收政府信息公开申请数量", "", "3", "", "", "", "4", "7", "", ""]
        let cells = row.enumerated().map { ReadTable.Cell(row: 0, column: $0.offset, rowSpan: 1, colSpan: 1, text: $0.element) }
        let fill = TableFiller(format: format).fill([ReadTable(columns: 12, rows: 1, cells: cells)])
        #expect(!fill.isRead(RowKey(table: "applications", row: "received")))
        #expect(fill.missing.contains { $0.row == RowKey(table: "applications", row: "received") && $0.reason.contains("分不清") })
    }

    /// The importer is an adapter onto the builder: each number read goes in with the document
    /// cell it came from, and a number the builder refuses is the row's reason in its words.
    @Test func tableValuesGoThroughTheBuilderWithTheirCell() throws {
        let format = try TemplateLibrary().format("2021")
        let row = ["一、本年新收政府信息公开申请数量", "1", "2", "1.5", "0", "0", "0", "3"]
        let cells = row.enumerated().map { ReadTable.Cell(row: 0, column: $0.offset, rowSpan: 1, colSpan: 1, text: $0.element) }
        let other = ReadTable(columns: 1, rows: 1, cells: [ReadTable.Cell(row: 0, column: 0, rowSpan: 1, colSpan: 1, text: "无关")])
        let fill = TableFiller(format: format, source: "报告.html").fill([other, ReadTable(columns: 8, rows: 1, cells: cells)])
        let received = RowKey(table: "applications", row: "received")
        #expect(fill.values[received.cell("commercial_enterprise")] == .count(2))
        #expect(fill.values[received.cell("research_institution")] == nil)
        let location = try #require(fill.builder.report.locations[.cell(received.cell("commercial_enterprise"))])
        #expect(location.place == .documentTable(table: 2, row: 1, column: 3))
        #expect(location.description == "报告.html（第 2 个表格第 1 行第 3 列）")
        #expect(fill.missing.contains { $0.row == received && $0.columns == ["research_institution"] && $0.reason == "“1.5”带小数，这里应为整数" })
    }

    /// The command line reads DOCX with `WordDocumentReader`: every example and golden case
    /// still comes back to the same bytes through it.
    @Test func theCommandLinesDOCXReaderRoundTrips() throws {
        let renderer = Fixtures.renderer
        for path in ImportRoundTripTests.inputs {
            let docx = try renderer.bytes(try renderer.document(for: try renderer.read(path: path)), format: .docx)
            let result = try ReportRecognizer().recognize(try ReportImporter().read(bytes: docx, kind: "docx"))
            #expect(result.isComplete && result.unplaced.isEmpty && result.corrected.isEmpty, "\(path): \(result.missing) \(result.unplaced) \(result.corrected)")
            let again = try renderer.document(for: try renderer.read(path: Fixtures.reportFile(result.yaml)))
            #expect(try renderer.bytes(again, format: .docx) == docx, "\(path)")
        }
    }
}
