import Foundation
import Testing

/// Every count a document gives — white-space runs, spans, repeats — is read without overflow
/// and checked against its cap before it is used (issue 10: these trapped or ran for minutes).
@Suite(.serialized) struct ImportCountTests {
    typealias Doc = HostileDocuments

    /// A run of spaces is only white space: a malformed count is 1, a huge one is clamped to
    /// 1,000, and the seed report still imports with its line as written.
    @Test(arguments: [("-1", 1), ("9223372036854775807", 1_000), ("1000000000", 1_000), ("99999999999999999999", 1_000), ("2abc", 1)])
    func spaceCountsAreClampedAndTheReportStillImports(_ count: String, spaces: Int) throws {
        let odt = try Doc.seed("odt", part: "content.xml", replacing: Doc.firstHeading,
                               with: Doc.firstHeading + "<text:p>总<text:s text:c=\"\(count)\"/>体</text:p>")
        let run = try HostileRun.importing(odt, name: "seed.odt")
        run.expect(exit: 0, saying: ["识别为：丰城市行政审批局2020年"], "text:c=\(count)")
        #expect(run.stdout.contains("总" + String(repeating: " ", count: spaces) + "体"), "text:c=\(count): \(run.stdout.prefix(600))")
        #expect(!run.stdout.contains("总" + String(repeating: " ", count: spaces + 1) + "体"))
    }

    @Test func spaceRunsStillCountAgainstTheDocumentsText() throws {
        let body = String(repeating: "<text:p><text:s text:c=\"1000\"/></text:p>", count: 1_100)
        try HostileRun.importing(Doc.odt(body: body), name: "spaces.odt")
            .expect(exit: 1, saying: ["spaces.odt", "content.xml：全文超过 1000000 字（上限）"], "1,100 runs of 1,000 spaces")
    }

    @Test(arguments: ["9223372036854775807", "4294967296", "201", "99999999999999999999999"])
    func hugeGridSpan(_ value: String) throws {
        let body = "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"\(value)\"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"
        try HostileRun.importing(Doc.docx(body: body), name: "span.docx")
            .expect(exit: 1, saying: ["span.docx", "word/document.xml：第 1 个表格第 1 行超过 200 列（上限"], "gridSpan \(value)")
    }

    @Test func gridSpansWhoseSumOverflows() throws {
        let cell = "<w:tc><w:tcPr><w:gridSpan w:val=\"4611686018427387904\"/></w:tcPr><w:p/></w:tc>"
        try HostileRun.importing(Doc.docx(body: "<w:tbl><w:tr>\(cell)\(cell)\(cell)</w:tr></w:tbl>"), name: "sum.docx")
            .expect(exit: 1, saying: ["第 1 个表格第 1 行超过 200 列"], "gridSpan 2^62 × 3")
    }

    @Test func hugeGridBefore() throws {
        let body = "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"9223372036854775807\"/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
        try HostileRun.importing(Doc.docx(body: body), name: "before.docx")
            .expect(exit: 1, saying: ["第 1 个表格第 1 行超过 200 列"], "gridBefore Int64.max")
    }

    /// Rows merged into one cell; each row carries a few bytes of noise, as real rows do, so
    /// the part stays under the zip-bomb ratio. 2,500 rows meet the row cap; 40,000 rows are
    /// 200,000 elements and meet the element cap first, while parsing.
    @Test(arguments: [(2_500, "第 1 个表格超过 2000 行（上限）"), (40_000, "元素超过 50000 个（上限）")])
    func vMergeChains(_ count: Int, message: String) throws {
        var rows = "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p/></w:tc></w:tr>"
        let noise = Doc.noise(count * 8)
        var i = noise.startIndex
        for _ in 0..<count {
            let next = noise.index(i, offsetBy: 8)
            rows += "<w:tr w:rsidR=\"\(noise[i..<next])\"><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>"
            i = next
        }
        try HostileRun.importing(Doc.docx(body: "<w:tbl>\(rows)</w:tbl>"), name: "vmerge.docx")
            .expect(exit: 1, saying: ["vmerge.docx", message], "vMerge × \(count)")
    }

