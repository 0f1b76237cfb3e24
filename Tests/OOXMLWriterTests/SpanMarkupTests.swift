import OOXMLWriter
import Testing

/// Merged cells as the serializers spell them, checked against markup written here by hand from
/// the standards, not read back with the library's own readers: ECMA-376 Part 1 §17.4 (a
/// `w:gridSpan` cell spans grid columns; a vertical merge is a `w:vMerge w:val="restart"` cell
/// continued by `w:vMerge` cells with the same span in the rows below, each with its one
/// required `w:p`; `w:tblHeader` repeats a row; `w:tcPr` children in CT_TcPr order) and ODF 1.3
/// §9.1 (`table:number-columns-spanned` / `table:number-rows-spanned` on the anchor, one
/// `table:covered-table-cell` per slot it covers, header rows inside `table:table-header-rows`).
/// Each table fragment is compared as canonical XML (C14N 1.0 through libxml2), so attribute
/// order and `<x/>` against `<x></x>` do not matter but every element and attribute does.
@Suite struct SpanMarkupTests {
    // MARK: - Documents

    /// Three 50 pt columns (1000 twips each), 3 pt cell padding (60 twips), after one paragraph
    /// (in ODT the first paragraph carries the master page; a cell's must not).
    static func document(_ rows: [Row]) throws -> Document {
        let table = try Table(columnWidths: Array(repeating: .pt(50), count: 3), rows: rows, cellPadding: .pt(3))
        var doc = try DOCXSerializerTests.document([[Cell([Paragraph(text: "x")])]], widths: 1)
        doc.body = [.paragraph(Paragraph(text: "x")), .table(table)]
        return doc
    }

    static func c(_ text: String, _ colSpan: Int = 1, _ rowSpan: Int = 1) -> Cell {
        Cell([Paragraph(text: text)], colSpan: colSpan, rowSpan: rowSpan)
    }

    /// (a) a 2×2 merge at the top left, then a full row.
    static let square = [Row([c("a", 2, 2), c("b")]), Row([c("c")]), Row([c("d"), c("e"), c("f")])]
    /// (b) the middle column merged over three rows.
    static let column = [Row([c("a"), c("m", 1, 3), c("b")]), Row([c("c"), c("d")]), Row([c("e"), c("f")])]
    /// (c) two header rows whose first two columns are one merged heading, then a body row.
    static let header = [Row([c("h", 2, 2), c("i")], isHeader: true), Row([c("j")], isHeader: true), Row([c("d"), c("e"), c("f")])]

    // MARK: - DOCX

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// What every table of these documents starts with: width, centring, single 0.5 pt borders
    /// (w:sz in eighths of a point), fixed layout, the cell padding; then the grid.
    static let wordTablePrefix = "<w:tbl><w:tblPr>"
        + "<w:tblW w:w=\"3000\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
        + "<w:tblBorders>"
        + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
        + "</w:tblBorders>"
        + "<w:tblLayout w:type=\"fixed\"/>"
        + "<w:tblCellMar><w:left w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"60\" w:type=\"dxa\"/></w:tblCellMar>"
        + "</w:tblPr>"
        + "<w:tblGrid><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"1000\"/></w:tblGrid>"

    static func tr(header: Bool = false, _ cells: String) -> String {
        "<w:tr><w:trPr><w:cantSplit/>\(header ? "<w:tblHeader/>" : "")</w:trPr>\(cells)</w:tr>"
    }

