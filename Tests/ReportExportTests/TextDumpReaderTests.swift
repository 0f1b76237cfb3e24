import OOXMLWriter
import Testing
import ReportExport
import ReportImport

/// Word's "save as text": tab-indented cell lines, blank lines between rows.
@Suite struct TextDumpReaderTests {
    static func rows(_ table: ReadTable) -> [[String]] {
        (0..<table.rows).map { r in table.cells.filter { $0.row == r }.sorted { $0.column < $1.column }.map(\.text) }
    }

    @Test func cellsRowsAndParagraphsAreTold() throws {
        let text = "一、总体情况\r\n  本年度，我局……  \r\n\t信息内容\n\t本年制发件数\n\n\t规章\n\t0\n\n\t行政规范性\n文件\n\t12\n\n二、主动公开\n"
        let document = try DocumentReaders.text(text)
        #expect(document.paragraphs == ["一、总体情况", "本年度，我局……", "二、主动公开"])
        let tables = document.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        #expect(tables.map(Self.rows) == [[["信息内容", "本年制发件数"], ["规章", "0"], ["行政规范性文件", "12"]]])
    }

    @Test func aTableAtTheEndIsKeptAndEmptyCellsCount() throws {
        let document = try DocumentReaders.text("\t甲\n\t\n\t乙")
        let tables = document.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        #expect(tables.map(Self.rows) == [[["甲", "", "乙"]]])
        #expect(tables.first?.columns == 3)
    }

    @Test func textPastTheCapIsRefusedBeforeReading() {
        var limits = ImportLimits()
        limits.documentText = 4
        #expect(throws: DocumentReaders.Failure.self) { try DocumentReaders.text("一二三四五", limits: limits) }
        #expect((try? DocumentReaders.text("一二三四", limits: limits))?.paragraphs == ["一二三四"])
    }
}
