import Foundation
import OOXMLWriter
import Testing

/// Column widths read back from what the two serializers wrote, in millimetres.
@Suite struct ColumnWidthReadingTests {
    static func document() throws -> Document {
        let cells = [[Cell([Paragraph(text: "a")]), Cell([Paragraph(text: "b")]), Cell([Paragraph(text: "c")])]]
        let table = try Table(columnWidths: [.mm(10.4), .mm(55), .mm(30)], rows: cells.map { Row($0) })
        var document = try DOCXSerializerTests.document([[Cell([Paragraph(text: "x")])]], widths: 1)
        document.body = [.table(table)]
        return document
    }

    static func part(_ bytes: [UInt8], _ name: String) throws -> XMLNode {
        let zip = try ZipReader(bytes)
        return try SafeXMLParser.parse(try zip.data(name))
    }

    @Test func docxGridIsReadBackInMillimetres() throws {
        let widths = ColumnWidthReading.word(try Self.part(try DOCXSerializer.serialize(try Self.document()), "word/document.xml"))
        #expect(widths.count == 1)
        // Twips are whole numbers: within a twip (0.018 mm) of the widths written.
        for (read, written) in zip(widths[0], [10.4, 55, 30]) { #expect(abs(read - written) < 0.02, "\(widths)") }
    }

    @Test func odtColumnsAreReadBackThroughTheirStyles() throws {
        let widths = ColumnWidthReading.odf(try Self.part(try ODTSerializer.serialize(try Self.document()), "content.xml"))
        #expect(widths.count == 1)
        for (read, written) in zip(widths[0], [10.4, 55, 30]) { #expect(abs(read - written) < 0.01, "\(widths)") }
    }
}