    static func tc(_ text: String, width: Int = 1000, span: Int = 1, vMerge: String? = nil) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            + (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "")
            + (vMerge.map { $0 == "continue" ? "<w:vMerge/>" : "<w:vMerge w:val=\"\($0)\"/>" } ?? "")
            + "<w:vAlign w:val=\"center\"/></w:tcPr>"
            + (vMerge == "continue" ? "<w:p/>" : "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>")
            + "</w:tc>"
    }

    @Test func wordSquareMerge() throws {
        let expected = Self.wordTablePrefix
            + Self.tr(Self.tc("a", width: 2000, span: 2, vMerge: "restart") + Self.tc("b"))
            + Self.tr(Self.tc("", width: 2000, span: 2, vMerge: "continue") + Self.tc("c"))
            + Self.tr(Self.tc("d") + Self.tc("e") + Self.tc("f"))
            + "</w:tbl>"
        try Self.expectWordTable(Self.square, expected)
    }

    @Test func wordVerticalMergeOverThreeRows() throws {
        let expected = Self.wordTablePrefix
            + Self.tr(Self.tc("a") + Self.tc("m", vMerge: "restart") + Self.tc("b"))
            + Self.tr(Self.tc("c") + Self.tc("", vMerge: "continue") + Self.tc("d"))
            + Self.tr(Self.tc("e") + Self.tc("", vMerge: "continue") + Self.tc("f"))
            + "</w:tbl>"
        try Self.expectWordTable(Self.column, expected)
    }

    @Test func wordMergeInHeaderRows() throws {
        let expected = Self.wordTablePrefix
            + Self.tr(header: true, Self.tc("h", width: 2000, span: 2, vMerge: "restart") + Self.tc("i"))
            + Self.tr(header: true, Self.tc("", width: 2000, span: 2, vMerge: "continue") + Self.tc("j"))
            + Self.tr(Self.tc("d") + Self.tc("e") + Self.tc("f"))
            + "</w:tbl>"
        try Self.expectWordTable(Self.header, expected)
    }

    /// ECMA-376 Part 1 (`keepNext`): `w:keepNext` in a paragraph's properties keeps it on the page of
    /// the next; a row keeps with the next when its paragraphs do, the continuation cell's too.
    @Test func wordKeepWithNextOnEveryParagraphOfAKeptRow() throws {
        var rows = Self.column
        rows[0].keepWithNext = true
        rows[1].keepWithNext = true
        func kept(_ text: String, vMerge: String? = nil) -> String {
            Self.tc(text, vMerge: vMerge)
                .replacingOccurrences(of: "<w:p/>", with: "<w:p><w:pPr><w:keepNext/></w:pPr></w:p>")
                .replacingOccurrences(of: "<w:p><w:r>", with: "<w:p><w:pPr><w:keepNext/></w:pPr><w:r>")
        }
        let expected = Self.wordTablePrefix
            + Self.tr(kept("a") + kept("m", vMerge: "restart") + kept("b"))
            + Self.tr(kept("c") + kept("", vMerge: "continue") + kept("d"))
            + Self.tr(Self.tc("e") + Self.tc("", vMerge: "continue") + Self.tc("f"))
            + "</w:tbl>"
        try Self.expectWordTable(rows, expected)
    }

    static func expectWordTable(_ rows: [Row], _ expected: String) throws {
        let part = try ZipReader(try DOCXSerializer.serialize(try document(rows))).data("word/document.xml")
        let actual = try fragment(part, from: "<w:tbl>", to: "</w:tbl>")
        let declaration = "xmlns:w=\"\(w)\""
        #expect(try canonical(actual, declaration) == canonical(expected, declaration), "\(actual)")
    }

    // MARK: - ODT

    static let odf = "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""

    /// Automatic styles are named in order of first use: one table style, one column style for
    /// three equal columns, one row and one cell style; cell paragraphs use the default style.
    static let odfTablePrefix = "<table:table table:name=\"Table1\" table:style-name=\"Tbl1\">"
        + String(repeating: "<table:table-column table:style-name=\"Col1\"/>", count: 3)

    static func row(_ cells: String) -> String { "<table:table-row table:style-name=\"Row1\">\(cells)</table:table-row>" }

    static func cell(_ text: String, columns: Int = 1, rows: Int = 1) -> String {
        "<table:table-cell table:style-name=\"Cell1\""
            + (columns > 1 ? " table:number-columns-spanned=\"\(columns)\"" : "")
            + (rows > 1 ? " table:number-rows-spanned=\"\(rows)\"" : "")
            + "><text:p text:style-name=\"Body\">\(text)</text:p></table:table-cell>"
    }

    static let covered = "<table:covered-table-cell/>"

    @Test func odfSquareMerge() throws {
        let expected = Self.odfTablePrefix
            + Self.row(Self.cell("a", columns: 2, rows: 2) + Self.covered + Self.cell("b"))
            + Self.row(Self.covered + Self.covered + Self.cell("c"))
            + Self.row(Self.cell("d") + Self.cell("e") + Self.cell("f"))
            + "</table:table>"
        try Self.expectODFTable(Self.square, expected)
    }

    @Test func odfVerticalMergeOverThreeRows() throws {
        let expected = Self.odfTablePrefix
            + Self.row(Self.cell("a") + Self.cell("m", rows: 3) + Self.cell("b"))
            + Self.row(Self.cell("c") + Self.covered + Self.cell("d"))
            + Self.row(Self.cell("e") + Self.covered + Self.cell("f"))
            + "</table:table>"
        try Self.expectODFTable(Self.column, expected)
    }

    @Test func odfMergeInHeaderRows() throws {
        let expected = Self.odfTablePrefix
            + "<table:table-header-rows>"
            + Self.row(Self.cell("h", columns: 2, rows: 2) + Self.covered + Self.cell("i"))
            + Self.row(Self.covered + Self.covered + Self.cell("j"))
            + "</table:table-header-rows>"
            + Self.row(Self.cell("d") + Self.cell("e") + Self.cell("f"))
            + "</table:table>"
        try Self.expectODFTable(Self.header, expected)
    }

    /// ODF 1.3's schema allows `fo:keep-with-next` on paragraph and table properties, not on
    /// table-row properties, so a kept row's cell paragraphs get an automatic style that says it (P2: P1 is
    /// the first paragraph's, which starts the master page).
    @Test func odfKeepWithNextOnTheCellParagraphsOfAKeptRow() throws {
        var rows = Self.column
        rows[0].keepWithNext = true
        rows[1].keepWithNext = true
        func kept(_ text: String, rows: Int = 1) -> String {
            Self.cell(text, rows: rows).replacingOccurrences(of: "text:style-name=\"Body\"", with: "text:style-name=\"P2\"")
        }
        let expected = Self.odfTablePrefix
            + Self.row(kept("a") + kept("m", rows: 3) + kept("b"))
            + Self.row(kept("c") + Self.covered + kept("d"))
            + Self.row(Self.cell("e") + Self.covered + Self.cell("f"))
            + "</table:table>"
        try Self.expectODFTable(rows, expected)
        let content = String(decoding: try ZipReader(try ODTSerializer.serialize(try Self.document(rows))).data("content.xml"),
                             as: UTF8.self)
        #expect(content.contains("<style:style style:name=\"P2\" style:family=\"paragraph\" style:parent-style-name=\"Body\">"
            + "<style:paragraph-properties fo:keep-with-next=\"always\"/></style:style>"))
    }

    static func expectODFTable(_ rows: [Row], _ expected: String) throws {
        let part = try ZipReader(try ODTSerializer.serialize(try document(rows))).data("content.xml")
        let actual = try fragment(part, from: "<table:table ", to: "</table:table>")
        #expect(try canonical(actual, odf) == canonical(expected, odf), "\(actual)")
    }

    // MARK: - Helpers

    /// The first `from` … `to` span of a part's text (the documents hold one table).
    static func fragment(_ part: [UInt8], from open: String, to close: String) throws -> String {
        let text = String(decoding: part, as: UTF8.self)
        let start = try #require(text.range(of: open), "no \(open)")
        let end = try #require(text.range(of: close, range: start.upperBound..<text.endIndex), "no \(close)")
        return String(text[start.lowerBound..<end.upperBound])
    }

    /// A fragment inside a root that declares its prefixes, as canonical XML.
    static func canonical(_ fragment: String, _ declarations: String) throws -> String {
        String(decoding: try Canonicalizer.canonical(Array("<root \(declarations)>\(fragment)</root>".utf8)), as: UTF8.self)
    }
}
