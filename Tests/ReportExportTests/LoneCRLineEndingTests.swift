import Foundation
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing
import TestSupport

/// Files saved with classic Mac OS line endings (a lone CR) read as the same lines as LF ones.
@Suite struct LoneCRLineEndingTests {
    @Test func csvSheetWithLoneCRsHasItsRows() throws {
        let sheet = try CSVSheet(data: Data("agency,year\r丰城市,2020\r\"两\r行\",2021\r".utf8))
        #expect(sheet.header == ["agency", "year"])
        #expect(sheet.records.map { $0.fields[1] } == ["2020", "2021"])
        #expect(sheet.records.map(\.line) == [2, 3])
    }

    @Test func crlfSheetIsReadAsBefore() throws {
        let sheet = try CSVSheet(data: Data("agency,year\r\n丰城市,2020\r\n".utf8))
        #expect(sheet.header == ["agency", "year"])
        #expect(sheet.records.count == 1 && sheet.records[0].line == 2)
    }

    @Test func textImportReadsLoneCRsAsLineBreaks() throws {
        let source = Paths.root.appendingPathComponent("Tests/Corpus/import-real/textdump-formfeed-utf-8-2020.txt")
        let lf = try String(contentsOf: source, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
        let folder = Paths.temporaryDirectory("lone-cr")
        let lfURL = folder.appendingPathComponent("lf.txt"), crURL = folder.appendingPathComponent("cr.txt")
        try Data(lf.utf8).write(to: lfURL)
        try Data(lf.replacingOccurrences(of: "\n", with: "\r").utf8).write(to: crURL)
        let importer = ReportImporter()
        let a = try importer.recognize(path: lfURL.path), b = try importer.recognize(path: crURL.path)
        #expect(!a.yaml.isEmpty)
        #expect(a.yaml == b.yaml)
    }
}
