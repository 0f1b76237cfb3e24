import OOXMLWriter
import Testing

/// The HTML writer on small documents written here: markup of a table with spans and two
/// header bands against markup written by hand, escaping, headings by role, determinism.
@Suite struct HTMLSerializerTests {
    static func paragraph(_ text: String, _ style: String = "T") -> Paragraph { Paragraph(style: style, text: text) }

    static func document(_ body: [Block], styles: [ParagraphStyle] = [ParagraphStyle(id: "T", name: "t")]) -> Document {
        Document(properties: DocumentProperties(title: "标题", creator: "机关"), fonts: [], styles: styles, defaultStyle: "T",
                 section: Section(pageWidth: .mm(210), pageHeight: .mm(297), marginTop: .mm(37), marginBottom: .mm(35),
                                  marginLeft: .mm(28), marginRight: .mm(26), footerDistance: .mm(25)),
                 body: body)
    }

    /// A band header over a head row, a row header spanning two rows, numbers right of it.
    static func table() throws -> Table {
        func cell(_ text: String, _ role: Cell.Role, colSpan: Int = 1, rowSpan: Int = 1) -> Cell {
            Cell([paragraph(text)], colSpan: colSpan, rowSpan: rowSpan, role: role)
        }
        return try Table(columnWidths: [.mm(78), .mm(39), .mm(39)], rows: [
            Row([cell("甲", .columnHeader, colSpan: 3)]),
            Row([cell("项目", .columnHeader), cell("乙", .columnHeader), cell("丙", .columnHeader)]),
            Row([cell("组", .rowHeader, rowSpan: 2), cell("0", .data), cell("1", .data)]),
            Row([cell("", .data), cell("2", .data)]),
        ], caption: "表")
    }

    @Test func aTableWithBandsSpansAndHeaders() throws {
        let html = String(decoding: try HTMLSerializer.fragment(Self.document([.table(try Self.table())])), as: UTF8.self)
        let t = "gk-t1-"
        let expected = """
        <div class="gk-scroll" role="region" tabindex="0" aria-labelledby="\(t)caption">\
        <table class="gk-grid1" style="width:100%;min-width:442.2pt"><caption id="\(t)caption">表</caption>\
        <colgroup><col style="width:50%"><col style="width:25%"><col style="width:25%"></colgroup>
        <tbody>
        <tr><th id="\(t)r1c1" class="s-T" colspan="3">甲</th></tr>
        <tr><th id="\(t)r2c1" class="s-T" headers="\(t)r1c1">项目</th><th id="\(t)r2c2" class="s-T" headers="\(t)r1c1">乙</th>\
        <th id="\(t)r2c3" class="s-T" headers="\(t)r1c1">丙</th></tr>
        <tr><th id="\(t)r3c1" class="s-T" rowspan="2">组</th><td class="s-T gk-num" headers="\(t)r3c1 \(t)r1c1 \(t)r2c2">0</td>\
        <td class="s-T gk-num" headers="\(t)r3c1 \(t)r1c1 \(t)r2c3">1</td></tr>
        <tr><td class="s-T gk-num" headers="\(t)r3c1 \(t)r1c1 \(t)r2c2"></td><td class="s-T gk-num" headers="\(t)r3c1 \(t)r1c1 \(t)r2c3">2</td></tr>
        </tbody>
        </table></div>
        """
        #expect(html.contains(expected), "\(html)")
    }

