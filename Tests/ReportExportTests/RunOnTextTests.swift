import OOXMLWriter
import Testing
import ReportExport
@testable import ReportImport

/// A crawler's dump without line breaks, cut at the part headings and the form's row labels.
@Suite struct RunOnTextTests {
    static func rows(_ table: ReadTable) -> [[String]] {
        (0..<table.rows).map { r in table.cells.filter { $0.row == r }.sorted { $0.column < $1.column }.map(\.text) }
    }

    @Test func onlyALongLineHoldingPartHeadingsIsADump() {
        let body = String(repeating: "内容", count: 210)
        #expect(RunOnText.applies("一、总体情况" + body + "二、主动公开政府信息情况" + body + "三、收到和处理政府信息公开申请情况"))
        #expect(!RunOnText.applies("一、总体情况" + body))                                   // one heading
        #expect(!RunOnText.applies("二、主动公开\n" + body + "\n三、收到和处理"))           // headings on lines of their own
        #expect(!RunOnText.applies("二、主动公开 三、收到和处理"))                           // short
    }

    @Test func rowsAreTheFormsLabelsAndTheNumbersAfterThem() {
        let table = RunOnText.table("信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 2 行政规范性文件 12 3 45 行政许可 3.5万 其他", labels: ["行政规范性文件", "规范性文件", "规章", "行政许可"])
        #expect(Self.rows(table) == [["规章", "0", "0", "2"], ["行政规范性文件", "12", "3", "45"], ["行政许可", "3.5万"]])
        #expect(table.columns == 4)
    }

    @Test func aLabelWithEnumerationCommaMatchesItsPointForm() {
        let table = RunOnText.table("1、属于国家秘密 0 0 2、其他法律行政法规禁止公开 1", labels: ["1.属于国家秘密", "2.其他法律行政法规禁止公开"])
        #expect(Self.rows(table) == [["1、属于国家秘密", "0", "0"], ["2、其他法律行政法规禁止公开", "1"]])
    }

    @Test func numbersEndingAPartWithoutLabelsAreOneRow() {
        let table = RunOnText.table("行政复议 结果维持 结果纠正 1 0 2 0", labels: ["总计"])
        #expect(Self.rows(table) == [["1", "0", "2", "0"]])
    }

    @Test func theRowLabelsComeLongestFirstWithTheKnownWordings() throws {
        let labels = RunOnText.rowLabels([try TemplateLibrary().format("2021")])
        #expect(labels.contains("行政规范性文件") && labels.contains("规范性文件"))
        #expect(try #require(labels.firstIndex(of: "行政规范性文件")) < (try #require(labels.firstIndex(of: "规范性文件"))))
        #expect(labels.contains("（三）不予公开"))   // a group label
        #expect(!labels.contains("信息内容"))        // a header, no row
        #expect(zip(labels, labels.dropFirst()).allSatisfy { $0.count >= $1.count })
    }
}
