import OOXMLWriter
import Testing

/// The body of an ODT's content.xml read back into paragraphs and tables, within caps.
@Suite struct ODFBodyReadingTests {
    static let declarations = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""

    static func root(_ body: String) throws -> XMLNode {
        try SafeXMLParser.parse(Array("<office:document-content \(declarations)><office:body><office:text>\(body)</office:text></office:body></office:document-content>".utf8))
    }

    static let table = "<table:table><table:table-column table:number-columns-repeated=\"2\"/>"
        + "<table:table-row><table:table-cell table:number-columns-spanned=\"2\"><text:p>合计</text:p></table:table-cell>"
        + "<table:covered-table-cell/></table:table-row></table:table>"

    @Test func sectionsListsAndWhiteSpaceElementsAreRead() throws {
        let body = "<text:h>一、总体情况</text:h><text:section><text:list><text:list-item>"
            + "<text:p>a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d<text:s text:c=\"99999\"/></text:p>"
            + "</text:list-item></text:list></text:section>\(Self.table)"
        let blocks = try #require(try ODFBodyReading.blocks(try Self.root(body), spaceRun: 5))
        #expect(blocks == [
            .paragraph("一、总体情况"),
            .paragraph("a   b\tc\nd     "),
            .table(ReadTable(columns: 2, rows: 1, cells: [ReadTable.Cell(row: 0, column: 0, rowSpan: 1, colSpan: 2, text: "合计")])),
        ])
    }

    @Test func aTableCapCarriesTheTablesNumberAndAParagraphCapDoesNot() throws {
        var limits = BodyLimits()
        limits.table.columns = 1
        #expect {
            _ = try ODFBodyReading.blocks(try Self.root("<text:p>x</text:p>\(Self.table)"), limits: limits)
        } throws: { error in
            guard let e = error as? BodyLimitError else { return false }
            return e.error.kind == .tableColumns && e.table == 1
        }
        #expect {
            _ = try ODFBodyReading.blocks(try Self.root("\(Self.table)<text:p>xy</text:p>"), documentText: 3)
        } throws: { error in
            guard let e = error as? BodyLimitError else { return false }
            return e.error.kind == .documentText && e.table == nil
        }
    }

    @Test func noTextBodyIsNil() throws {
        let root = try SafeXMLParser.parse(Array("<office:document-content \(Self.declarations)><office:body/></office:document-content>".utf8))
        #expect(try ODFBodyReading.blocks(root) == nil)
        #expect(ODFBodyReading.paragraphTexts(root).isEmpty)
    }
}
