import Testing
import ReportExport
@testable import ReportImport

/// The agency and year from a title in any published shape, the statistics sentence, the
/// signature date; and page furniture told from text.
@Suite struct TitleEvidenceTests {
    @Test(arguments: [
        ("丰城市行政审批局2020年政府信息公开工作年度报告", "丰城市行政审批局", 2020, "丰城市行政审批局2020年政府信息公开工作年度报告"),
        ("2021年清远市人民政府政府信息公开年度报告", "清远市人民政府", 2021, "2021年清远市人民政府政府信息公开年度报告"),
        ("清远市教育局2019年度政府信息公开工作报告", "清远市教育局", 2019, "清远市教育局2019年度政府信息公开工作报告"),
        ("关于丰城市财政局2020年政府信息公开工作年度报告", "丰城市财政局", 2020, "关于丰城市财政局2020年政府信息公开工作年度报告"),
        ("【丰城市】2020年政府信息公开工作年度报告", "丰城市", 2020, "【丰城市】2020年政府信息公开工作年度报告"),
        ("丰城市人民政府2020年政府信息公开工作年度报告_丰城市人民政府网", "丰城市人民政府", 2020, "丰城市人民政府2020年政府信息公开工作年度报告"),
        ("丰城市民政局 2020 年政府信息公开工作年度报告（全文）", "丰城市民政局", 2020, "丰城市民政局2020年政府信息公开工作年度报告"),
    ])
    func titlesGiveAgencyAndYear(_ raw: String, _ agency: String, _ year: Int, _ text: String) {
        let title = TitleEvidence.title(raw)
        #expect(title == TitleEvidence.Title(agency: agency, year: year, text: text))
    }

    @Test func aTitleWithoutAnAgencyStillGivesTheYear() {
        #expect(TitleEvidence.title("2020年政府信息公开工作年度报告") == TitleEvidence.Title(agency: nil, year: 2020, text: "2020年政府信息公开工作年度报告"))
    }

    @Test(arguments: [
        "当前位置：首页>信息公开>2020年政府信息公开工作年度报告",      // a breadcrumb
        "丰城市行政审批局2020年政府信息公开工作年度报告已经发布",       // a sentence about it
        "丰城市行政审批局2020年工作总结",
        "丰城市行政审批局1899年政府信息公开工作年度报告",
        "我局认真编制2020年政府信息公开工作年度报告",
    ])
    func linesThatOnlyMentionATitleAreNone(_ raw: String) {
        #expect(TitleEvidence.title(raw) == nil, "\(raw)")
    }

    @Test func theStatisticsPeriodGivesTheYear() {
        #expect(TitleEvidence.statisticsYear("本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。") == 2019)
        #expect(TitleEvidence.statisticsYear("统计期限为 2020 年 1 月 1 日到 2020 年 12 月 31 日") == 2020)
        #expect(TitleEvidence.statisticsYear("自2019年1月1日起至2020年12月31日止") == nil)  // two years: no one year
        #expect(TitleEvidence.statisticsYear("2020年全年") == nil)
    }

    @Test func signatureDatesInDigitsOrChineseNumerals() {
        for s in ["2021年1月20日", "2021 年 1 月 20 日", "二〇二一年一月二十日", "二○二一年十二月三十一日"] { #expect(TitleEvidence.isDate(s), "\(s)") }
        for s in ["2021年1月", "21年1月20日", "截至2021年1月20日", "一月二十日"] { #expect(!TitleEvidence.isDate(s), "\(s)") }
    }

    @Test func agencyNamesEndAsAgencyNamesEnd() {
        for s in ["丰城市行政审批局", "清远市人民政府办公室", "丰城市（经开区）管委会", "丰城市剑南街道"] { #expect(TitleEvidence.looksLikeAgency(s), "\(s)") }
        for s in ["局", "本年度工作情况", "丰城市行政审批局。", "Fengcheng局", "— 7 —"] { #expect(!TitleEvidence.looksLikeAgency(s), "\(s)") }
    }

    @Test func pageFurnitureAndFootersAreKnown() {
        for s in ["— 7 —", "- 2 -", "第 3 页 共 9 页", "第3页", "3/9"] { #expect(TitleEvidence.isPageFurniture(s), "\(s)") }
        for s in ["7", "第三页", "2020年", "一、总体情况"] { #expect(!TitleEvidence.isPageFurniture(s), "\(s)") }
        #expect(TitleEvidence.isPageFooter("【打印本页】【关闭窗口】"))
        #expect(TitleEvidence.isPageFooter("赣ICP备12345号"))
        #expect(!TitleEvidence.isPageFooter("本机关主办的门户网站"))
    }
}
