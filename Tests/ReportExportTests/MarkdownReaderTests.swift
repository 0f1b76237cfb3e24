import OOXMLWriter
import Testing
import ReportExport
@testable import ReportImport

/// A Markdown rendering of a report: headings, pipe tables, paragraphs a line each.
@Suite struct MarkdownReaderTests {
    static func rows(_ table: ReadTable) -> [[String]] {
        (0..<table.rows).map { r in table.cells.filter { $0.row == r }.sorted { $0.column < $1.column }.map(\.text) }
    }

    @Test func headingsTablesAndParagraphsInOrder() {
        let text = """
            # 丰城市行政审批局2020年政府信息公开工作年度报告

            ## 一、总体情况 ##
            2020年，**我局**坚决贯彻落实……
            > 引用的一段
            - 列表项

            | 信息内容 | 本年制发件数 |
            |:---|---:|
            | 规章 | 0 |
            | 行政规范性文件<br>（含部门文件） | [12](http://x) |
            ---
            ## 二、主动公开政府信息情况
            """
        let document = MarkdownReader.read(text)
        #expect(document.paragraphs == ["丰城市行政审批局2020年政府信息公开工作年度报告", "一、总体情况", "2020年，我局坚决贯彻落实……", "引用的一段", "列表项", "二、主动公开政府信息情况"])
        let tables = document.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        #expect(tables.count == 1)
        #expect(tables.first.map(Self.rows) == [["信息内容", "本年制发件数"], ["规章", "0"], ["行政规范性文件\n（含部门文件）", "12"]])
        #expect(tables.first?.columns == 2)
    }

    @Test func rowsSplitAtUnescapedPipes() {
        #expect(MarkdownReader.splitRow("| a | b |") == [" a ", " b "])
        #expect(MarkdownReader.splitRow("| a | b") == [" a ", " b"])
        #expect(MarkdownReader.splitRow("| a \\| b | c |") == [" a | b ", " c "])
        #expect(MarkdownReader.splitRow("| a |  |") == [" a ", "  "])
    }

    @Test func inlineMarkupIsDropped() {
        #expect(MarkdownReader.inline("**行政**__许可__") == "行政许可")
        #expect(MarkdownReader.inline("![图](a.png)见[附件](b.pdf)") == "见附件")
        #expect(MarkdownReader.inline("a&nbsp;&amp;&lt;b&gt;") == "a &<b>")
        #expect(MarkdownReader.inline("依据&lt;条例&gt;第二十条") == "依据<条例>第二十条")
        #expect(MarkdownReader.inline("&amp;lt;") == "&lt;")
        #expect(MarkdownReader.inline("<span style=\"x\">文字</span><BR/>下一行") == "文字\n下一行")
    }

    @Test func markdownIsToldByHeadingsOrPipeTables() {
        #expect(MarkdownReader.looksLikeMarkdown("# 标题\n正文"))
        #expect(MarkdownReader.looksLikeMarkdown("正文\n| a |\n|---|"))
        #expect(!MarkdownReader.looksLikeMarkdown("正文\n一、总体情况\n---"))
        #expect(!MarkdownReader.looksLikeMarkdown("正文 # 不在行首"))
    }
}
