import OOXMLWriter
import Testing
import ReportExport
@testable import ReportImport

/// `pdftotext -layout` lines: rows of numbers told from text, and text put back in paragraphs.
@Suite struct PDFTextReaderTests {
    static func describe(_ line: PDFTextReader.Line) -> String {
        switch line {
        case .blank: return "blank"
        case .text(let t, let indent): return "text(\(t), \(indent))"
        case .row(let label, let numbers): return "row(\(label) | \(numbers.joined(separator: ",")))"
        }
    }

    @Test(arguments: [
        ("", "blank"),
        ("   \u{0C}  ", "blank"),
        ("行政许可            35422", "row(行政许可 | 35422)"),
        ("   规章      0      0      2", "row(规章 | 0,0,2)"),
        ("（三）不予公开   1.属于国家秘密    0 0 0    0   0 0   0", "row(（三）不予公开 1.属于国家秘密 | 0,0,0,0,0,0,0)"),
        ("行政事业性收费     3.5万", "row(行政事业性收费 | 3.5万)"),
        ("            1    2    3", "row( | 1,2,3)"),
        ("总计    /    0", "row(总计 | /,0)"),
        ("    2020年，我局共收到申请 12 件。", "text(2020年，我局共收到申请 12 件。, 4)"),
        ("一、总体情况", "text(一、总体情况, 0)"),
        ("甲  乙  丙  12", "text(甲  乙  丙  12, 0)"),   // three label cells: a sentence set in columns
        ("—", "text(—, 0)"),
    ])
    func linesAreClassified(_ raw: String, _ expected: String) {
        #expect(Self.describe(PDFTextReader.classify(raw)) == expected)
    }

    @Test func fragmentsAreRunsApartByTwoSpacesWithTheirColumns() {
        let line = "  第二十条  行政 许可\u{3000}\u{3000}12"
        #expect(PDFTextReader.textFragments(line).map { "\($0.column):\($0.text)" } == ["2:第二十条", "8:行政 许可", "15:12"])
        #expect(PDFTextReader.textFragments(line, everySpace: true).map { "\($0.column):\($0.text)" } == ["2:第二十条", "8:行政", "11:许可", "15:12"])
        #expect(PDFTextReader.textFragments("   ").isEmpty)
    }

    @Test func paragraphsEndAtAFullStopAndTablesCollectTheirRows() {
        let text = """
            一、总体情况
            2020年，我局认真贯彻落实条例，政府信息公开工作
            有序推进。
            二、主动公开政府信息情况
            信息内容      本年制发件数
            规章            0      0      2
            行政许可        35422

            三、收到和处理政府信息公开申请情况
            """
        let document = PDFTextReader.layout(text, labels: ["规章", "行政许可"])
        #expect(document.paragraphs == ["一、总体情况", "2020年，我局认真贯彻落实条例，政府信息公开工作有序推进。", "二、主动公开政府信息情况",
                                         "信息内容      本年制发件数", "三、收到和处理政府信息公开申请情况"])
        let tables = document.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        #expect(tables.count == 1)
        #expect(tables.first.map { t in (0..<t.rows).map { r in t.cells.filter { $0.row == r }.map(\.text) } } == [["规章", "0", "0", "2"], ["行政许可", "35422"]])
    }

    @Test func aLabelWrappedAroundItsNumbersIsPutBackTogether() {
        let text = """
            一、本年新收政府信息
                                   12    0
            公开申请数量
            """
        let label = "一、本年新收政府信息公开申请数量"
        let document = PDFTextReader.layout(text, labels: [label])
        let tables = document.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        #expect(tables.first?.cells.map(\.text) == [label, "12", "0"])
    }
}
