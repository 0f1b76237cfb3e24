import Foundation
import OOXMLWriter
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing
import TestSupport

/// The seed example as ODT: valid strict ODF 1.3, and the same tables as the DOCX.
@Suite struct ExampleODTTests {
    @Test(.needsShared) func everyPartValidatesAgainstStrictODF13() throws {
        let results = try Schemas.validateODT(try Fixtures.odt())
        #expect(results.keys.sorted() == ["META-INF/manifest.xml", "content.xml", "meta.xml", "mimetype", "settings.xml", "styles.xml"])
        for (part, errors) in results.sorted(by: { $0.key < $1.key }) {
            #expect(errors.isEmpty, "\(part): \(errors.prefix(3))")
        }
    }

    @Test(.needsShared) func sameGridAsTheDOCXCellByCell() throws {
        let odt = try ODFGrid.tables(inContentXML: try ZipReader(try Fixtures.odt()).data("content.xml"))
        let docx = try WordGrid.tables(inDocumentXML: try ZipReader(try Fixtures.docx()).data("word/document.xml"))
        #expect(odt.count == 3 && docx.count == 3)
        for (o, d) in zip(odt, docx) {
            #expect(o.columns == d.columns && o.rows == d.rows)
            #expect(o.cells == d.cells)
        }
        // And the spans are formats.md's (the DOCX test checks the labels and numbers too).
        let expected = try FormatsReference.table("## Table 三", edition: "2019")
        #expect(odt[1].cells.map { [$0.row, $0.column, $0.rowSpan, $0.colSpan] } == expected.cells.map { [$0.row, $0.column, $0.rowSpan, $0.colSpan] })
    }

    @Test func headerRowsOfTablesThreeAndFourRepeat() throws {
        let root = try SafeXMLParser.parse(try ZipReader(try Fixtures.odt()).data("content.xml"))
        let t = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
        let tables = root.descendants("table", namespace: t)
        #expect(tables.map { $0.child("table-header-rows", namespace: t)?.children("table-row", namespace: t).count ?? 0 } == [0, 3, 3])
    }

    @Test func twoRendersAreByteIdentical() throws {
        #expect(try Fixtures.odt() == Fixtures.odt())
    }
}
