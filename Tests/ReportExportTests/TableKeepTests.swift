import OOXMLWriter
import ReportExport
import Testing

/// The layout marks rows that keep with the next while it builds them; that must be exactly the
/// rows the resolved grid joins to the next by a vertical merge, in every edition's tables.
@Suite struct TableKeepTests {
    @Test func rowsKeepWithNextExactlyWhereTheGridJoinsThem() throws {
        let library = TemplateLibrary()
        var joined = 0
        for edition in library.editions() {
            let format = try library.format(edition)
            let report = Report(agency: "某县政务服务中心", year: 2021, edition: edition)
            let document = try ReportRenderer(templates: library).document(for: report, format: format)
            for case .table(let table) in document.body {
                for r in table.rows.indices {
                    #expect(table.rows[r].keepWithNext == table.grid.joinsNext(r), "edition \(edition), row \(r + 1)")
                    if table.grid.joinsNext(r) { joined += 1 }
                }
            }
        }
        #expect(joined > 0, "some edition has vertically merged rows")
    }
}
