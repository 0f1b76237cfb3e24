import Testing
import TestSupport
import ReportExport
@testable import ReportImport

/// The six part headings found by order and likeness, as agencies word them.
@Suite struct PartHeadingsTests {
    static let parts = try! TemplateLibrary().format("2021").parts

    @Test(arguments: [
        ("一、总体情况", 1, "总体情况"),
        ("五、存在的主要问题及整改措施", 5, "存在的主要问题及整改措施"),
        ("## 二、主动公开政府信息情况", 2, "主动公开政府信息情况"),
        ("三．收到和处理政府信息公开申请情况：", 3, "收到和处理政府信息公开申请情况"),
        ("四，行政复议、行政诉讼情况", 4, "行政复议、行政诉讼情况"),
        ("六：其他需要报告的事项。", 6, "其他需要报告的事项"),
        ("第三部分：收到和处理申请情况", 3, "收到和处理申请情况"),
        ("第六部分其他事项", 6, "其他事项"),
        (" 一 、 总 体 情 况 ", 1, "总体情况"),
    ])
    func headingsAreSplitIntoNumberAndTitle(_ text: String, _ number: Int, _ title: String) {
        let split = PartHeadings.split(text)
        #expect(split?.number == number)
        #expect(split?.title == title)
    }

    @Test(arguments: ["总体情况", "一、总", "十一、其他", "一是加强领导", "（一）主动公开", "第1部分：总体情况",
                      "一、" + String(repeating: "长", count: 47)])
    func otherParagraphsAreNoHeading(_ text: String) {
        #expect(PartHeadings.split(text) == nil, "\(text)")
    }

    @Test func similarityIsTheDiceCoefficientOfBigrams() {
        #expect(PartHeadings.similarity("总体情况", "总体情况") == 1)
        #expect(PartHeadings.similarity("总体情况", "行政复议") == 0)
        #expect(PartHeadings.similarity("ab", "ab") == 1)
        // {ab, bc} and {ab, bd}: one shared of four.
        #expect(PartHeadings.similarity("abc", "abd") == 0.5)
        #expect(PartHeadings.similarity("", "") == 1)
    }

    @Test func localWordingsAreFoundInOrderAndNamed() {
        let paragraphs = [
            "一、总体情况",
            "本年度，我局……",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及整改措施",
            "一、加强组织领导",   // a numbered point inside part five: not part one again
            "六、其他需要报告的事项",
        ].enumerated().map { (block: $0.offset, text: $0.element) }
        let found = PartHeadings.find(paragraphs, parts: Self.parts)
        #expect(found.parts == [0: 0, 2: 1, 3: 2, 4: 3, 5: 4, 7: 5])
        #expect(found.corrected == ["标题「五、存在的主要问题及整改措施」→「五、存在的主要问题及改进情况」"])
    }

    @Test func aHeadingOutOfOrderNeedsACloseTitle() {
        let paragraphs = [(block: 0, text: "一、总体情况"), (block: 1, text: "三、其他需要报告的事项")]
        let found = PartHeadings.find(paragraphs, parts: Self.parts)
        #expect(found.parts == [0: 0, 1: 5])
        #expect(found.corrected == ["标题「三、其他需要报告的事项」→「六、其他需要报告的事项」"])
    }
}
