import OOXMLWriter
import Testing
import TestSupport

/// The same small document as the DOCX tests, through the ODT serializer.
@Suite struct ODTSerializerTests {
    func c(_ t: String, _ cs: Int = 1, _ rs: Int = 1) -> Cell { Cell([Paragraph(text: t)], colSpan: cs, rowSpan: rs) }

    @Test(.needsShared) func everyPartValidatesAgainstStrictODF13() throws {
        let doc = try DOCXSerializerTests.document([[c("a", 2, 2), c("b")], [c("c")], [c("d"), c("e"), c("f")]], widths: 3)
        let results = try Schemas.validateODT(try ODTSerializer.serialize(doc))
        #expect(results.keys.sorted() == ["META-INF/manifest.xml", "content.xml", "meta.xml", "mimetype", "settings.xml", "styles.xml"])
        for (part, errors) in results { #expect(errors.isEmpty, "\(part): \(errors.prefix(3))") }
    }

    @Test func mimetypeIsTheFirstEntryStoredWithoutExtraField() throws {
        let doc = try DOCXSerializerTests.document([[c("a")]], widths: 1)
        let bytes = try ODTSerializer.serialize(doc)
        #expect(bytes[8] == 0 && bytes[9] == 0)  // stored
        #expect(bytes[28] == 0 && bytes[29] == 0)  // no extra field
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<77], as: UTF8.self) == "application/vnd.oasis.opendocument.text")
    }

    @Test(arguments: ["colspan", "rowspan", "both", "mixed"])
    func everyCoveredSlotHasACoveredCell(_ shape: String) throws {
        let rows: [[Cell]]
        switch shape {
        case "rowspan": rows = [[c("a", 1, 3), c("b"), c("x")], [c("c"), c("y")], [c("d"), c("z")]]
        case "both": rows = [[c("a", 2, 2), c("b")], [c("c")], [c("d"), c("e"), c("f")]]
        case "mixed": rows = [[c("a", 1, 2), c("b", 2)], [c("c"), c("d")]]
        default: rows = [[c("a", 2), c("b")], [c("c"), c("d"), c("e")]]
        }
        let doc = try DOCXSerializerTests.document(rows, widths: 3)
        let odt = try ZipReader(try ODTSerializer.serialize(doc))
        let docx = try ZipReader(try DOCXSerializer.serialize(doc))
        // ODFGrid throws unless covered cells fill exactly the spanned slots.
        let fromODT = try ODFGrid.tables(inContentXML: try odt.data("content.xml"))
        let fromDOCX = try WordGrid.tables(inDocumentXML: try docx.data("word/document.xml"))
        #expect(fromODT == fromDOCX)
    }

    @Test func headerRowsAndRowsKeptTogether() throws {
        let table = try Table(columnWidths: [.mm(30), .mm(30)],
                              rows: [Row([c("h1"), c("h2")], isHeader: true), Row([c("a"), c("b")]), Row([c("c"), c("d")])])
        var doc = try DOCXSerializerTests.document([[c("x")]], widths: 1)
        doc.body = [.table(table)]
        let root = try SafeXMLParser.parse(try ZipReader(try ODTSerializer.serialize(doc)).data("content.xml"))
        let t = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
        let s = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
        let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
        let tbl = root.descendants("table", namespace: t)[0]
        #expect(tbl.child("table-header-rows", namespace: t)?.children("table-row", namespace: t).count == 1)
        #expect(tbl.children("table-row", namespace: t).count == 2)
        let rowStyles = root.descendants("style", namespace: s).filter { $0.attribute("family", namespace: s) == "table-row" }
        #expect(!rowStyles.isEmpty)
        for style in rowStyles {
            #expect(style.child("table-row-properties", namespace: s)?.attribute("keep-together", namespace: fo) == "always")
        }
    }

    @Test func spacesSurviveODFWhitespaceCollapsing() throws {
        var doc = try DOCXSerializerTests.document([[c("x")]], widths: 1)
        doc.body = [.paragraph(Paragraph(text: "  two  spaces\tand tab"))]
        let xml = String(decoding: try ZipReader(try ODTSerializer.serialize(doc)).data("content.xml"), as: UTF8.self)
        #expect(xml.contains("<text:s text:c=\"2\"/>two <text:s/>spaces<text:tab/>and tab"))
    }

    @Test func sameDocumentSameBytes() throws {
        let doc = try DOCXSerializerTests.document([[c("a", 2), c("b")], [c("c"), c("d"), c("e")]], widths: 3)
        #expect(try ODTSerializer.serialize(doc) == ODTSerializer.serialize(doc))
    }
}
