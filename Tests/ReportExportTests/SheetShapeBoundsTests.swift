import Foundation
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing

/// A sheet within the byte cap still cannot stand for a huge table: columns per row, rows
/// (blank ones too) and the length of a cell are bounded while parsing, each refusal naming
/// the line it stopped at.
@Suite struct SheetShapeBoundsTests {
    static func failure(_ text: String) -> CSVSheet.Failure? {
        do {
            _ = try CSVSheet(data: Data(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func aThousandAndOneColumnsAreRefused() {
        let row = Array(repeating: "0", count: CSVSheet.maxColumns + 1).joined(separator: ",")
        let failure = Self.failure("agency,year\n某局,2021\n" + row + "\n")
        #expect(failure?.line == 3)
        #expect(failure?.message == "第 3 行超过 1000 格：报告表格只有两百多列，确认这是各单位的表格")
        #expect(Self.failure("agency,year\n" + Array(repeating: "0", count: CSVSheet.maxColumns).joined(separator: ",") + "\n") == nil)
    }

    @Test func aCellOfTenThousandAndOneCharactersIsRefused() {
        let failure = Self.failure("agency,year\n\"" + String(repeating: "字", count: CSVSheet.maxCellLength + 1) + "\",2021\n")
        #expect(failure?.line == 2)
        #expect(failure?.message.hasPrefix("第 2 行有一格超过 10000 字") == true)
    }

    @Test func blankLinesCountTowardTheRowCap() throws {
        let failure = Self.failure("agency,year\n" + String(repeating: "\n", count: CSVSheet.maxRows + 1))
        #expect(failure?.message.hasPrefix("表格超过 100000 行") == true, "\(String(describing: failure))")
        // Blank rows are dropped, as before.
        let sheet = try CSVSheet(data: Data("agency,year\n\n某局,2021\n,\n".utf8))
        #expect(sheet.records.map(\.line) == [3])
    }
}
