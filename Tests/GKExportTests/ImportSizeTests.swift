import Foundation
import Testing

/// Tables, labels and parts far beyond any report stop at their caps at once (issue 10: a
/// 40,000-row table and a 2-million-character label took over 30 s, a 30 MB part 10 s).
@Suite(.serialized) struct ImportSizeTests {
    typealias Doc = HostileDocuments

    /// 40,000 rows are 200,000 elements: the parser stops at the element cap. 2,500 short rows
    /// get past it and meet the row cap.
    @Test func aTableOf40000Rows() throws {
        let rows = (0..<40_000).map { "<w:tr><w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc></w:tr>" }.joined()
        try HostileRun.importing(Doc.docx(body: "<w:tbl>\(rows)</w:tbl>"), name: "rows.docx")
            .expect(exit: 1, saying: ["rows.docx", "word/document.xml 第 1 行：元素超过 50000 个（上限）"], "DOCX table of 40,000 rows")
        let page = "<table>" + (0..<40_000).map { "<tr><td>\($0)</td></tr>" }.joined() + "</table>"
        try HostileRun.importing(Array(page.utf8), name: "rows.html")
            .expect(exit: 1, saying: ["网页", "元素超过 50000 个（上限）"], "HTML table of 40,000 rows")
        let short = "<table>" + (0..<2_500).map { "<tr><td>\($0)</td></tr>" }.joined() + "</table>"
        try HostileRun.importing(Array(short.utf8), name: "rows.html")
            .expect(exit: 1, saying: ["网页：第 1 个表格超过 2000 行（上限）"], "HTML table of 2,500 rows")
    }

    @Test func aLabelOfTwoMillionCharacters() throws {
        let label = Doc.ideographs(2_000_000)
        let body = Doc.headings.map(Doc.wordParagraph).joined() + "<w:tbl><w:tr><w:tc>\(Doc.wordParagraph(label))</w:tc></w:tr></w:tbl>"
        try HostileRun.importing(Doc.docx(body: body), name: "label.docx")
            // A table of one plain cell is a layout table: its text is read as the page's paragraphs.
            .expect(exit: 1, saying: ["word/document.xml：第 5 段超过 100000 字（上限）"], "DOCX label of 2,000,000 characters")
        try HostileRun.importing(Array("<p>\(label)</p>".utf8), name: "label.html")
            .expect(exit: 1, saying: ["网页：第 1 段超过 100000 字（上限）"], "HTML paragraph of 2,000,000 characters")
        try HostileRun.importing(Array("一、总体情况\n\t\(label)\n".utf8), name: "label.txt")
            .expect(exit: 1, saying: ["label.txt：文本：全文超过 1000000 字（上限）"], "text dump with a 2,000,000-character cell")
        try HostileRun.importing(Array("一、总体情况\n\t\(label.prefix(10_001))\n".utf8), name: "cell.txt")
            .expect(exit: 1, saying: ["文本：第 1 个表格第 1 行有单元格超过 10000 字（上限）"], "text dump with a 10,001-character cell")
    }

    /// 30 MB of XML that compresses only 4:1, well under the zip-bomb ratio: refused by its
    /// declared size before a byte is inflated.
    @Test func aThirtyMegabytePartUnderTheRatioLimit() throws {
        let noise = Doc.noise(30 << 20)
        let body = "<w:p><w:r><w:t>\(noise)</w:t></w:r></w:p>"
        try HostileRun.importing(Doc.docx(body: body), name: "big.docx")
            .expect(exit: 1, saying: ["word/document.xml 解压后 30 MB，超过 8 MB（上限）"], "30 MB document.xml")
    }

    /// Past the element cap: the streaming parser stops there. Just under it, the whole part
    /// is read and recognized (49,000 empty paragraphs meet the paragraph cap).
    @Test(arguments: [(200_000, "元素超过 50000 个（上限）"), (49_000, "段落超过 10000 个（上限）")])
    func elementsNearTheCap(_ count: Int, message: String) throws {
        let noise = Doc.noise(count * 6)
        var body = ""
        var i = noise.startIndex
        for _ in 0..<count {
            let next = noise.index(i, offsetBy: 6)
            body += "<w:p w:rsidR=\"\(noise[i..<next])\"/>"
            i = next
        }
        try HostileRun.importing(Doc.docx(body: body), name: "elements.docx")
            .expect(exit: 1, saying: ["word/document.xml", message], "\(count) elements")
    }

    @Test func moreTablesThanTheCap() throws {
        let body = String(repeating: "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>", count: 101)
        try HostileRun.importing(Doc.docx(body: body), name: "tables.docx")
            .expect(exit: 1, saying: ["表格超过 100 个（上限）"], "101 tables")
    }

    /// The worst a document can be while inside every cap is still answered in under a second:
    /// each part's table holds the full 1,000 cells, every one a label matched against every
    /// label of every edition (none matches, so nothing is read and the import says so).
    @Test func theLargestTablesWithinTheCapsAreRecognizedInTime() throws {
        var labels = Doc.ideographs(1_000 * 20)[...]
        var table = ""
        for _ in 0..<100 {
            table += "<w:tr>"
            for _ in 0..<10 {
                table += "<w:tc>\(Doc.wordParagraph(String(labels.prefix(20))))</w:tc>"
                labels = labels.dropFirst(20)
            }
            table += "</w:tr>"
        }
        let body = Doc.headings.map { Doc.wordParagraph($0) + "<w:tbl>\(table)</w:tbl>" }.joined()
        try HostileRun.importing(Doc.docx(body: body), name: "full.docx")
            .expect(exit: 1, saying: ["没有读到任何表格和文字"], "four tables of 1,000 label cells")
    }
}
