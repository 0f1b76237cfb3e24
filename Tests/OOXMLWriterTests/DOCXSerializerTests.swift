import OOXMLWriter
import Testing
import TestSupport

/// A small document through the DOCX serializer, read back with libxml2.
@Suite struct DOCXSerializerTests {
    static func document(_ cells: [[Cell]], widths: Int) throws -> Document {
        let table = try Table(columnWidths: Array(repeating: .mm(20), count: widths), rows: cells.map { Row($0) })
        let section = Section(pageWidth: .mm(210), pageHeight: .mm(297), marginTop: .mm(37), marginBottom: .mm(35),
                              marginLeft: .mm(28), marginRight: .mm(26), footerDistance: .mm(24), linePitch: .pt(28.95),
                              oddFooter: [Paragraph(runs: [Run("— "), Run(content: .pageNumber), Run(" —")])],
                              evenFooter: [Paragraph(runs: [Run(content: .pageNumber)])])
        return Document(
            properties: DocumentProperties(title: "标题 <&>\"", creator: "某局"),
            fonts: [FontFace(name: "仿宋_GB2312", fallbacks: ["仿宋"], look: .serif, eastAsian: true, fixedPitch: true)],
            styles: [ParagraphStyle(id: "Body", name: "正文", paragraph: ParagraphProperties(alignment: .justify, firstLineIndent: .pt(32), lineHeight: .pt(28.95)),
                                    run: RunProperties(latinFont: "Times New Roman", eastAsianFont: "仿宋_GB2312", size: .pt(16), letterSpacing: .pt(-0.25)))],
            defaultStyle: "Body", section: section,
            body: [.paragraph(Paragraph(style: "Body", text: " 前后有空格 ")), .table(table)])
    }

    func c(_ t: String, _ cs: Int = 1, _ rs: Int = 1) -> Cell { Cell([Paragraph(text: t)], colSpan: cs, rowSpan: rs) }

    @Test(.needsShared) func everyPartValidatesAgainstTheSchemas() throws {
        let doc = try Self.document([[c("a", 2, 2), c("b")], [c("c")], [c("d"), c("e"), c("f")]], widths: 3)
        let results = try Schemas.validateDOCX(try DOCXSerializer.serialize(doc))
        #expect(results.keys.sorted() == [
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "word/_rels/document.xml.rels",
            "word/document.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml", "word/settings.xml", "word/styles.xml",
        ])
        for (part, errors) in results { #expect(errors.isEmpty, "\(part): \(errors)") }
    }

    @Test(arguments: [
        // colspan only, rowspan only, both, a rowspan beside a colspan
        [[2, 1], [1, 1, 1]].description,
        "rowspan", "both", "mixed",
    ])
    func spansReadBackAsWritten(_ shape: String) throws {
        let rows: [[Cell]]
        switch shape {
        case "rowspan": rows = [[c("a", 1, 3), c("b"), c("x")], [c("c"), c("y")], [c("d"), c("z")]]
        case "both": rows = [[c("a", 2, 2), c("b")], [c("c")], [c("d"), c("e"), c("f")]]
        case "mixed": rows = [[c("a", 1, 2), c("b", 2)], [c("c"), c("d")]]
        default: rows = [[c("a", 2), c("b")], [c("c"), c("d"), c("e")]]
        }
        let doc = try Self.document(rows, widths: 3)
        let zip = try ZipReader(try DOCXSerializer.serialize(doc))
        let grid = try WordGrid.tables(inDocumentXML: try zip.data("word/document.xml"))[0]
        // The expected grid comes from the same anchors placed by hand, HTML-style.
        var expected: [WordGrid.Cell] = []
        var taken = Set<[Int]>()
        for (r, row) in rows.enumerated() {
            var col = 0
            for cell in row {
                while taken.contains([r, col]) { col += 1 }
                expected.append(.init(row: r, column: col, rowSpan: cell.rowSpan, colSpan: cell.colSpan, text: cell.paragraphs[0].plainText))
                for dr in 0..<cell.rowSpan { for dc in 0..<cell.colSpan { taken.insert([r + dr, col + dc]) } }
                col += cell.colSpan
            }
        }
        #expect(grid.cells == expected)
        #expect(grid.columns == 3)
    }

    @Test func continuationCellsCarryTheAnchorsGridSpanAndAnEmptyParagraph() throws {
        let doc = try Self.document([[c("a", 2, 2), c("b")], [c("c")]], widths: 3)
        let zip = try ZipReader(try DOCXSerializer.serialize(doc))
        let root = try SafeXMLParser.parse(try zip.data("word/document.xml"))
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let rows = root.descendants("tr", namespace: w)
        let continuation = rows[1].children("tc", namespace: w)[0]
        let pr = continuation.child("tcPr", namespace: w)!
        #expect(pr.child("gridSpan", namespace: w)?.attribute("val", namespace: w) == "2")
        #expect(pr.child("vMerge", namespace: w) != nil)
        #expect(pr.child("vMerge", namespace: w)?.attribute("val", namespace: w) == nil)
        #expect(continuation.children("p", namespace: w).count == 1)
        #expect(continuation.descendants("t", namespace: w).isEmpty)
        #expect(rows.allSatisfy { $0.child("trPr", namespace: w)?.child("cantSplit", namespace: w) != nil })
    }

    @Test func sameDocumentSameBytes() throws {
        let doc = try Self.document([[c("a", 2), c("b")], [c("c"), c("d"), c("e")]], widths: 3)
        #expect(try DOCXSerializer.serialize(doc) == DOCXSerializer.serialize(doc))
    }

    @Test func forbiddenCharacterFailsTheWholeDocument() throws {
        var doc = try Self.document([[c("a")]], widths: 1)
        doc.body.append(.paragraph(Paragraph(text: "bell\u{7}")))
        #expect(throws: XMLCharacterError.self) { try DOCXSerializer.serialize(doc) }
    }

    @Test func leadingSpacesArePreserved() throws {
        let doc = try Self.document([[c("a")]], widths: 1)
        let zip = try ZipReader(try DOCXSerializer.serialize(doc))
        let root = try SafeXMLParser.parse(try zip.data("word/document.xml"))
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        #expect(root.descendants("t", namespace: w).first?.text == " 前后有空格 ")
    }
}
