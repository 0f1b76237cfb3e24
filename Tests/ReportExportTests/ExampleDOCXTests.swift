import Foundation
import OOXMLWriter
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing
import TestSupport

/// The seed example, rendered to DOCX and read back.
@Suite struct ExampleDOCXTests {
    @Test(.needsShared) func everyPartValidates() throws {
        let results = try Schemas.validateDOCX(try Fixtures.docx())
        #expect(results.count == 11)
        for (part, errors) in results.sorted(by: { $0.key < $1.key }) {
            #expect(errors.isEmpty, "\(part): \(errors.prefix(3))")
        }
    }

    @Test(.needsShared, arguments: [("二", "## Table 二 — edition 2019"), ("三", "## Table 三"), ("四", "## Table 四")])
    func tableGridEqualsFormatsMarkdown(_ table: String, _ heading: String) throws {
        let archive = try ZipReader(try Fixtures.docx())
        let tables = try WordGrid.tables(inDocumentXML: try archive.data("word/document.xml"))
        #expect(tables.count == 3)
        let actual = tables[["二": 0, "三": 1, "四": 2][table]!]
        let expected = try FormatsReference.table(heading, edition: "2019")
        #expect(actual.columns == expected.columns)
        #expect(actual.rows == expected.rows)
        #expect(actual.cells.count == expected.cells.count)
        var numbers: [String] = []
        for (a, e) in zip(actual.cells, expected.cells) {
            let samePlace = a.row == e.row && a.column == e.column
            let sameSpan = a.rowSpan == e.rowSpan && a.colSpan == e.colSpan
            #expect(samePlace && sameSpan, "table \(table): \(a) vs \(e)")
            switch e.text {
            case "N", "AMOUNT": numbers.append(a.text)
            default: #expect(a.text == e.text, "table \(table) at (\(e.row),\(e.column))")
            }
        }
        #expect(numbers == Fixtures.seedNumbers[table])
    }

    @Test func twoRendersAreByteIdentical() throws {
        let first = try Fixtures.docx()
        let second = try Fixtures.docx()
        #expect(first == second)
        // And through a fresh renderer, as a second process would.
        let other = ReportRenderer()
        let report = try other.read(path: Paths.example.path)
        #expect(try other.bytes(try other.document(for: report), format: .docx) == first)
    }

    @Test(.needsShared) func everySentenceOfTheSeedIsInTheDocument() throws {
        let zip = try ZipReader(try Fixtures.docx())
        let root = try SafeXMLParser.parse(try zip.data("word/document.xml"))
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let body = root.child("body", namespace: w)!
        let paragraphs: [String] = body.children("p", namespace: w).map { p in
            p.descendants("t", namespace: w).map { $0.text }.joined()
        }
        let seed = try String(contentsOf: Paths.shared.appendingPathComponent("seeds/000_301ed09330789fba.txt"), encoding: .utf8)
        // Narrative lines of the seed: before table 二 and from part 五 on, plus the part headings.
        let lines = seed.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let tablesStart = lines.firstIndex(of: "二、主动公开政府信息情况")!
        let tablesEnd = lines.firstIndex(of: "五、存在的主要问题及改进情况")!
        let narrative = (lines[..<tablesStart] + lines[tablesEnd...]).filter { !$0.isEmpty }
        #expect(narrative.count == 21)
        let missing = narrative.filter { !paragraphs.contains($0) }
        #expect(missing.isEmpty, "missing from the DOCX: \(missing)")
        for heading in ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"] {
            #expect(paragraphs.contains(heading))
        }
        #expect(paragraphs.first == "附件2")
        #expect(paragraphs.last == "丰城市行政审批局")
    }
}

@Suite struct ExampleDOCXRowTests {
    @Test func headerRowsRepeatAndNoRowSplits() throws {
        let root = try SafeXMLParser.parse(try ZipReader(try Fixtures.docx()).data("word/document.xml"))
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let tables = root.child("body", namespace: w)!.children("tbl", namespace: w)
        let headerCounts = tables.map { tbl in
            tbl.children("tr", namespace: w).prefix { $0.child("trPr", namespace: w)?.child("tblHeader", namespace: w) != nil }.count
        }
        #expect(headerCounts == [0, 3, 3])
        for tbl in tables {
            #expect(tbl.children("tr", namespace: w).allSatisfy { $0.child("trPr", namespace: w)?.child("cantSplit", namespace: w) != nil })
            // Within the text block: grid columns add up to at most 156 mm.
            let twips = tbl.child("tblGrid", namespace: w)!.children("gridCol", namespace: w).map { Int($0.attribute("w", namespace: w)!)! }
            #expect(Double(twips.reduce(0, +)) / 20 / 72 * 25.4 <= 156.05)
        }
    }
}
