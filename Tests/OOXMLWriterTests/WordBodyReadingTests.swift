import OOXMLWriter
import Testing

/// The body of a DOCX as Word and WPS write it, read back into paragraphs and tables.
@Suite struct WordBodyReadingTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func blocks(_ body: String, limits: BodyLimits = .init()) throws -> [ReadBlock]? {
        try WordBodyReading.blocks(try SafeXMLParser.parse(Array("<w:document xmlns:w=\"\(w)\"><w:body>\(body)</w:body></w:document>".utf8)), limits: limits)
    }

    static func p(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }
    static func tc(_ text: String, _ pr: String = "") -> String { "<w:tc>\(pr.isEmpty ? "" : "<w:tcPr>\(pr)</w:tcPr>")\(p(text))</w:tc>" }

    @Test func contentControlsLayoutTablesAndOldMergesAreRead() throws {
        let table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr>\(Self.tc("标签", "<w:hMerge w:val=\"restart\"/>"))\(Self.tc("", "<w:hMerge/>"))\(Self.tc("1"))</w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:sdt><w:sdtContent>\(Self.tc("2"))</w:sdtContent></w:sdt>\(Self.tc("3"))</w:tr></w:tbl>"
        // The whole document inside a one-cell layout table, a paragraph inside a content control.
        let body = "<w:tbl><w:tr><w:tc><w:sdt><w:sdtContent>\(Self.p("一、总体情况"))</w:sdtContent></w:sdt>\(table)</w:tc></w:tr></w:tbl>"
        let blocks = try #require(try Self.blocks(body))
        #expect(blocks.count == 2)
        #expect(blocks.first == .paragraph("一、总体情况"))
        guard case .table(let read) = blocks.last else { Issue.record("no table: \(blocks)"); return }
        #expect(read.columns == 3 && read.rows == 2)
        #expect(read.cells.map { [$0.row, $0.column, $0.colSpan] } == [[0, 0, 2], [0, 2, 1], [1, 1, 1], [1, 2, 1]])
        #expect(read.cells.map(\.text) == ["标签", "1", "2", "3"])
    }

    @Test func aHugeSpanMeetsTheColumnCapWithItsTableNumber() throws {
        var limits = BodyLimits()
        limits.table.columns = 200
        let body = "\(Self.p("x"))<w:tbl><w:tr>\(Self.tc("a", "<w:gridSpan w:val=\"9223372036854775807\"/>"))\(Self.tc("b"))</w:tr></w:tbl>"
        #expect {
            _ = try Self.blocks(body, limits: limits)
        } throws: { error in
            guard let e = error as? BodyLimitError else { return false }
            return e.error.kind == .tableColumns && e.table == 1
        }
    }

    @Test func noBodyIsNil() throws {
        #expect(try WordBodyReading.blocks(try SafeXMLParser.parse(Array("<w:document xmlns:w=\"\(Self.w)\"/>".utf8))) == nil)
    }
}
