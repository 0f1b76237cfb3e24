import Testing
import ReportExport
@testable import ReportImport

@Suite struct TraditionalChineseTests {
    @Test func theTwoListsPairOneToOne() {
        #expect(TraditionalChinese.traditional.count == TraditionalChinese.simplified.count)
        #expect(Set(TraditionalChinese.traditional).count == TraditionalChinese.traditional.count)
        #expect(TraditionalChinese.map.count == TraditionalChinese.traditional.count)
    }

    @Test func aTraditionalLabelBecomesTheFormsLabel() {
        #expect(TraditionalChinese.simplify("行政規範性文件") == "行政规范性文件")
        #expect(TraditionalChinese.simplify("（三）不予公開") == "（三）不予公开")
        #expect(TraditionalChinese.simplify("1.屬於國家秘密") == "1.属于国家秘密")
        #expect(TraditionalChinese.simplify("行政许可 12") == "行政许可 12")
    }
}