    @Test func odfRowsRepeatedABillionTimes() throws {
        let body = "<table:table><table:table-column/><table:table-row table:number-rows-repeated=\"1000000000\"><table:table-cell><text:p>1</text:p></table:table-cell></table:table-row></table:table>"
        try HostileRun.importing(Doc.odt(body: body), name: "rows.odt")
            .expect(exit: 1, saying: ["rows.odt", "content.xml：第 1 个表格超过 2000 行（上限）"], "rows-repeated 1e9")
    }

    @Test(arguments: ["<table:table-column table:number-columns-repeated=\"2000000000\"/><table:table-row><table:table-cell/></table:table-row>",
                      "<table:table-column/><table:table-row><table:table-cell table:number-columns-repeated=\"9223372036854775807\"/></table:table-row>",
                      "<table:table-column/><table:table-row><table:covered-table-cell table:number-columns-repeated=\"100000\"/></table:table-row>",
                      "<table:table-column/><table:table-row><table:table-cell table:number-columns-spanned=\"100000\"/></table:table-row>"])
    func odfColumnsRepeatedOrSpannedPastTheCap(_ table: String) throws {
        try HostileRun.importing(Doc.odt(body: "<table:table>\(table)</table:table>"), name: "columns.odt")
            .expect(exit: 1, saying: ["第 1 个表格第 1 行超过 200 列"], table)
    }

    @Test func odfRepeatsThatMultiplyPastTheCellCap() throws {
        let body = "<table:table><table:table-column/><table:table-row table:number-rows-repeated=\"1999\"><table:table-cell table:number-columns-repeated=\"199\"><text:p>x</text:p></table:table-cell></table:table-row></table:table>"
        try HostileRun.importing(Doc.odt(body: body), name: "cells.odt")
            .expect(exit: 1, saying: ["第 1 个表格的单元格超过 1000 个（上限）"], "1,999 × 199 repeats")
    }

    @Test func odfRowSpanPastTheRowCap() throws {
        let body = "<table:table><table:table-column/><table:table-row><table:table-cell table:number-rows-spanned=\"9223372036854775807\"/></table:table-row></table:table>"
        try HostileRun.importing(Doc.odt(body: body), name: "rowspan.odt")
            .expect(exit: 1, saying: ["第 1 个表格超过 2000 行（上限）"], "rows-spanned Int64.max")
    }

    /// 16 KB of HTML that used to claim 300 × 100,000 × 100,000 slots.
    @Test func htmlSpansOf100000On300Rows() throws {
        let page = "<html><body><table>" + String(repeating: "<tr><td rowspan=\"100000\" colspan=\"100000\">1</td></tr>", count: 300) + "</table></body></html>"
        try HostileRun.importing(Array(page.utf8), name: "spans.html")
            .expect(exit: 1, saying: ["spans.html", "网页：第 1 个表格第 1 行超过 200 列"], "HTML spans 100,000 × 300 rows")
    }

    /// Rowspans alone push each row's cell one column further right, until the column cap.
    @Test func htmlRowSpansThatWalkRight() throws {
        let page = "<table>" + String(repeating: "<tr><td rowspan=\"100000\">1</td></tr>", count: 300) + "</table>"
        try HostileRun.importing(Array(page.utf8), name: "walk.html")
            .expect(exit: 1, saying: ["第 1 个表格第 201 行超过 200 列"], "HTML rowspans × 300")
    }

    /// Malformed spans read as browsers read them ("2abc" is 2; negative, zero and junk are 1):
    /// no crash, and the page is judged on its content.
    @Test func htmlSpanValuesBrowsersWouldTolerate() throws {
        let cells = ["-1", "0", "2abc", " +3", "", "1e9", "0x10", "-2147483649", "１２"]
            .map { "<td colspan=\"\($0)\" rowspan=\"\($0)\">x</td>" }.joined()
        try HostileRun.importing(Array("<table><tr>\(cells)</tr><tr><td>y</td></tr></table>".utf8), name: "odd.html")
            .expect(exit: 1, saying: ["找不到报告的各部分标题"], "HTML odd span values")
    }
}
