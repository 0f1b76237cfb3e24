import OOXMLWriter
import Testing

/// Counts from documents: the default for anything malformed, never an overflow.
@Suite struct CountAttributeTests {
    @Test(arguments: [("3", 3), (" 7\n", 7), ("+5", 5), ("0007", 7), ("999999999", 999_999_999), ("0000000000001", 1)])
    func xmlCounts(_ text: String, value: Int) {
        #expect(CountAttribute.xml(text) == value)
    }

    @Test(arguments: ["-1", "0", "", " ", "2abc", "1e9", "0x10", "+", "--1", "１２", "3 4"])
    func malformedXMLCountsAreTheDefault(_ text: String) {
        #expect(CountAttribute.xml(text) == nil)
    }

    @Test(arguments: ["1000000000", "9223372036854775807", "9223372036854775808", "99999999999999999999999"])
    func tenDigitsOrMoreReadAsIntMax(_ text: String) {
        #expect(CountAttribute.xml(text) == Int.max)
        #expect(CountAttribute.html(text) == Int.max)
    }

    /// HTML reads the leading digits, as browsers do.
    @Test(arguments: [("2abc", 2), (" +3", 3), ("1e9", 1), ("0x10", nil), ("-1", nil), ("0", nil), ("", nil), ("１２", nil)] as [(String, Int?)])
    func htmlCounts(_ text: String, value: Int?) {
        #expect(CountAttribute.html(text) == value)
    }

    @Test func theAbsentAttributeIsTheDefault() {
        #expect(CountAttribute.xml(nil) == nil)
        #expect(CountAttribute.html(nil) == nil)
    }
}

/// Table readers stop at their limits with the cap and the row, before doing the work.
@Suite struct TableLimitTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    static let odf = "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""

    static func limits() -> TableReading.Limits {
        var limits = TableReading.Limits()
        limits.rows = 10
        limits.columns = 5
        limits.cells = 20
        limits.cellText = 8
        limits.tableText = 30
        limits.spannedSlots = 40
        return limits
    }

    static func word(_ rows: String) throws -> XMLNode { try SafeXMLParser.parse(Array("<w:tbl \(w)>\(rows)</w:tbl>".utf8)) }
    static func odf(_ rows: String) throws -> XMLNode { try SafeXMLParser.parse(Array("<table:table \(odf)>\(rows)</table:table>".utf8)) }

    @Test func wordSpanPastTheColumns() throws {
        let table = try Self.word("<w:tr/><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr></w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr></w:tc></w:tr>")
        #expect(throws: ReadLimitError(.tableColumns, limit: 5, line: 2)) { try TableReading.word(table: table, limits: Self.limits()) }
    }

    @Test func wordCellTextPastTheCap() throws {
        let table = try Self.word("<w:tr><w:tc><w:p><w:r><w:t>12345</w:t></w:r><w:r><w:t>6789</w:t></w:r></w:p></w:tc></w:tr>")
        #expect(throws: ReadLimitError(.cellText, limit: 8, line: 1)) { try TableReading.word(table: table, limits: Self.limits()) }
    }

    @Test func odfRepeatedTextPastTheTableText() throws {
        let table = try Self.odf("<table:table-row table:number-rows-repeated=\"4\"><table:table-cell table:number-columns-repeated=\"2\"><text:p>abcd</text:p></table:table-cell></table:table-row>")
        #expect(throws: ReadLimitError(.tableText, limit: 30, line: 1)) { try TableReading.odf(table: table, limits: Self.limits()) }
    }

    @Test func odfRepeatsWithinTheLimitsAreExpanded() throws {
        let table = try Self.odf("<table:table-column table:number-columns-repeated=\"2\"/><table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"2\"><text:p>ab</text:p></table:table-cell></table:table-row>")
        let read = try TableReading.odf(table: table, limits: Self.limits())
        #expect(read.columns == 2 && read.rows == 3)
        #expect(read.cells.map { [$0.row, $0.column] } == [[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1]])
    }

    @Test func htmlSpansPastTheSlotBudget() throws {
        var limits = Self.limits()
        limits.columns = 50
        let rows = String(repeating: "<tr><td rowspan=\"9\" colspan=\"9\">x</td></tr>", count: 9)
        let page = try SafeXMLParser.parseHTML(Array("<table>\(rows)</table>".utf8))
        let table = page.descendants("table", namespace: "").first!
        #expect(throws: ReadLimitError(.spannedSlots, limit: 40, line: 1)) { try TableReading.html(table: table, limits: limits) }
    }

    @Test func wordGridBeforeShiftsTheRow() throws {
        let table = try Self.word("<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr><w:tc><w:p/></w:tc></w:tr>")
        #expect(try TableReading.word(table: table, limits: Self.limits()).cells.map(\.column) == [2])
    }
}