    @Test func headerRowsGoInTheHeadAndASecondBandNamesOnlyItsOwnHeaders() throws {
        func cell(_ text: String, _ role: Cell.Role) -> Cell { Cell([Self.paragraph(text)], role: role) }
        let table = try Table(columnWidths: [.mm(50), .mm(50)], rows: [
            Row([cell("一", .columnHeader), cell("数一", .columnHeader)], isHeader: true),
            Row([cell("行一", .rowHeader), cell("1", .data)]),
            Row([cell("二", .columnHeader), cell("数二", .columnHeader)]),
            Row([cell("行二", .rowHeader), cell("2", .data)]),
            Row([cell("行三", .rowHeader), cell("3", .data)]),
        ])
        let html = String(decoding: try HTMLSerializer.page(Self.document([.table(table)])), as: UTF8.self)
        #expect(html.contains("<thead>\n<tr><th id=\"gk-t1-r1c1\" class=\"s-T\">一</th><th id=\"gk-t1-r1c2\" class=\"s-T\">数一</th></tr>\n</thead>"))
        #expect(html.contains("<td class=\"s-T gk-num\" headers=\"gk-t1-r2c1 gk-t1-r1c2\">1</td>"))
        // Row 5's number is under the second band: 数二, not 数一.
        #expect(html.contains("<td class=\"s-T gk-num\" headers=\"gk-t1-r5c1 gk-t1-r3c2\">3</td>"))
        // No caption: the region is named all the same.
        #expect(html.contains("aria-label=\"表格 1\""))
    }

    @Test func textIsEscapedOnceAndHeadingsFollowTheStyleRole() throws {
        let styles = [ParagraphStyle(id: "T", name: "t"), ParagraphStyle(id: "Title", name: "标题", role: .title),
                      ParagraphStyle(id: "H1", name: "一级", role: .heading(level: 1)), ParagraphStyle(id: "H3", name: "三级", role: .heading(level: 3))]
        let doc = Self.document([
            .paragraph(Paragraph(style: "Title", runs: [Run("甲"), Run(content: .lineBreak), Run("乙")])),
            .paragraph(Self.paragraph("一、<总体> & \"情况\"", "H1")),
            .paragraph(Self.paragraph("1.细目", "H3")),
            .paragraph(Self.paragraph("&amp; 已是实体")),
        ], styles: styles)
        let html = String(decoding: try HTMLSerializer.page(doc), as: UTF8.self)
        #expect(html.contains("<h1 class=\"s-Title\">甲<br>乙</h1>"))
        #expect(html.contains("<h2 class=\"s-H1\">一、&lt;总体&gt; &amp; \"情况\"</h2>"))
        #expect(html.contains("<h4 class=\"s-H3\">1.细目</h4>"))
        #expect(html.contains("<p class=\"s-T\">&amp;amp; 已是实体</p>"))
        #expect(html.contains("<title>标题</title>") && html.contains("<meta name=\"author\" content=\"机关\">"))
        #expect(html.contains("@page{size:A4;margin:37mm 26mm 35mm 28mm}"))
        #expect(try HTMLSerializer.page(doc) == HTMLSerializer.page(doc))
    }

    @Test func bothFilesAtOnceAreTheFilesOneByOne() throws {
        let doc = Self.document([.paragraph(Self.paragraph("正文")), .table(try Self.table())])
        let both = try HTMLSerializer.pageAndFragment(doc)
        #expect(both.page == (try HTMLSerializer.page(doc)))
        #expect(both.fragment == (try HTMLSerializer.fragment(doc)))
        let fragment = String(decoding: both.fragment, as: UTF8.self)
        #expect(fragment.hasPrefix("<style>\n.gk{") && fragment.contains("</style>\n<div class=\"gk\" lang=\"zh-CN\">\n<p class=\"s-T\">正文</p>"))
    }

    @Test func aForbiddenCharacterIsRefusedNotDropped() throws {
        let doc = Self.document([.paragraph(Self.paragraph("坏\u{1}字"))])
        #expect(throws: XMLCharacterError.self) { try HTMLSerializer.page(doc) }
        #expect(throws: XMLCharacterError.self) { try HTMLSerializer.fragment(doc) }
    }

    @Test func fontNamesCannotCloseTheStyleElement() throws {
        let styles = [ParagraphStyle(id: "T", name: "t", run: RunProperties(eastAsianFont: "x</style><script>'"))]
        let html = String(decoding: try HTMLSerializer.page(Self.document([.paragraph(Self.paragraph("字"))], styles: styles)), as: UTF8.self)
        #expect(!html.contains("</style><script>"))
        #expect(html.contains("font-family:'x\\3c /style>\\3c script>\\'',serif"))
    }
}
