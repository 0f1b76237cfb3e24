import OOXMLWriter
import Testing

/// Page settings and paragraph styles read back from the serializers' own parts, in neutral
/// values: DOCX lengths converted from twips and half-points, ODF values as written.
@Suite struct PageAndStyleReadingTests {
    static func parts() throws -> (docx: ZipReader, odt: ZipReader) {
        let doc = try DOCXSerializerTests.document([[Cell([Paragraph(text: "a")])]], widths: 1)
        return (try ZipReader(try DOCXSerializer.serialize(doc)), try ZipReader(try ODTSerializer.serialize(doc)))
    }

    static func value(_ settings: [PageReading.Setting], _ property: PageReading.Property) -> ReadValue? {
        settings.first { $0.property == property }?.value
    }

    @Test func pageSettings() throws {
        let (docx, odt) = try Self.parts()
        let word = PageReading.word(try SafeXMLParser.parse(try docx.data("word/document.xml")))
        // 37 mm is 2097.6 twips, written as 2098: the reading is the written twips.
        #expect(Self.value(word, .marginTop) == .length(.pt(2098.0 / 20)))
        #expect(Self.value(word, .linePitch) == .length(.pt(579.0 / 20)))
        #expect(Self.value(word, .linesPerPage) == nil)
        let odf = PageReading.odf(try SafeXMLParser.parse(try odt.data("styles.xml")))
        #expect(Self.value(odf, .marginTop) == .text("37mm"))
        #expect(Self.value(odf, .pageWidth) == .text("210mm"))
        #expect(Self.value(odf, .footerDistance) == nil)
    }

    @Test func paragraphStyles() throws {
        let (docx, odt) = try Self.parts()
        let word = try #require(StyleReading.word(try SafeXMLParser.parse(try docx.data("word/styles.xml"))).first { $0.id == "Body" })
        #expect(word.name == "正文")
        #expect(word.properties[.fontSize] == .length(.pt(16)))
        #expect(word.properties[.letterSpacing] == .length(.pt(-0.25)))
        #expect(word.properties[.eastAsianFont] == .text("仿宋_GB2312"))
        #expect(word.properties[.alignment] == .text("both"))
        let odf = try #require(StyleReading.odf(try SafeXMLParser.parse(try odt.data("styles.xml"))).first { $0.id == "Body" })
        #expect(odf.name == "正文")
        #expect(odf.properties[.fontSize] == .text("16pt"))
        #expect(odf.properties[.alignment] == .text("justify"))
    }
}
